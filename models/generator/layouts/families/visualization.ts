// E-invoice viewer styles: sections of "label: value" rows, line items as blocks, zebra key-value grids.
import { notesBlock } from '../blocks/extras.ts';
import { chooseColumns, itemsTable, tableCss } from '../blocks/items.ts';
import { metaItems } from '../blocks/meta.ts';
import { totalRows, vatTable } from '../blocks/totals.ts';
import { esc, type Doc } from '../doc.ts';
import type { Family } from '../family.ts';
import { invoiceSpec } from './common.ts';

type Row = readonly [string, string];

function section(d: Doc, title: string, rows: readonly Row[], zebra: boolean): string {
  const t = d.theme;
  const tr = rows.map(
    ([k, v], i) =>
      `<tr style="${zebra && i % 2 ? `background:${t.accentSoft}` : ''}"><td style="width:38%;padding:0.7mm 2mm" class="lbl">${k}</td><td style="padding:0.7mm 2mm">${v}</td></tr>`,
  );
  return `<div style="margin-bottom:${t.gap}mm"><div class="b" style="background:${t.accentSoft};border-bottom:1px solid ${t.rule};padding:1mm 2mm">${title}</div><table style="width:100%">${tr.join('')}</table></div>`;
}

function partyRows(d: Doc, who: 'seller' | 'buyer'): Row[] {
  const p = who === 'seller' ? d.inv.seller : d.inv.buyer;
  if (!p) return [];
  const name = who === 'seller' ? 'sellerName' : 'buyerName';
  const addr = d.addressLines(p, who === 'seller' ? 'sellerAddress' : 'buyerAddress').join('<br>');
  const rows: Row[] = [
    [d.word(who === 'seller' ? 'seller' : 'buyer'), d.ft(name, p.name)],
    [d.word('reference'), addr],
  ];
  rows[1] = [
    esc(
      {
        de: 'Anschrift',
        fr: 'Adresse',
        en: 'Address',
        nl: 'Adres',
        es: 'Dirección',
        it: 'Indirizzo',
      }[d.fmt.lang],
    ),
    addr,
  ];
  if (p.vatId)
    rows.push([
      d.word(who === 'seller' ? 'sellerVatId' : 'buyerVatId'),
      d.ft(who === 'seller' ? 'sellerVatId' : 'buyerVatId', p.vatId),
    ]);
  if (p.taxNumber && who === 'seller') rows.push([d.word('taxNumber'), esc(p.taxNumber)]);
  if (p.phone) rows.push([d.word('phone'), esc(p.phone)]);
  if (p.email && d.rng.chance(0.5)) rows.push([d.word('email'), esc(p.email)]);
  return rows;
}

const GENERAL = {
  de: 'Allgemeine Angaben',
  fr: 'Informations générales',
  en: 'General information',
  nl: 'Algemene gegevens',
  es: 'Datos generales',
  it: 'Dati generali',
};

function headerRows(d: Doc): Row[] {
  return metaItems(d, { extra: 0.9 }).map((i) => [d.word(i.key), i.value] as const);
}

function totalsRows(d: Doc): Row[] {
  return totalRows(d).map((r) => [r.label, r.value] as const);
}

function positionBlock(d: Doc, index: number): string {
  const l = d.inv.lines[index];
  if (!l) return '';
  const rows: Row[] = [[d.word('description'), d.ft('line.description', l.description, l.index)]];
  if (l.sku) rows.push([d.word('sku'), esc(l.sku)]);
  rows.push([
    d.word('quantity'),
    `${d.qty(l.quantity, l.index)}${l.unit ? ' ' + d.ft('line.unit', l.unit, l.index) : ''}`,
  ]);
  rows.push([d.word('unitPrice'), d.price(l.unitPrice, 'line.unitPrice', l.index)]);
  rows.push([d.word('vatRate'), d.rate(l.vatRate, 'line.vatRate', l.index)]);
  rows.push([d.word('lineTotal'), d.money(l.lineTotal, 'line.lineTotal', { line: l.index })]);
  return section(d, `${d.word('pos')} ${index + 1}`, rows, false);
}

/** A title line like "Rechnung (380) Nr. 471102 vom 05.03.2018". */
function titleLine(d: Doc): string {
  const code = d.rng.chance(0.5) ? ` (${d.inv.docType})` : '';
  const of = esc({ de: 'vom', fr: 'du', en: 'dated', nl: 'van', es: 'de', it: 'del' }[d.fmt.lang]);
  return `<h1 style="font-size:${Math.round(d.theme.size * 1.6)}px;margin-bottom:${d.theme.gap}mm">${d.title()}${code} ${esc(d.L.text('invoiceNumber').replace(/[:.]$/, ''))} ${d.ft('invoiceNumber', d.inv.number)} ${of} ${d.date(d.inv.issueDate, 'issueDate')}</h1>`;
}

interface Block {
  readonly html: string;
  readonly rows: number;
}

/** Greedy page filling by estimated text rows; an underestimate is caught by the overflow retry. */
function paginate(blocks: readonly Block[], capacity: number): string[] {
  const pages: string[] = [];
  let html = '';
  let used = 0;
  for (const b of blocks) {
    if (used > 0 && used + b.rows > capacity) {
      pages.push(html);
      html = '';
      used = 0;
    }
    html += b.html;
    used += b.rows;
  }
  if (html) pages.push(html);
  return pages;
}

export const positionBlocks: Family = {
  name: 'position-blocks',
  weight: 2.5,
  content: (rng) => ({
    ...invoiceSpec(rng, [1, 6]),
    countries: [
      ['DE', 6],
      ['AT', 1],
      ['FR', 2],
      ['CH', 1],
      ['LU', 0.5],
      ['BE', 0.5],
      ['IT', 0.5],
      ['ES', 0.5],
    ],
  }),
  render: (d) => {
    const zebra = d.rng.chance(0.5);
    const general = headerRows(d).filter(
      ([, v]) => !v.includes('"invoiceNumber"') && !v.includes('"issueDate"'),
    );
    const seller = partyRows(d, 'seller');
    const buyer = partyRows(d, 'buyer');
    const blocks: Block[] = [
      { html: titleLine(d), rows: 3 },
      { html: section(d, esc(GENERAL[d.fmt.lang]), general, zebra), rows: general.length + 3 },
      { html: section(d, d.word('seller'), seller, zebra), rows: seller.length + 5 },
      { html: section(d, d.word('buyer'), buyer, zebra), rows: buyer.length + 5 },
      ...d.inv.lines.map((l, i) => ({
        html: positionBlock(d, i),
        rows: 9 + (l.description.length > 50 ? 1 : 0),
      })),
    ];
    const totals = totalsRows(d);
    blocks.push({ html: section(d, d.word('grossTotal'), totals, zebra), rows: totals.length + 3 });
    blocks.push({ html: vatTable(d), rows: d.inv.totals.vat.length + 3 });
    blocks.push({
      html: `<div style="margin-top:${d.theme.gap}mm">${d.label('paymentTerms')} ${d.terms()}</div>${notesBlock(d)}`,
      rows: 3 + d.inv.notes.length * 2,
    });
    const rowPx = d.theme.size * d.theme.lineHeight + 5;
    const capacity = Math.floor(
      ((1123 - 3.78 * (d.theme.margin[0] + d.theme.margin[2])) / rowPx) * 0.85,
    );
    const pages = paginate(blocks, capacity);
    return { pages, page: 'a4' };
  },
};

export const kvGrid: Family = {
  name: 'kv-grid',
  weight: 2,
  content: (rng) => invoiceSpec(rng, [1, 8]),
  render: (d) => {
    const zebra = d.rng.chance(0.6);
    const style = d.rng.pick(['boxed', 'zebra', 'ruled'] as const);
    const grid = `<div style="display:grid;grid-template-columns:1fr 1fr;gap:4mm">${section(d, d.word('seller'), partyRows(d, 'seller'), zebra)}${section(d, d.word('buyer'), partyRows(d, 'buyer'), zebra)}</div>`;
    const head = `<h1 style="margin-bottom:${d.theme.gap}mm">${d.title()}</h1>${section(d, esc(GENERAL[d.fmt.lang]), headerRows(d), zebra)}`;
    const totals = `<div style="display:flex;justify-content:flex-end"><div style="width:55%">${section(d, d.word('grossTotal'), totalsRows(d), zebra)}</div></div>`;
    const body = `${head}${grid}<div style="margin-bottom:${d.theme.gap}mm">${itemsTable(d, d.inv.lines, { style, cols: chooseColumns(d) })}</div>${totals}${section(d, d.word('paymentTerms'), [[d.word('paymentTerms'), d.terms()], ...(d.inv.payment.iban ? [[d.word('iban'), d.ft('iban', d.inv.payment.iban)] as const] : []), ...(d.inv.payment.bic ? [[d.word('bic'), d.ft('bic', d.inv.payment.bic)] as const] : [])], zebra)}${notesBlock(d)}`;
    return { pages: [body], css: tableCss(d, style) };
  },
};
