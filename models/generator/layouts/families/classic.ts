// Classic business letters: seller top, buyer and facts below, a table, totals, payment details.
import { bankLines, footerColumns, logo, notesBlock, paymentBlock } from '../blocks/extras.ts';
import { chooseColumns, itemsTable, randomTableStyle, tableCss } from '../blocks/items.ts';
import { metaBlock, metaItems, randomMetaStyle } from '../blocks/meta.ts';
import { buyerBlock, sellerBlock, sellerInline, shipToBlock } from '../blocks/parties.ts';
import { totalRows, totalsBlock, vatTable } from '../blocks/totals.ts';
import type { Family } from '../family.ts';
import { heading, invoiceSpec, pair, rightAligned, stack } from './common.ts';

export const classicRightMeta: Family = {
  name: 'classic-right-meta',
  weight: 3,
  content: (rng) => invoiceSpec(rng, [1, 12]),
  render: (d) => {
    const style = randomTableStyle(d);
    const top = pair(
      d,
      `${d.rng.chance(0.5) ? logo(d) : ''}${sellerBlock(d, { contacts: d.rng.chance(0.6), ids: true })}`,
      `${heading(d, { align: 'right' })}${metaBlock(d, metaItems(d), 'right-table')}`,
      { swap: d.rng.chance(0.2) },
    );
    const parties =
      d.inv.shipTo && d.rng.chance(0.7)
        ? pair(d, buyerBlock(d, { label: 'buyer' }), shipToBlock(d))
        : buyerBlock(d, { label: d.rng.chance(0.6) ? 'buyer' : null });
    const totals = rightAligned(
      totalsBlock(d, totalRows(d), d.rng.pick(['table', 'box', 'lines'] as const)),
    );
    const body = stack(d, [
      top,
      parties,
      itemsTable(d, d.inv.lines, { style, cols: chooseColumns(d) }),
      totals,
      paymentBlock(d),
      notesBlock(d),
    ]);
    return { pages: [body], css: tableCss(d, style) };
  },
};

export const letterheadCentered: Family = {
  name: 'letterhead-centered',
  weight: 2,
  content: (rng) => invoiceSpec(rng, [1, 10]),
  render: (d) => {
    const style = randomTableStyle(d);
    const s = d.inv.seller;
    const head = `<div class="center" style="border-bottom:2px solid ${d.theme.accent};padding-bottom:2mm"><div class="accent" style="font:700 ${Math.round(d.theme.size * 2)}px ${d.theme.headFont}">${d.ft('sellerName', d.upper(s.name, d.rng.chance(0.4)))}</div><div class="small">${sellerInline(d, d.rng.pick([' · ', ' | ', ', ']))}</div></div>`;
    const metaStyle = randomMetaStyle(d, ['table', 'list', 'stacked']);
    const parties = pair(
      d,
      buyerBlock(d, { label: d.rng.chance(0.5) ? 'buyer' : null }),
      metaBlock(d, metaItems(d), metaStyle),
    );
    const totals = rightAligned(
      totalsBlock(d, totalRows(d), d.rng.pick(['table', 'lines'] as const)),
    );
    const body = stack(d, [
      head,
      heading(d, { align: d.rng.pick(['left', 'center']) }),
      parties,
      itemsTable(d, d.inv.lines, { style, cols: chooseColumns(d) }),
      totals,
      paymentBlock(d, { title: d.rng.chance(0.5) }),
      notesBlock(d),
    ]);
    return { pages: [body + footerColumns(d)], css: tableCss(d, style), footerMm: 22 };
  },
};

export const headerLeftMetaBelow: Family = {
  name: 'header-left-meta-below',
  weight: 2,
  content: (rng) => invoiceSpec(rng, [1, 12]),
  render: (d) => {
    const style = randomTableStyle(d);
    const title = `<div class="row" style="align-items:center">${heading(d, { size: Math.round(d.theme.titleSize * 1.2) })}${d.rng.chance(0.6) ? logo(d) : ''}</div>`;
    const meta = metaBlock(d, metaItems(d), d.rng.pick(['boxed', 'stacked', 'inline'] as const));
    const parties = pair(
      d,
      sellerBlock(d, { label: 'seller', ids: true }),
      buyerBlock(d, { label: 'buyer' }),
      { swap: d.rng.chance(0.4) },
    );
    const totals = rightAligned(
      totalsBlock(d, totalRows(d), d.rng.pick(['table', 'box'] as const)),
    );
    const bank = d.rng.chance(0.5) ? `<div class="small">${bankLines(d).join('<br>')}</div>` : '';
    const body = stack(d, [
      title,
      meta,
      parties,
      itemsTable(d, d.inv.lines, { style, cols: chooseColumns(d) }),
      totals,
      `<div>${d.terms()}</div>${bank}`,
      notesBlock(d),
    ]);
    return { pages: [body], css: tableCss(d, style) };
  },
};

export const totalsLeft: Family = {
  name: 'totals-left',
  weight: 1.5,
  content: (rng) => invoiceSpec(rng, [1, 10]),
  render: (d) => {
    const style = randomTableStyle(d);
    const top = pair(
      d,
      sellerBlock(d, { contacts: true }),
      `${heading(d)}${metaBlock(d, metaItems(d), 'table')}`,
    );
    const rows = totalRows(d, { showVatRows: d.rng.chance(0.5) });
    const bottom = `<div class="row"><div>${totalsBlock(d, rows, 'table', 100)}</div><div>${vatTable(d, { total: true, gross: d.rng.chance(0.3) })}</div></div>`;
    const body = stack(d, [
      top,
      buyerBlock(d, { label: 'buyer' }),
      itemsTable(d, d.inv.lines, { style, cols: chooseColumns(d) }),
      bottom,
      paymentBlock(d),
      notesBlock(d),
    ]);
    return { pages: [body + footerColumns(d)], css: tableCss(d, style), footerMm: 22 };
  },
};

export const tableFirst: Family = {
  name: 'table-first',
  weight: 1,
  content: (rng) => invoiceSpec(rng, [1, 8]),
  render: (d) => {
    const style = randomTableStyle(d);
    const head = `<div class="row">${heading(d, { number: true })}${metaBlock(d, metaItems(d, { number: false }), 'inline')}</div>`;
    const parties = pair(
      d,
      buyerBlock(d, { label: 'buyer' }),
      sellerBlock(d, { label: 'seller', ids: true, contacts: true }),
    );
    const totals = rightAligned(totalsBlock(d, totalRows(d), 'lines'));
    const body = stack(d, [
      head,
      itemsTable(d, d.inv.lines, { style, cols: chooseColumns(d) }),
      totals,
      parties,
      paymentBlock(d),
      notesBlock(d),
    ]);
    return { pages: [body], css: tableCss(d, style) };
  },
};
