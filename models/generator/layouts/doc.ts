// Per-document rendering context: formats values the document's way and wraps fields in data-field spans.
import { Labeler, type LabelKey } from '../content/labels/index.ts';
import { formatDate } from '../content/dates.ts';
import { formatMoney, formatNumber, formatRate } from '../content/money.ts';
import { addressLines } from '../content/places.ts';
import type { Rng } from '../rng.ts';
import type { Dec, DocFormat, Invoice, Party } from '../types.ts';
import { makeTheme, type FontKind, type Theme } from './theme.ts';

export const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface MoneyOptions {
  /** Totals may show the currency symbol where line amounts do not. */
  readonly total?: boolean;
  readonly line?: number;
  readonly symbol?: boolean;
}

export class Doc {
  readonly inv: Invoice;
  readonly fmt: DocFormat;
  readonly L: Labeler;
  readonly rng: Rng;
  readonly theme: Theme;
  readonly qtyDecimals: number | 'min';
  readonly rateStyle: { decimals: 'min' | 2; space: boolean };
  readonly datePadded: boolean;

  constructor(
    inv: Invoice,
    rng: Rng,
    themeOptions: { kind?: FontKind; dense?: boolean; colourful?: number } = {},
  ) {
    this.inv = inv;
    this.fmt = inv.format;
    this.rng = rng;
    this.L = new Labeler(rng.fork('labels'), inv.format.lang, inv.format.country);
    this.theme = makeTheme(rng.fork('theme'), themeOptions);
    this.qtyDecimals = rng.weighted<number | 'min'>([
      ['min', 6],
      [2, 2],
      [3, 0.3],
    ] as const);
    this.rateStyle = {
      decimals: rng.chance(0.2) ? 2 : 'min',
      space: rng.chance(inv.format.lang === 'en' ? 0.1 : 0.5),
    };
    this.datePadded = rng.chance(0.85);
  }

  /** Escaped text. */
  t(text: string): string {
    return esc(text);
  }

  /** A field span; `line` marks line-item fields with their row. */
  f(field: string, html: string, line?: number): string {
    const l = line === undefined ? '' : ` data-line="${line}"`;
    return `<span data-field="${field}"${l}>${html}</span>`;
  }

  ft(field: string, text: string, line?: number): string {
    return this.f(field, esc(text), line);
  }

  /** A label in the document's wording, with its colon style. */
  label(key: LabelKey, colon = true): string {
    return `<span class="lbl">${esc(colon ? this.L.label(key) : this.L.text(key))}</span>`;
  }

  word(key: LabelKey): string {
    return esc(this.L.text(key));
  }

  money(amount: number | Dec, field?: string, o: MoneyOptions = {}): string {
    const on = this.fmt.money.on;
    const withSymbol = o.symbol ?? (on === 'all' || (on === 'totals' && o.total === true));
    const p = formatMoney(amount, this.fmt.money, withSymbol);
    const number = field ? this.f(field, esc(p.number), o.line) : esc(p.number);
    if (!p.symbol) return `<span class="nowrap">${number}</span>`;
    const sym = this.f('currency', esc(p.symbol));
    const gap = p.spaced ? ' ' : '';
    const sign = p.sign && field ? this.f(field, p.sign, o.line) : p.sign;
    return `<span class="nowrap">${p.symbolBefore ? sign + sym + gap + number : number + gap + sym}</span>`;
  }

  /** Unit prices keep up to four decimals when they have them. */
  price(value: Dec, field?: string, line?: number): string {
    return this.money(value, field, line === undefined ? {} : { line });
  }

  qty(value: Dec, line?: number): string {
    const trimmed = Number.isInteger(value.units / 10 ** value.scale) ? 0 : value.scale;
    const decimals = this.qtyDecimals === 'min' ? trimmed : Math.max(trimmed, this.qtyDecimals);
    const text = (value.units < 0 ? '-' : '') + formatNumber(value, this.fmt.number, decimals);
    return line === undefined ? esc(text) : this.f('line.quantity', esc(text), line);
  }

  rate(bp: number, field?: string, line?: number): string {
    const text = formatRate(bp, this.fmt.number, this.rateStyle);
    return field ? this.f(field, esc(text), line) : esc(text);
  }

  dateText(iso: string): string {
    return formatDate(iso, this.fmt.date, this.fmt.lang, this.datePadded);
  }

  date(iso: string, field?: string): string {
    const text = this.dateText(iso);
    return field ? this.f(field, esc(text)) : esc(text);
  }

  /** The document title ("Rechnung", "Credit Note", "RECEIPT") labelled as the document type. */
  title(): string {
    const key: LabelKey = {
      '380': 'titleInvoice',
      '381': 'titleCredit',
      '384': 'titleCorrection',
      '389': 'titleSelfBilling',
      receipt: 'titleReceipt',
    }[this.inv.docType] as LabelKey;
    return this.f('documentType', esc(this.L.text(key)));
  }

  partyName(p: Party, field: 'sellerName' | 'buyerName'): string {
    return this.ft(field, p.name);
  }

  /** Address lines, each in its own element so that layouts can stack or join them. */
  addressLines(p: Party, field: 'sellerAddress' | 'buyerAddress' | null, upper = false): string[] {
    const foreign = p.address.country !== this.fmt.country || this.rng.chance(0.15);
    const lines = addressLines(p.address, this.fmt.lang, foreign, upper);
    return lines.map((l) => (field ? this.ft(field, l) : esc(l)));
  }

  /** Payment terms sentence with the due date labelled inside it. */
  terms(): string {
    const parts = this.inv.payment.terms.split('{date}');
    const due = this.inv.dueDate ? this.date(this.inv.dueDate, 'dueDate') : '';
    return this.f('paymentTerms', parts.map((p) => esc(p)).join(due));
  }

  /** Casing for values that some families print in capitals. */
  upper(text: string, on: boolean): string {
    return on ? text.toUpperCase() : text;
  }
}
