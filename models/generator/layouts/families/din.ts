// DIN 5008 window-envelope letters: sender line above the address field, information block at right.
import { footerColumns, logo, notesBlock } from '../blocks/extras.ts';
import { chooseColumns, itemsTable, randomTableStyle, tableCss } from '../blocks/items.ts';
import { metaBlock, metaItems } from '../blocks/meta.ts';
import { buyerBlock, contactLines, senderLine } from '../blocks/parties.ts';
import { totalRows, totalsBlock, vatTable } from '../blocks/totals.ts';
import { esc, type Doc } from '../doc.ts';
import type { Family, Rendered } from '../family.ts';
import { invoiceSpec, rightAligned, stack } from './common.ts';

/** Letterhead band, then the 85 mm address field and the information block beside it. */
function letterTop(d: Doc, infoStyle: 'table' | 'right-table' | 'list'): string {
  const s = d.inv.seller;
  const brand = `<div style="display:flex;gap:4mm;align-items:center;justify-content:${d.rng.pick(['flex-end', 'flex-start', 'space-between'])};height:22mm">${d.rng.chance(0.6) ? logo(d) : ''}<div class="accent" style="font:700 ${Math.round(d.theme.size * 1.8)}px ${d.theme.headFont}">${d.ft('sellerName', s.name)}</div></div>`;
  const address = `<div style="width:85mm;min-height:40mm;padding-top:${d.rng.int(2, 8)}mm;box-sizing:border-box">${senderLine(d)}<div style="margin-top:2mm">${buyerBlock(d)}</div></div>`;
  const contact = contactLines(d, s)
    .slice(0, 3)
    .map((l) => `<div>${l}</div>`)
    .join('');
  const info = `<div class="small" style="width:70mm">${metaBlock(d, metaItems(d, { extra: 0.9 }), infoStyle)}${d.rng.chance(0.6) ? `<div style="margin-top:2mm">${contact}</div>` : ''}</div>`;
  return `${brand}<div class="row" style="margin-top:${d.rng.int(4, 14)}mm">${address}${info}</div>`;
}

function dinBody(d: Doc, o: { greeting: boolean; vatTable: boolean }): Rendered {
  const style = randomTableStyle(d);
  const subject = `<div class="b" style="font-size:${Math.round(d.theme.size * 1.3)}px">${d.title()}${d.rng.chance(0.5) ? ` ${esc(d.L.text('invoiceNumber').replace(/[:.]$/, ''))} ${d.ft('invoiceNumber', d.inv.number)}` : ''}</div>`;
  const greeting = o.greeting
    ? `<p>${esc(d.L.sentence('greeting'))}</p><p>${esc(d.L.sentence('intro'))}</p>`
    : '';
  const totals = rightAligned(
    totalsBlock(
      d,
      totalRows(d, { showVatRows: !o.vatTable || d.rng.chance(0.5) }),
      d.rng.pick(['table', 'lines'] as const),
    ),
  );
  const vat = o.vatTable ? vatTable(d, { total: d.rng.chance(0.5) }) : '';
  const closing = o.greeting ? `<p>${esc(d.L.sentence('closing'))}</p>` : '';
  const body = stack(d, [
    letterTop(d, d.rng.pick(['table', 'right-table', 'list'] as const)),
    subject,
    greeting,
    itemsTable(d, d.inv.lines, { style, cols: chooseColumns(d) }),
    totals,
    vat,
    `<div>${d.terms()}</div>`,
    notesBlock(d),
    closing,
  ]);
  return {
    pages: [body + footerColumns(d, { border: d.rng.chance(0.6) })],
    css: tableCss(d, style),
    footerMm: 24,
  };
}

export const din5008: Family = {
  name: 'din5008',
  weight: 3,
  content: (rng) => ({
    ...invoiceSpec(rng, [1, 8]),
    countries: [
      ['DE', 6],
      ['AT', 2],
      ['CH', 1.5],
      ['LU', 0.5],
      ['NL', 0.5],
    ],
  }),
  render: (d) => dinBody(d, { greeting: false, vatTable: d.rng.chance(0.3) }),
};

export const din5008Letter: Family = {
  name: 'din5008-letter',
  weight: 2,
  content: (rng) => invoiceSpec(rng, [1, 6]),
  render: (d) => dinBody(d, { greeting: true, vatTable: d.rng.chance(0.3) }),
};

/** The address field at right (French and Swiss window envelopes), facts at left. */
export const windowRight: Family = {
  name: 'window-right',
  weight: 2,
  content: (rng) => ({
    ...invoiceSpec(rng, [1, 8]),
    countries: [
      ['FR', 4],
      ['CH', 2],
      ['BE', 2],
      ['LU', 1],
      ['IT', 1],
      ['ES', 1],
    ],
  }),
  render: (d) => {
    const style = randomTableStyle(d);
    const s = d.inv.seller;
    const head = `<div class="row"><div>${d.rng.chance(0.5) ? logo(d) : ''}<div class="b" style="font-size:${Math.round(d.theme.size * 1.4)}px">${d.ft('sellerName', s.name)}</div>${d
      .addressLines(s, 'sellerAddress')
      .map((l) => `<div class="small">${l}</div>`)
      .join('')}${contactLines(d, s)
      .map((l) => `<div class="small">${l}</div>`)
      .join(
        '',
      )}</div><div style="width:90mm;margin-top:${d.rng.int(15, 30)}mm">${buyerBlock(d, { label: d.rng.chance(0.3) ? 'buyer' : null })}</div></div>`;
    const title = `<h1>${d.title()} ${d.rng.chance(0.6) ? d.ft('invoiceNumber', d.inv.number) : ''}</h1>`;
    const meta = metaBlock(
      d,
      metaItems(d, { number: !title.includes('invoiceNumber') }),
      d.rng.pick(['boxed', 'inline', 'table'] as const),
    );
    const totals = rightAligned(
      totalsBlock(d, totalRows(d), d.rng.pick(['box', 'table'] as const)),
    );
    const body = stack(d, [
      head,
      title,
      meta,
      itemsTable(d, d.inv.lines, { style, cols: chooseColumns(d) }),
      totals,
      `<div>${d.label('paymentTerms')} ${d.terms()}</div>`,
      notesBlock(d),
    ]);
    return { pages: [body + footerColumns(d)], css: tableCss(d, style), footerMm: 24 };
  },
};
