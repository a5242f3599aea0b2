// The invoice's header facts (number, dates, customer/order numbers…) in several arrangements.
import type { LabelKey } from '../../content/labels/index.ts';
import { esc, type Doc } from '../doc.ts';

export interface MetaItem {
  readonly key: LabelKey;
  readonly value: string;
}

export interface MetaOptions {
  readonly number?: boolean;
  readonly due?: boolean;
  readonly extra?: number;
  readonly page?: string;
}

/** Header facts in a plausible order; distractor numbers (customer, order, delivery note) mixed in. */
export function metaItems(d: Doc, o: MetaOptions = {}): MetaItem[] {
  const inv = d.inv;
  const r = d.rng;
  const extra = o.extra ?? 0.7;
  const items: MetaItem[] = [];
  if (o.number !== false)
    items.push({ key: 'invoiceNumber', value: d.ft('invoiceNumber', inv.number) });
  items.push({ key: 'issueDate', value: d.date(inv.issueDate, 'issueDate') });
  const tail: MetaItem[] = [];
  if (inv.dueDate && o.due !== false && r.chance(0.75))
    tail.push({ key: 'dueDate', value: d.date(inv.dueDate, 'dueDate') });
  if (inv.deliveryDate && r.chance(extra * 0.7))
    tail.push({ key: 'deliveryDate', value: d.date(inv.deliveryDate) });
  if (inv.customerNumber && r.chance(extra))
    tail.push({ key: 'customerNumber', value: esc(inv.customerNumber) });
  if (inv.orderNumber && r.chance(extra))
    tail.push({ key: 'orderNumber', value: esc(inv.orderNumber) });
  if (inv.deliveryNote && r.chance(extra))
    tail.push({ key: 'deliveryNote', value: esc(inv.deliveryNote) });
  if (inv.reference && r.chance(extra)) tail.push({ key: 'reference', value: esc(inv.reference) });
  if (inv.precedingInvoice)
    tail.push({ key: 'precedingInvoice', value: esc(inv.precedingInvoice) });
  if (inv.buyer?.vatId && r.chance(0.3))
    tail.push({ key: 'buyerVatId', value: d.ft('buyerVatId', inv.buyer.vatId) });
  if (d.fmt.money.on === 'none' || r.chance(0.15))
    tail.push({ key: 'currency', value: d.ft('currency', d.fmt.currency) });
  if (o.page) tail.push({ key: 'page', value: o.page });
  // Keep number and date first most of the time; real layouts sometimes lead with the date.
  const head = r.chance(0.2) ? items.reverse() : items;
  return r.chance(0.3) ? [...head, ...r.shuffle(tail)] : [...head, ...tail];
}

export type MetaStyle = 'table' | 'inline' | 'stacked' | 'boxed' | 'list' | 'right-table';

export function metaBlock(d: Doc, items: readonly MetaItem[], style: MetaStyle): string {
  const lbl = (k: LabelKey): string => d.label(k, style !== 'stacked' && style !== 'boxed');
  switch (style) {
    case 'table':
    case 'right-table': {
      const align = style === 'right-table' ? ' class="num"' : '';
      const rows = items.map(
        (i) =>
          `<tr><td style="padding-right:4mm">${lbl(i.key)}</td><td${align}>${i.value}</td></tr>`,
      );
      return `<table class="meta">${rows.join('')}</table>`;
    }
    case 'inline':
      return `<div class="meta" style="display:flex;flex-wrap:wrap;column-gap:6mm;row-gap:1mm">${items.map((i) => `<span>${lbl(i.key)} ${i.value}</span>`).join('')}</div>`;
    case 'stacked':
      return `<div class="meta" style="display:flex;flex-wrap:wrap;gap:3mm 8mm">${items.map((i) => `<div><div class="small lbl">${lbl(i.key)}</div><div>${i.value}</div></div>`).join('')}</div>`;
    case 'boxed': {
      const cell = (i: MetaItem): string =>
        `<td style="border:1px solid ${d.theme.rule};padding:1.5mm 2mm"><div class="small lbl">${lbl(i.key)}</div><div>${i.value}</div></td>`;
      const rows: string[] = [];
      for (let k = 0; k < items.length; k += 4)
        rows.push(
          `<tr>${items
            .slice(k, k + 4)
            .map(cell)
            .join('')}</tr>`,
        );
      return `<table class="meta" style="width:100%">${rows.join('')}</table>`;
    }
    case 'list':
      return `<div class="meta">${items.map((i) => `<div>${lbl(i.key)} ${i.value}</div>`).join('')}</div>`;
  }
}

export function randomMetaStyle(d: Doc, allowed?: readonly MetaStyle[]): MetaStyle {
  return d.rng.pick(
    allowed ?? (['table', 'inline', 'stacked', 'boxed', 'list', 'right-table'] as const),
  );
}
