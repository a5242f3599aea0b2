// Long invoices over several A4 pages: repeated headers, page x of y, optional carried totals.
import { footerColumns, logo, notesBlock, pageNumber, paymentBlock } from '../blocks/extras.ts';
import {
  chooseColumns,
  itemsTable,
  randomTableStyle,
  tableCss,
  type Column,
} from '../blocks/items.ts';
import { metaBlock, metaItems } from '../blocks/meta.ts';
import { buyerBlock, sellerBlock } from '../blocks/parties.ts';
import { totalRows, totalsBlock, vatTable } from '../blocks/totals.ts';
import { esc, type Doc } from '../doc.ts';
import type { Family, Rendered } from '../family.ts';
import { heading, pair, rightAligned, stack } from './common.ts';

/** Splits lines into page chunks from a rough row-height estimate; overflow retries catch misses. */
function chunks(d: Doc, count: number): [number, number][] {
  const rowPx = d.theme.size * d.theme.lineHeight + 12;
  const usable = 1123 - 2 * 3.78 * (d.theme.margin[0] + d.theme.margin[2]) - 110;
  const first = Math.max(3, Math.floor((usable - 420) / rowPx));
  const next = Math.max(5, Math.floor((usable - 120) / rowPx));
  const out: [number, number][] = [];
  let at = 0;
  let size = first;
  while (at < count) {
    out.push([at, Math.min(count, at + size)]);
    at += size;
    size = next;
  }
  // The last page also carries the totals block: keep it short.
  const last = out[out.length - 1];
  if (last && last[1] - last[0] > next - 10) {
    const split = last[0] + Math.max(1, next - 10);
    out.splice(-1, 1, [last[0], split], [split, last[1]]);
  }
  return out;
}

function carryRow(
  d: Doc,
  cols: readonly Column[],
  key: 'carried' | 'brought',
  cents: number,
): string {
  return `<tr class="b"><td colspan="${cols.length - 1}" class="num">${d.label(key)}</td><td class="num">${d.money(cents)}</td></tr>`;
}

function multiPage(d: Doc, carried: boolean): Rendered {
  const inv = d.inv;
  const style = randomTableStyle(d);
  const cols = chooseColumns(d, { dense: d.rng.chance(0.5) });
  const parts = chunks(d, inv.lines.length);
  const n = parts.length;
  const footer = d.rng.chance(0.6);
  const pages = parts.map(([from, to], p) => {
    const lines = inv.lines.slice(from, to);
    const before = inv.lines.slice(0, from).reduce((s, l) => s + l.lineTotal, 0);
    const upto = before + lines.reduce((s, l) => s + l.lineTotal, 0);
    const last = p === n - 1;
    const head =
      p === 0
        ? stack(d, [
            pair(
              d,
              `${d.rng.chance(0.5) ? logo(d) : ''}${sellerBlock(d, { ids: true, contacts: true })}`,
              `${heading(d, { align: 'right' })}${metaBlock(d, metaItems(d), 'right-table')}`,
            ),
            buyerBlock(d, { label: 'buyer' }),
          ])
        : `<div class="row small" style="margin-bottom:4mm;border-bottom:1px solid ${d.theme.rule}"><span>${esc(inv.seller.name)}</span><span>${d.title()} ${d.ft('invoiceNumber', inv.number)}</span><span>${pageNumber(d, p + 1, n)}</span></div>`;
    const table = itemsTable(d, lines, {
      style,
      cols,
      startIndex: from,
      ...(carried && p > 0 ? { headRows: carryRow(d, cols, 'brought', before) } : {}),
      ...(carried && !last ? { footRows: carryRow(d, cols, 'carried', upto) } : {}),
    });
    const tail = last
      ? stack(d, [
          rightAligned(totalsBlock(d, totalRows(d), d.rng.pick(['table', 'box'] as const))),
          d.inv.totals.vat.length > 1 ? vatTable(d) : '',
          paymentBlock(d),
          notesBlock(d),
        ])
      : '';
    const number =
      p === 0
        ? `<div class="small right" style="position:absolute;right:${d.theme.margin[1]}mm;bottom:6mm">${pageNumber(d, 1, n)}</div>`
        : '';
    return `${head}<div style="margin:${d.theme.gap}mm 0">${table}</div>${tail}${footer ? footerColumns(d) : number}`;
  });
  return { pages, css: tableCss(d, style), page: 'a4', footerMm: footer ? 24 : 6 };
}

export const multiPageCarried: Family = {
  name: 'multipage-carried',
  weight: 2,
  content: () => ({ lines: [18, 60], docTypes: [['380', 1]] }),
  render: (d) => multiPage(d, true),
};

export const multiPageSimple: Family = {
  name: 'multipage-simple',
  weight: 1.5,
  content: () => ({
    lines: [14, 45],
    docTypes: [
      ['380', 9],
      ['381', 1],
    ],
  }),
  render: (d) => multiPage(d, false),
};
