// A coloured key-value sidebar (facts, contacts, bank) beside the main column, at left or right.
import { bankLines, logo, notesBlock } from '../blocks/extras.ts';
import { chooseColumns, itemsTable, randomTableStyle, tableCss } from '../blocks/items.ts';
import { metaItems } from '../blocks/meta.ts';
import { buyerBlock, contactLines, idLines } from '../blocks/parties.ts';
import { totalRows, totalsBlock } from '../blocks/totals.ts';
import type { Doc } from '../doc.ts';
import type { Family, Rendered } from '../family.ts';
import { heading, invoiceSpec, rightAligned, stack } from './common.ts';

function sidebarLayout(d: Doc, side: 'left' | 'right'): Rendered {
  const t = d.theme;
  const s = d.inv.seller;
  const kv = metaItems(d, { extra: 0.8 })
    .map(
      (i) =>
        `<div style="margin-bottom:2mm"><div class="small" style="opacity:.8">${d.word(i.key)}</div><div>${i.value}</div></div>`,
    )
    .join('');
  const dark = d.rng.chance(0.5);
  const colours = dark ? `background:${t.accent};color:#fff` : `background:${t.accentSoft}`;
  const seller = `<div class="b">${d.ft('sellerName', s.name)}</div>${d
    .addressLines(s, 'sellerAddress')
    .map((l) => `<div>${l}</div>`)
    .join('')}`;
  const extras = [...contactLines(d, s), ...idLines(d, s, 'sellerVatId'), ...bankLines(d)]
    .map((l) => `<div>${l}</div>`)
    .join('');
  const sideHtml = `<div class="small sidebar" style="${colours};width:${d.rng.int(52, 66)}mm;padding:${t.margin[0]}mm 5mm;box-sizing:border-box;flex:none">${d.rng.chance(0.5) ? logo(d) : ''}<div style="margin:3mm 0">${seller}</div>${kv}<div style="margin-top:4mm">${extras}</div></div>`;
  const style = randomTableStyle(d);
  const main = `<div style="flex:1;padding:${t.margin[0]}mm ${side === 'left' ? t.margin[1] : 6}mm 0 ${side === 'left' ? 6 : t.margin[3]}mm">${stack(
    d,
    [
      heading(d, { number: d.rng.chance(0.4) }),
      buyerBlock(d, { label: 'buyer' }),
      itemsTable(d, d.inv.lines, { style, cols: chooseColumns(d, { minimal: d.rng.chance(0.4) }) }),
      rightAligned(totalsBlock(d, totalRows(d), d.rng.pick(['table', 'lines'] as const), 70)),
      `<div>${d.terms()}</div>`,
      notesBlock(d),
    ],
  )}</div>`;
  const inner = side === 'left' ? sideHtml + main : main + sideHtml;
  const css = `${tableCss(d, style)}.page.sb{padding:0!important;display:flex}.sidebar .lbl{color:inherit}`;
  return { pages: [inner], css: css.replace('.page.sb', '.page'), page: 'a4' };
}

export const sidebarLeft: Family = {
  name: 'sidebar-left',
  weight: 1.5,
  theme: { colourful: 1 },
  content: (rng) => invoiceSpec(rng, [1, 8]),
  render: (d) => sidebarLayout(d, 'left'),
};

export const sidebarRight: Family = {
  name: 'sidebar-right',
  weight: 1.5,
  content: (rng) => invoiceSpec(rng, [1, 8]),
  render: (d) => sidebarLayout(d, 'right'),
};
