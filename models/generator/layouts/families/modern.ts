// Modern web-app invoices: coloured bands, "amount due" headlines, label-over-value strips, cards.
import { bankLines, footerColumns, logo, notesBlock, paymentBlock } from '../blocks/extras.ts';
import { chooseColumns, itemsTable, randomTableStyle, tableCss } from '../blocks/items.ts';
import { metaBlock, metaItems } from '../blocks/meta.ts';
import { buyerBlock, sellerBlock, shipToBlock } from '../blocks/parties.ts';
import { totalRows, totalsBlock, vatTable } from '../blocks/totals.ts';
import type { Family } from '../family.ts';
import { heading, invoiceSpec, pair, rightAligned, stack } from './common.ts';

export const bannerHeader: Family = {
  name: 'banner-header',
  weight: 2,
  theme: { colourful: 1 },
  content: (rng) => invoiceSpec(rng, [1, 10]),
  render: (d) => {
    const t = d.theme;
    const [mt, mr, , ml] = t.margin;
    const band = `<div style="margin:-${mt}mm -${mr}mm 0 -${ml}mm;padding:${mt}mm ${mr}mm 6mm ${ml}mm;background:${t.accent};color:#fff" class="row"><div>${heading(d)}<div style="margin-top:2mm">${d.ft('sellerName', d.inv.seller.name)}</div></div><div style="color:#fff">${metaBlock(d, metaItems(d, { extra: 0.3 }), 'right-table').replace(/class="lbl"/g, 'class="lbl" style="color:#fff"')}</div></div>`;
    const style = d.rng.pick(['zebra', 'header-fill', 'ruled'] as const);
    const parties = pair(
      d,
      buyerBlock(d, { label: 'buyer' }),
      `<div class="small">${d.addressLines(d.inv.seller, 'sellerAddress').join('<br>')}</div>`,
      { swap: d.rng.chance(0.3) },
    );
    const totals = rightAligned(totalsBlock(d, totalRows(d), 'box'));
    const body = stack(d, [
      band,
      parties,
      itemsTable(d, d.inv.lines, { style, cols: chooseColumns(d) }),
      totals,
      paymentBlock(d),
      notesBlock(d),
    ]);
    return { pages: [body], css: tableCss(d, style) };
  },
};

/** Big "€1,234.00 due 15 March 2024" headline over the details, like online billing services. */
export const amountDueHeadline: Family = {
  name: 'amount-due-headline',
  weight: 2,
  content: (rng) => ({
    ...invoiceSpec(rng, [1, 6]),
    countries: [
      ['US', 4],
      ['GB', 3],
      ['IE', 1],
      ['DE', 1],
      ['NL', 1],
      ['FR', 1],
      ['IN', 1],
    ],
  }),
  render: (d) => {
    const inv = d.inv;
    const t = inv.totals;
    const dueField = t.prepaid ? 'amountDue' : 'grossTotal';
    const due = inv.dueDate
      ? ` ${d.word('dueDate').toLowerCase()} ${d.date(inv.dueDate, 'dueDate')}`
      : '';
    const headline = `<div style="font-size:${Math.round(d.theme.size * 2)}px;font-weight:700">${d.money(t.due, dueField, { symbol: true })}${due}</div>`;
    const top = pair(
      d,
      `${heading(d, { size: Math.round(d.theme.size * 1.6) })}${metaBlock(d, metaItems(d, { extra: 0.4 }), 'table')}`,
      d.rng.chance(0.7) ? logo(d) : '',
    );
    const parties = `<div class="row" style="justify-content:flex-start;gap:15mm">${sellerBlock(d, { contacts: true, ids: true })}${buyerBlock(d, { label: 'buyer', contacts: d.rng.chance(0.3) })}${d.rng.chance(0.5) ? shipToBlock(d) : ''}</div>`;
    const style = d.rng.pick(['underline', 'plain', 'ruled'] as const);
    const totals = rightAligned(totalsBlock(d, totalRows(d), 'lines', 55));
    const body = stack(
      d,
      [
        top,
        parties,
        headline,
        itemsTable(d, inv.lines, {
          style,
          cols: chooseColumns(d),
          headerCase: d.rng.chance(0.5) ? 'upper' : 'as-is',
        }),
        totals,
        paymentBlock(d, { title: false }),
        notesBlock(d),
      ],
      d.theme.gap * 1.3,
    );
    return { pages: [body], css: tableCss(d, style) };
  },
};

export const stackedMetaStrip: Family = {
  name: 'stacked-meta-strip',
  weight: 2,
  content: (rng) => invoiceSpec(rng, [1, 10]),
  render: (d) => {
    const style = randomTableStyle(d);
    const head = pair(
      d,
      heading(d, { size: Math.round(d.theme.titleSize * 1.3) }),
      sellerBlock(d, { contacts: true, ids: d.rng.chance(0.7) }),
      { align: 'flex-start' },
    );
    const strip = `<div style="border-top:1px solid ${d.theme.rule};border-bottom:1px solid ${d.theme.rule};padding:2mm 0">${metaBlock(d, metaItems(d), 'stacked')}</div>`;
    const totals = rightAligned(
      totalsBlock(d, totalRows(d), d.rng.pick(['table', 'lines', 'box'] as const)),
    );
    const bank = `<div class="small">${bankLines(d, { holder: true }).join(' &nbsp; ')}</div>`;
    const body = stack(d, [
      head,
      strip,
      buyerBlock(d, { label: 'buyer' }),
      itemsTable(d, d.inv.lines, { style, cols: chooseColumns(d) }),
      totals,
      `<div>${d.terms()}</div>`,
      bank,
      notesBlock(d),
    ]);
    return { pages: [body], css: tableCss(d, style) };
  },
};

export const twoColumnParties: Family = {
  name: 'two-column-parties',
  weight: 2.5,
  content: (rng) => invoiceSpec(rng, [1, 10]),
  render: (d) => {
    const t = d.theme;
    const style = randomTableStyle(d);
    const box = (html: string): string =>
      `<div style="border:1px solid ${t.rule};border-radius:${d.rng.pick([0, 1, 2])}mm;padding:2.5mm 3mm;width:100%;box-sizing:border-box">${html}</div>`;
    const parties = `<div style="display:grid;grid-template-columns:1fr 1fr;gap:5mm">${box(sellerBlock(d, { label: 'seller', ids: true }))}${box(buyerBlock(d, { label: 'buyer' }))}</div>`;
    const meta = metaBlock(d, metaItems(d), d.rng.pick(['boxed', 'inline'] as const));
    const totals = rightAligned(
      totalsBlock(d, totalRows(d), d.rng.pick(['box', 'table'] as const)),
    );
    const body = stack(d, [
      heading(d, { align: d.rng.pick(['left', 'center', 'right']) }),
      parties,
      meta,
      itemsTable(d, d.inv.lines, { style, cols: chooseColumns(d) }),
      totals,
      paymentBlock(d),
      notesBlock(d),
    ]);
    return { pages: [body], css: tableCss(d, style) };
  },
};

/** Every section in a bordered card with a filled title bar (as in French Factur-X templates). */
export const boxedSections: Family = {
  name: 'boxed-sections',
  weight: 2,
  content: (rng) => ({
    ...invoiceSpec(rng, [1, 8]),
    countries: [
      ['FR', 4],
      ['BE', 1],
      ['LU', 1],
      ['DE', 2],
      ['IT', 1],
      ['ES', 1],
      ['GB', 1],
    ],
  }),
  render: (d) => {
    const t = d.theme;
    const card = (title: string, html: string): string =>
      `<div style="border:1px solid ${t.rule}"><div style="background:${t.accentSoft};padding:1mm 2mm" class="b">${title}</div><div style="padding:1.5mm 2mm">${html}</div></div>`;
    const style = 'boxed';
    const top = pair(
      d,
      `${d.rng.chance(0.5) ? logo(d) : ''}${sellerBlock(d, { contacts: true, ids: true })}`,
      heading(d, { number: true }),
    );
    const parties = `<div style="display:grid;grid-template-columns:1fr 1fr;gap:4mm">${card(d.word('buyer'), buyerBlock(d))}${card(d.word('reference'), metaBlock(d, metaItems(d, { number: false }), 'table'))}</div>${d.inv.shipTo ? card(d.word('shipTo'), shipToBlock(d)) : ''}`;
    const bottom = `<div class="row"><div>${vatTable(d)}</div>${totalsBlock(d, totalRows(d, { showVatRows: false }), 'table', 45)}</div>`;
    const pay = card(
      d.word('paymentTerms'),
      `${d.terms()}<div class="small">${bankLines(d).join(' · ')}</div>`,
    );
    const body = stack(d, [
      top,
      parties,
      itemsTable(d, d.inv.lines, { style, cols: chooseColumns(d) }),
      bottom,
      pay,
      notesBlock(d),
    ]);
    return {
      pages: [body + (d.rng.chance(0.4) ? footerColumns(d) : '')],
      css: tableCss(d, style),
      footerMm: 22,
    };
  },
};
