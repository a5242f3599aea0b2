// The line-item table: column choice and order, cell rendering, and table styles.
import type { LabelKey } from '../../content/labels/index.ts';
import type { LineItem } from '../../types.ts';
import { esc, type Doc } from '../doc.ts';

export type Column =
  | 'pos'
  | 'sku'
  | 'description'
  | 'quantity'
  | 'unit'
  | 'qtyUnit'
  | 'unitPrice'
  | 'discount'
  | 'vatRate'
  | 'lineTotal';
export type TableStyle = 'boxed' | 'ruled' | 'zebra' | 'plain' | 'header-fill' | 'underline';

const HEADER: Record<Column, LabelKey> = {
  pos: 'pos',
  sku: 'sku',
  description: 'description',
  quantity: 'quantity',
  unit: 'unit',
  qtyUnit: 'quantity',
  unitPrice: 'unitPrice',
  discount: 'discount',
  vatRate: 'vatRate',
  lineTotal: 'lineTotal',
};

/** Column set and order for this document; description and line total are always there. */
export function chooseColumns(d: Doc, o: { dense?: boolean; minimal?: boolean } = {}): Column[] {
  const r = d.rng;
  const inv = d.inv;
  const withUnit = inv.lines.some((l) => l.unit) && r.chance(o.dense ? 0.8 : 0.5);
  const perLineTax =
    !['US'].includes(d.fmt.country) &&
    (inv.totals.vat.length > 1 || r.chance(o.dense ? 0.7 : 0.35));
  const cols: Column[] = [];
  if (r.chance(o.dense ? 0.8 : 0.35)) cols.push('pos');
  if (inv.lines.some((l) => l.sku) && r.chance(o.dense ? 0.9 : 0.6)) cols.push('sku');
  const qtyFirst = r.chance(0.15);
  if (qtyFirst && !o.minimal) cols.push('quantity');
  cols.push('description');
  if (!qtyFirst && (!o.minimal || r.chance(0.5)))
    cols.push(withUnit && r.chance(0.4) ? 'qtyUnit' : 'quantity');
  if (withUnit && cols.includes('quantity')) cols.push('unit');
  if (cols.includes('quantity') || cols.includes('qtyUnit') || r.chance(0.3))
    cols.push('unitPrice');
  if (inv.lines.some((l) => l.discountPct)) cols.push('discount');
  if (perLineTax && r.chance(0.5)) cols.push('vatRate');
  cols.push('lineTotal');
  if (perLineTax && !cols.includes('vatRate') && r.chance(0.6)) cols.push('vatRate');
  return cols;
}

function headerText(d: Doc, c: Column): string {
  if (c === 'lineTotal' && d.inv.pricesIncludeVat) return d.word('lineTotalGross');
  if (c === 'qtyUnit' && d.rng.chance(0.3)) return `${d.word('quantity')}/${d.word('unit')}`;
  return d.word(HEADER[c]);
}

export function cell(d: Doc, c: Column, l: LineItem, index: number, upperDesc = false): string {
  const i = l.index;
  switch (c) {
    case 'pos':
      return esc(String(index + 1));
    case 'sku':
      return esc(l.sku ?? '');
    case 'description': {
      const detail = l.detail ? `<div class="small muted">${esc(l.detail)}</div>` : '';
      return `<div>${d.ft('line.description', d.upper(l.description, upperDesc), i)}</div>${detail}`;
    }
    case 'quantity':
      return d.qty(l.quantity, i);
    case 'unit':
      return l.unit ? d.ft('line.unit', l.unit, i) : '';
    case 'qtyUnit':
      return `${d.qty(l.quantity, i)}${l.unit ? ' ' + d.ft('line.unit', l.unit, i) : ''}`;
    case 'unitPrice':
      return d.price(l.unitPrice, 'line.unitPrice', i);
    case 'discount':
      return l.discountPct ? esc(`${l.discountPct / 100}%`) : '';
    case 'vatRate':
      return d.rate(l.vatRate, 'line.vatRate', i);
    case 'lineTotal':
      return d.money(l.lineTotal, 'line.lineTotal', { line: i });
  }
}

const NUMERIC = new Set<Column>([
  'quantity',
  'qtyUnit',
  'unitPrice',
  'discount',
  'vatRate',
  'lineTotal',
]);

export interface TableOptions {
  readonly style: TableStyle;
  readonly cols: readonly Column[];
  /** Row number offset on continuation pages. */
  readonly startIndex?: number;
  readonly upperDesc?: boolean;
  /** Extra rows appended inside the table (carried totals). */
  readonly footRows?: string;
  readonly headRows?: string;
  readonly headerCase?: 'upper' | 'as-is';
}

export function tableCss(d: Doc, style: TableStyle): string {
  const t = d.theme;
  const pad = `${d.rng.float(0.8, 2.2).toFixed(1)}mm ${d.rng.float(1, 2.5).toFixed(1)}mm`;
  const base = `table.items{width:100%;border-collapse:collapse}table.items td,table.items th{padding:${pad}}table.items th{font-weight:700}`;
  switch (style) {
    case 'boxed':
      return `${base}table.items td,table.items th{border:1px solid ${t.rule}}table.items th{background:${t.accentSoft}}`;
    case 'ruled':
      return `${base}table.items tr{border-bottom:1px solid ${t.rule}}table.items thead tr{border-bottom:2px solid ${t.text}}`;
    case 'zebra':
      return `${base}table.items tbody tr:nth-child(even){background:${t.accentSoft}}table.items th{border-bottom:1px solid ${t.rule}}`;
    case 'plain':
      return `${base}table.items th{color:${t.muted}}`;
    case 'header-fill':
      return `${base}table.items th{background:${t.accent};color:#fff}table.items tbody tr{border-bottom:1px solid ${t.accentSoft}}`;
    case 'underline':
      return `${base}table.items thead tr{border-bottom:1px solid ${t.text}}table.items tbody tr:last-child{border-bottom:1px solid ${t.text}}`;
  }
}

export function itemsTable(d: Doc, lines: readonly LineItem[], o: TableOptions): string {
  const start = o.startIndex ?? 0;
  const th = o.cols.map((c) => {
    const text = headerText(d, c);
    return `<th${NUMERIC.has(c) ? ' class="num"' : ''}>${o.headerCase === 'upper' ? text.toUpperCase() : text}</th>`;
  });
  const rows = lines.map((l, k) => {
    const tds = o.cols.map(
      (c) =>
        `<td${NUMERIC.has(c) ? ' class="num"' : ''}>${cell(d, c, l, start + k, o.upperDesc)}</td>`,
    );
    return `<tr>${tds.join('')}</tr>`;
  });
  return `<table class="items"><thead>${o.headRows ?? ''}<tr>${th.join('')}</tr></thead><tbody>${rows.join('')}</tbody>${o.footRows ? `<tfoot>${o.footRows}</tfoot>` : ''}</table>`;
}

export function randomTableStyle(d: Doc): TableStyle {
  return d.rng.pick(['boxed', 'ruled', 'zebra', 'plain', 'header-fill', 'underline'] as const);
}
