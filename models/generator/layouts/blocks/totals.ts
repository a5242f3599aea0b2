// Totals: subtotal, allowances and charges, per-rate VAT, gross, prepaid and amount due; VAT breakdown.
import type { LabelKey } from '../../content/labels/index.ts';
import { esc, type Doc } from '../doc.ts';

export interface TotalRow {
  readonly label: string;
  readonly value: string;
  readonly strong?: boolean;
}

function vatLabel(d: Doc, rate: number, name: string | undefined, base?: number): string {
  const word = name && d.fmt.lang === 'en' ? esc(d.L.case(name)) : d.word('vat');
  const on =
    base !== undefined
      ? ` ${esc({ en: 'on', de: 'auf', fr: 'sur', nl: 'over', es: 'sobre', it: 'su' }[d.fmt.lang])} ${d.money(base, 'vatBase')}`
      : '';
  const rateHtml = d.rate(rate, 'vatRate');
  return d.rng.chance(0.5) ? `${word} ${rateHtml}${on}` : `${rateHtml} ${word}${on}`;
}

/** Rows in reading order; `showVatRows` false leaves VAT detail to a separate breakdown table. */
export function totalRows(
  d: Doc,
  o: { showVatRows?: boolean; receipt?: boolean } = {},
): TotalRow[] {
  const inv = d.inv;
  const t = inv.totals;
  const r = d.rng;
  const lbl = (k: LabelKey): string => d.label(k, r.chance(0.5));
  const rows: TotalRow[] = [];
  const hasAdj = t.adjustments.length > 0;
  const showSubtotal = hasAdj || (!inv.pricesIncludeVat && r.chance(0.25));
  if (showSubtotal)
    rows.push({
      label: lbl('subtotal'),
      value: d.money(t.linesTotal, hasAdj ? undefined : 'netTotal', { total: true }),
    });
  for (const a of t.adjustments) {
    const key: LabelKey =
      a.kind === 'discount' ? 'discount' : a.kind === 'shipping' ? 'shipping' : 'fee';
    const pct = a.percent ? ` ${esc(`${a.percent / 100}%`)}` : '';
    rows.push({
      label: lbl(key) + pct,
      value: d.money(a.kind === 'discount' ? -a.amount : a.amount, undefined, { total: true }),
    });
  }
  const netRow: TotalRow = {
    label: lbl('netTotal'),
    value: d.money(t.net, 'netTotal', { total: true }),
  };
  if (!showSubtotal || hasAdj) rows.push(netRow);
  const single = t.vat.length === 1;
  if (o.showVatRows !== false) {
    for (const v of t.vat) {
      const withBase = !single && r.chance(0.3);
      rows.push({
        label: vatLabel(d, v.rate, v.name, withBase ? v.base : undefined),
        value: d.money(v.amount, single ? 'taxTotal' : 'vatAmount', { total: true }),
      });
    }
  }
  if (!single || o.showVatRows === false)
    rows.push({ label: lbl('taxTotal'), value: d.money(t.tax, 'taxTotal', { total: true }) });
  const rounded = t.rounding !== 0;
  rows.push({
    label: lbl('grossTotal'),
    value: d.money(t.gross, rounded ? undefined : 'grossTotal', { total: true }),
    strong: !rounded,
  });
  if (rounded) {
    rows.push({ label: lbl('rounding'), value: d.money(t.rounding) });
    rows.push({
      label: d.label('grossTotal'),
      value: d.money(t.due, 'grossTotal', { total: true }),
      strong: true,
    });
  }
  if (t.prepaid) {
    rows.push({ label: lbl('prepaid'), value: d.money(-t.prepaid, undefined, { total: true }) });
    rows.push({
      label: lbl('amountDue'),
      value: d.money(t.due, 'amountDue', { total: true }),
      strong: true,
    });
  } else if (!o.receipt && r.chance(0.2)) {
    rows.push({
      label: lbl('amountDue'),
      value: d.money(t.due, 'grossTotal', { total: true }),
      strong: true,
    });
  }
  // Documents with prices including VAT often lead with the total and list the VAT it contains.
  if (inv.pricesIncludeVat && !rounded && !t.prepaid && r.chance(0.5)) {
    const gross = rows.filter((x) => x.strong);
    return [...gross, ...rows.filter((x) => !x.strong)];
  }
  return rows;
}

export type TotalsStyle = 'table' | 'box' | 'lines' | 'full';

export function totalsBlock(
  d: Doc,
  rows: readonly TotalRow[],
  style: TotalsStyle,
  width = d.rng.int(45, 65),
): string {
  const t = d.theme;
  const tr = rows.map((row) => {
    const s = row.strong
      ? ` style="font-weight:700;${style === 'lines' ? `border-top:2px solid ${t.text}` : ''}"`
      : '';
    return `<tr${s}><td style="padding:0.6mm 4mm 0.6mm 0">${row.label}</td><td class="num" style="padding:0.6mm 0">${row.value}</td></tr>`;
  });
  const box =
    style === 'box' ? `background:${t.accentSoft};border:1px solid ${t.rule};padding:2mm 3mm;` : '';
  const lines = style === 'lines' ? `border-top:1px solid ${t.rule};` : '';
  const w = style === 'full' ? 100 : width;
  return `<div class="totals" style="${box}${lines}box-sizing:border-box;width:${w}%"><table style="width:100%">${tr.join('')}</table></div>`;
}

/** Totals as extra rows inside the items table (spanning all but the last column). */
export function totalsFootRows(d: Doc, rows: readonly TotalRow[], columns: number): string {
  return rows
    .map(
      (row) =>
        `<tr${row.strong ? ' style="font-weight:700"' : ''}><td colspan="${columns - 1}" class="num" style="border:none">${row.label}</td><td class="num">${row.value}</td></tr>`,
    )
    .join('');
}

export function vatTable(d: Doc, o: { total?: boolean; gross?: boolean } = {}): string {
  const t = d.inv.totals;
  const rule = d.theme.rule;
  const cellStyle = `style="padding:0.6mm 2mm;border-bottom:1px solid ${rule}"`;
  const head = [d.word('vatRate'), d.word('vatBase'), d.word('vatAmount')];
  if (o.gross) head.push(d.word('grossTotal'));
  const rows = t.vat.map((v) => {
    const name = v.name && v.name !== 'GST' ? `${esc(v.name)} ` : '';
    const cells = [
      name + d.rate(v.rate, 'vatRate'),
      d.money(v.base, 'vatBase'),
      d.money(v.amount, t.vat.length === 1 ? 'taxTotal' : 'vatAmount'),
    ];
    if (o.gross) cells.push(d.money(v.base + v.amount));
    return `<tr>${cells.map((c, i) => `<td ${cellStyle}${i ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`;
  });
  const total =
    o.total && t.vat.length > 1
      ? `<tr class="b"><td ${cellStyle}>${d.word('taxTotal')}</td><td ${cellStyle} class="num">${d.money(t.net, 'netTotal')}</td><td ${cellStyle} class="num">${d.money(t.tax, 'taxTotal')}</td>${o.gross ? `<td ${cellStyle} class="num">${d.money(t.gross, 'grossTotal')}</td>` : ''}</tr>`
      : '';
  return `<table class="vat-table small"><tr>${head.map((h, i) => `<th ${cellStyle}${i ? ' class="num"' : ''}>${h}</th>`).join('')}</tr>${rows.join('')}${total}</table>`;
}
