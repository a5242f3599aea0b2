// Sparse documents: a bare minimal invoice, a one-line statement and a plain business letter.
import { bankLines, notesBlock } from '../blocks/extras.ts';
import { chooseColumns, itemsTable, tableCss } from '../blocks/items.ts';
import { metaBlock, metaItems } from '../blocks/meta.ts';
import { buyerBlock, sellerBlock, senderLine } from '../blocks/parties.ts';
import { totalRows, totalsBlock } from '../blocks/totals.ts';
import { esc } from '../doc.ts';
import type { Family } from '../family.ts';
import { heading, invoiceSpec, pair, rightAligned, stack } from './common.ts';

export const minimal: Family = {
  name: 'minimal',
  weight: 1.5,
  content: (rng) => invoiceSpec(rng, [1, 3]),
  render: (d) => {
    const cols = chooseColumns(d, { minimal: true });
    const body = stack(
      d,
      [
        heading(d, { number: d.rng.chance(0.5) }),
        metaBlock(d, metaItems(d, { extra: 0.1 }), d.rng.pick(['list', 'inline'] as const)),
        pair(d, sellerBlock(d, { ids: true }), buyerBlock(d, { label: 'buyer' }), {
          swap: d.rng.chance(0.5),
        }),
        itemsTable(d, d.inv.lines, { style: 'plain', cols }),
        rightAligned(totalsBlock(d, totalRows(d), 'table', 40)),
        d.rng.chance(0.6) ? `<div>${d.terms()}</div>` : '',
      ],
      d.theme.gap * 1.5,
    );
    return { pages: [body], css: tableCss(d, 'plain') };
  },
};

/** "Invoice 2024-017 of 15.03.2024: Consulting March — total €1,190.00 incl. VAT €190.00." */
export const oneLiner: Family = {
  name: 'one-liner',
  weight: 1,
  content: (rng) => ({ ...invoiceSpec(rng, [1, 1]), detail: 0.2 }),
  render: (d) => {
    const inv = d.inv;
    const l = inv.lines[0];
    const t = inv.totals;
    const line = l
      ? `${d.ft('line.description', l.description, l.index)}${d.rng.chance(0.5) ? `, ${d.qty(l.quantity, l.index)} × ${d.price(l.unitPrice, 'line.unitPrice', l.index)}` : ''}: ${d.money(l.lineTotal, 'line.lineTotal', { line: l.index })}`
      : '';
    const vat = t.vat
      .map(
        (v) =>
          `${d.word('vat')} ${d.rate(v.rate, 'vatRate')}: ${d.money(v.amount, t.vat.length === 1 ? 'taxTotal' : 'vatAmount')}`,
      )
      .join(', ');
    const sentence = `<p>${d.title()} ${d.ft('invoiceNumber', inv.number)} ${esc(d.word('issueDate').toLowerCase())} ${d.date(inv.issueDate, 'issueDate')}</p><p>${line}</p><p>${d.word('netTotal')} ${d.money(t.net, 'netTotal', { total: true })}; ${vat}; <b>${d.word('grossTotal')} ${d.money(t.gross, 'grossTotal', { total: true })}</b></p>`;
    const parties = pair(d, sellerBlock(d, { ids: true }), buyerBlock(d), {
      swap: d.rng.chance(0.5),
    });
    const bank = d.rng.chance(0.6)
      ? `<div class="small">${bankLines(d, { bankName: false }).join(' · ')}</div>`
      : '';
    return {
      pages: [
        stack(
          d,
          [parties, sentence, `<div>${d.terms()}</div>`, bank, notesBlock(d)],
          d.theme.gap * 2,
        ),
      ],
    };
  },
};

export const letterStyle: Family = {
  name: 'letter-style',
  weight: 1.5,
  content: (rng) => invoiceSpec(rng, [1, 6]),
  render: (d) => {
    const cols = chooseColumns(d);
    const date = `<div class="right">${esc(d.inv.seller.address.city)}, ${d.date(d.inv.issueDate, 'issueDate')}</div>`;
    const subject = `<div class="b">${d.title()} ${d.L.text('invoiceNumber').replace(/[:.]$/, '')} ${d.ft('invoiceNumber', d.inv.number)}</div>`;
    const greeting = `<p>${esc(d.L.sentence('greeting'))}</p><p>${esc(d.L.sentence('intro'))}</p>`;
    const closing = `<p>${esc(d.L.sentence('closing'))}</p><p style="margin-top:8mm">${esc(d.inv.seller.contact ?? d.inv.seller.name)}</p>`;
    const body = stack(d, [
      d.rng.chance(0.5)
        ? senderLine(d)
        : sellerBlock(d, { contacts: true, ids: d.rng.chance(0.7) }),
      buyerBlock(d),
      date,
      subject,
      greeting,
      itemsTable(d, d.inv.lines, { style: 'underline', cols }),
      rightAligned(totalsBlock(d, totalRows(d), 'table', 50)),
      `<p>${d.terms()}</p><div class="small">${bankLines(d).join('<br>')}</div>`,
      closing,
    ]);
    return { pages: [body], css: tableCss(d, 'underline') };
  },
};
