// Credit notes that cite the original invoice, and plain-text A4 printouts in a monospace font.
import { addDays } from '../../content/dates.ts';
import { addressLines } from '../../content/places.ts';
import { bankLines, notesBlock, paymentBlock } from '../blocks/extras.ts';
import { chooseColumns, itemsTable, randomTableStyle, tableCss } from '../blocks/items.ts';
import { metaBlock, metaItems } from '../blocks/meta.ts';
import {
  dateSeg,
  moneySegs,
  monoRow,
  priceSegs,
  qtySeg,
  rateSeg,
  segHtml,
  t,
  wrap,
  type Seg,
} from '../blocks/mono.ts';
import { buyerBlock, sellerBlock } from '../blocks/parties.ts';
import { totalRows, totalsBlock } from '../blocks/totals.ts';
import { esc } from '../doc.ts';
import type { Family } from '../family.ts';
import { heading, invoiceSpec, pair, rightAligned, stack } from './common.ts';

export const creditNote: Family = {
  name: 'credit-note',
  weight: 1.5,
  content: (rng) => ({
    ...invoiceSpec(rng, [1, 6]),
    docTypes: [
      ['381', 6],
      ['384', 3],
      ['389', 1],
    ],
  }),
  render: (d) => {
    const inv = d.inv;
    const style = randomTableStyle(d);
    const original = inv.precedingInvoice ?? inv.number.replace(/\d/, '9');
    const sentence = {
      en: `This credit note refers to invoice ${original} of ${d.dateText(addDays(inv.issueDate, -30))}.`,
      de: `Diese Gutschrift bezieht sich auf die Rechnung ${original} vom ${d.dateText(addDays(inv.issueDate, -30))}.`,
      fr: `Cet avoir annule et remplace la facture ${original} du ${d.dateText(addDays(inv.issueDate, -30))}.`,
      nl: `Deze creditnota heeft betrekking op factuur ${original} van ${d.dateText(addDays(inv.issueDate, -30))}.`,
      es: `Esta factura rectifica la factura ${original} de ${d.dateText(addDays(inv.issueDate, -30))}.`,
      it: `La presente nota di credito si riferisce alla fattura ${original} del ${d.dateText(addDays(inv.issueDate, -30))}.`,
    }[d.fmt.lang];
    const top = pair(
      d,
      sellerBlock(d, { contacts: true, ids: true }),
      `${heading(d, { align: 'right' })}${metaBlock(d, metaItems(d), 'right-table')}`,
    );
    const body = stack(d, [
      top,
      buyerBlock(d, { label: 'buyer' }),
      `<p>${esc(sentence)}</p>`,
      itemsTable(d, inv.lines, { style, cols: chooseColumns(d) }),
      rightAligned(totalsBlock(d, totalRows(d), 'table')),
      paymentBlock(d, { bank: d.rng.chance(0.5) }),
      notesBlock(d),
    ]);
    return { pages: [body], css: tableCss(d, style) };
  },
};

/** Every line of the page a fixed-width text row, like invoices printed from old ERP systems. */
export const monospacePrint: Family = {
  name: 'monospace-print',
  weight: 1.5,
  theme: { kind: 'mono' },
  content: (rng) => invoiceSpec(rng, [1, 12]),
  render: (d) => {
    const inv = d.inv;
    const W = 86;
    const rows: string[] = [];
    const s = inv.seller;
    rows.push(segHtml(d, [{ text: s.name, field: 'sellerName' }]));
    for (const l of d.addressLines(s, 'sellerAddress')) rows.push(l);
    if (s.vatId)
      rows.push(
        monoRow(d, [
          [[t(d.L.label('sellerVatId') + ' '), { text: s.vatId, field: 'sellerVatId' }], 40, 'l'],
        ]),
      );
    rows.push('');
    const b = inv.buyer;
    const right: Seg[][] = [
      [t(d.L.label('invoiceNumber') + ' '), { text: inv.number, field: 'invoiceNumber' }],
      [t(d.L.label('issueDate') + ' '), dateSeg(d, inv.issueDate, 'issueDate')],
      ...(inv.dueDate ? [[t(d.L.label('dueDate') + ' '), dateSeg(d, inv.dueDate, 'dueDate')]] : []),
      ...(inv.customerNumber
        ? [[t(d.L.label('customerNumber') + ' '), t(inv.customerNumber)]]
        : []),
    ];
    const left: Seg[][] = b
      ? [
          [{ text: b.name, field: 'buyerName' }],
          ...addressLines(b.address, d.fmt.lang, b.address.country !== d.fmt.country).map((l) => [
            { text: l, field: 'buyerAddress' },
          ]),
        ]
      : [];
    for (let i = 0; i < Math.max(left.length, right.length); i++)
      rows.push(
        monoRow(d, [
          [left[i] ?? [], 46, 'l'],
          [right[i] ?? [], 40, 'l'],
        ]),
      );
    rows.push('', `<b>${d.title()}</b>`, '-'.repeat(W));
    rows.push(
      monoRow(d, [
        [[t(d.L.text('pos'))], 5, 'l'],
        [[t(d.L.text('description'))], 37, 'l'],
        [[t(d.L.text('quantity'))], 9, 'r'],
        [[t(d.L.text('unitPrice'))], 12, 'r'],
        [[t(d.L.text('vatRate'))], 8, 'r'],
        [[t(d.L.text('lineTotal'))], 15, 'r'],
      ]),
    );
    rows.push('-'.repeat(W));
    for (const l of inv.lines) {
      const [first = '', ...rest] = wrap(l.description, 36);
      const desc = (text: string): Seg[] => [{ text, field: 'line.description', line: l.index }];
      rows.push(
        monoRow(d, [
          [[t(String(l.index + 1))], 5, 'l'],
          [desc(first), 37, 'l'],
          [[qtySeg(d, l.quantity, l.index)], 9, 'r'],
          [priceSegs(d, l.unitPrice, l.index), 12, 'r'],
          [[rateSeg(d, l.vatRate, 'line.vatRate', l.index)], 8, 'r'],
          [moneySegs(d, l.lineTotal, 'line.lineTotal', { line: l.index, symbol: false }), 15, 'r'],
        ]),
      );
      for (const more of rest)
        rows.push(
          monoRow(d, [
            [[], 5, 'l'],
            [desc(more), 37, 'l'],
          ]),
        );
    }
    rows.push('-'.repeat(W));
    for (const r of totalRows(d))
      rows.push(
        `<div style="display:flex;justify-content:flex-end;gap:4ch"><span>${r.label}</span><span style="min-width:16ch;text-align:right">${r.value}</span></div>`,
      );
    rows.push('', d.terms(), ...bankLines(d), '', ...inv.notes.map(esc));
    return {
      pages: [rows.map((r) => `<div>${r || '&nbsp;'}</div>`).join('')],
      css: `.page{white-space:pre;font-size:${Math.min(d.theme.size, 11.5)}px}`,
    };
  },
};
