// Proportional-font EU and Asian till slips: flex rows instead of character columns.
import { contactLines, idLines } from '../blocks/parties.ts';
import { esc } from '../doc.ts';
import type { Family } from '../family.ts';
import { RECEIPT_SPEC } from './receipts.ts';

/** Proportional-font till slip with flex rows, VAT letters and a signature-style footer. */
export const shopReceipt: Family = {
  name: 'shop-receipt',
  weight: 2.5,
  theme: { kind: 'sans', dense: true },
  content: () => ({
    ...RECEIPT_SPEC([1, 10]),
    countries: [
      ['MY', 4],
      ['DE', 2],
      ['FR', 1],
      ['NL', 1],
      ['AT', 1],
      ['ES', 1],
      ['IT', 1],
      ['GB', 1],
    ],
  }),
  render: (d) => {
    const inv = d.inv;
    const tt = inv.totals;
    const row = (l: string, r: string, cls = ''): string =>
      `<div class="row ${cls}" style="gap:2mm"><span>${l}</span><span class="num">${r}</span></div>`;
    const s = inv.seller;
    const head = `<div class="center"><div class="b" style="font-size:1.3em">${d.ft('sellerName', s.name)}</div>${d.addressLines(s, 'sellerAddress').join('<br>')}<br>${[...contactLines(d, s).slice(0, 1), ...idLines(d, s, 'sellerVatId').slice(0, 1)].join('<br>')}</div>`;
    const meta = `${row(`${d.label('invoiceNumber')} ${d.ft('invoiceNumber', inv.number)}`, '')}${row(d.date(inv.issueDate, 'issueDate'), esc(inv.receipt?.time ?? ''))}`;
    const items = inv.lines
      .map(
        (l) =>
          `<div>${d.ft('line.description', l.description, l.index)}</div>${row(`${d.qty(l.quantity, l.index)} x ${d.price(l.unitPrice, 'line.unitPrice', l.index)}`, `${d.money(l.lineTotal, 'line.lineTotal', { line: l.index })} ${d.rng.chance(0.3) ? 'A' : ''}`)}`,
      )
      .join('');
    const vat = tt.vat
      .map((v) =>
        row(
          `${d.word('vat')} ${d.rate(v.rate, 'vatRate')}`,
          d.money(v.amount, tt.vat.length === 1 ? 'taxTotal' : 'vatAmount'),
        ),
      )
      .join('');
    const rounded = tt.rounding !== 0;
    const totals = `${row(d.label('grossTotal'), d.money(tt.gross, rounded ? undefined : 'grossTotal', { total: true }), 'b')}${rounded ? row(d.label('rounding'), d.money(tt.rounding)) + row(d.L.other('grossTotal'), d.money(tt.due, 'grossTotal', { total: true }), 'b') : ''}${vat}${row(d.label('netTotal'), d.money(tt.net, 'netTotal'))}`;
    const pay = inv.receipt
      ? row(
          d.label(inv.payment.method === 'card' ? 'paidCard' : 'cash'),
          d.money(inv.receipt.tendered),
        )
      : '';
    const hr = `<div style="border-top:1px dashed #000;margin:2mm 0"></div>`;
    const body = [
      head,
      `<div class="center b" style="margin:2mm 0">${d.title()}</div>`,
      meta,
      hr,
      items,
      hr,
      totals,
      pay,
      hr,
      `<div class="center small">${inv.notes.map(esc).join('<br>')}</div>`,
    ].join('');
    return {
      pages: [body],
      css: '.page{padding:4mm 3mm!important}',
      page: d.rng.chance(0.7) ? 'receipt80' : 'receipt58',
    };
  },
};
