// Fixed-width text layout (receipts, plain-text printouts): cells padded with spaces, fields in spans.
import { formatDate } from '../../content/dates.ts';
import { formatMoney, formatNumber, formatRate } from '../../content/money.ts';
import type { Dec } from '../../types.ts';
import { esc, type Doc } from '../doc.ts';

export interface Seg {
  readonly text: string;
  readonly field?: string;
  readonly line?: number;
}

export type Cell = readonly [readonly Seg[], number, 'l' | 'r'];

const len = (segs: readonly Seg[]): number => segs.reduce((n, s) => n + [...s.text].length, 0);

export function segHtml(d: Doc, segs: readonly Seg[]): string {
  return segs.map((s) => (s.field ? d.ft(s.field, s.text, s.line) : esc(s.text))).join('');
}

/** One text row of cells at fixed columns; text too long for its cell pushes the rest right. */
export function monoRow(d: Doc, cells: readonly Cell[]): string {
  let out = '';
  let pos = 0;
  let target = 0;
  for (const [segs, width, align] of cells) {
    const n = len(segs);
    const end = target + width;
    // Keep one space after earlier text so that cells never run together.
    const earliest = pos > 0 ? pos + 1 : 0;
    const at = Math.max(earliest, align === 'l' ? target : end - n);
    if (n > 0) {
      out += ' '.repeat(at - pos) + segHtml(d, segs);
      pos = at + n;
    }
    target = end;
  }
  return out;
}

/** Label at left, value at right, across the full width. */
export function monoSplit(
  d: Doc,
  left: readonly Seg[],
  right: readonly Seg[],
  width: number,
): string {
  return (
    segHtml(d, left) + ' '.repeat(Math.max(1, width - len(left) - len(right))) + segHtml(d, right)
  );
}

export function moneySegs(
  d: Doc,
  cents: number | Dec,
  field?: string,
  o: { line?: number; symbol?: boolean } = {},
): Seg[] {
  const p = formatMoney(cents, d.fmt.money, o.symbol ?? d.fmt.money.on === 'all');
  const number: Seg = {
    text: p.number,
    ...(field ? { field } : {}),
    ...(o.line !== undefined ? { line: o.line } : {}),
  };
  if (!p.symbol) return [number];
  const sym: Seg = { text: p.symbol, field: 'currency' };
  const gap: Seg[] = p.spaced ? [{ text: ' ' }] : [];
  const sign: Seg[] = p.sign ? [{ ...number, text: p.sign }] : [];
  return p.symbolBefore ? [...sign, sym, ...gap, number] : [number, ...gap, sym];
}

export function priceSegs(d: Doc, value: Dec, line: number): Seg[] {
  return moneySegs(d, value, 'line.unitPrice', { line, symbol: false });
}

export function qtySeg(d: Doc, value: Dec, line: number): Seg {
  const decimals = Number.isInteger(value.units / 10 ** value.scale) ? 0 : value.scale;
  return {
    text: (value.units < 0 ? '-' : '') + formatNumber(value, d.fmt.number, decimals),
    field: 'line.quantity',
    line,
  };
}

export function rateSeg(d: Doc, bp: number, field?: string, line?: number): Seg {
  return {
    text: formatRate(bp, d.fmt.number, d.rateStyle),
    ...(field ? { field } : {}),
    ...(line !== undefined ? { line } : {}),
  };
}

export function dateSeg(d: Doc, iso: string, field?: string): Seg {
  return {
    text: formatDate(iso, d.fmt.date, d.fmt.lang, d.datePadded),
    ...(field ? { field } : {}),
  };
}

export const t = (text: string): Seg => ({ text });

/** Word-wraps plain text to a width (descriptions on narrow receipts). */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}
