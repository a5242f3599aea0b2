// E-invoices are refused, never written invalid: each mandatory field, removed from an otherwise
// valid invoice, must come back as a missing field with the rule id the official validators use.
import { describe, expect, it } from 'vitest';
import type { Invoice } from '../../../src/domain/invoice.ts';
import { eInvoiceProblems } from '../../../src/export/einvoice.ts';
import type { EInvoiceFormat } from '../../../src/export/export-types.ts';
import { richInvoice } from './export-fixtures.ts';

type Change = (invoice: Invoice) => Invoice;

const rich = richInvoice();
const seller = rich.seller!;
const buyer = rich.buyer!;
const payment = rich.payment!;
const line0 = rich.lines[0]!;
const withLine =
  (change: Partial<typeof line0>): Change =>
  (i) => ({
    ...i,
    lines: [{ ...line0, ...change }, ...i.lines.slice(1)],
  });

/** [format, rule id, field, change]: the change alone makes the invoice invalid for the format. */
const cases: readonly [EInvoiceFormat, string, string, Change][] = [
  ['cii', 'BR-02', 'invoiceNumber', (i) => ({ ...i, invoiceNumber: undefined })],
  ['cii', 'BR-03', 'issueDate', (i) => ({ ...i, issueDate: undefined })],
  ['cii', 'BR-04', 'documentType', (i) => ({ ...i, documentType: undefined })],
  ['cii', 'BR-05', 'currency', (i) => ({ ...i, currency: undefined })],
  ['cii', 'BR-06', 'seller.name', (i) => ({ ...i, seller: { ...seller, name: undefined } })],
  ['cii', 'BR-07', 'buyer.name', (i) => ({ ...i, buyer: { ...buyer, name: undefined } })],
  ['cii', 'BR-08', 'seller.address', (i) => ({ ...i, seller: { ...seller, address: undefined } })],
  ['cii', 'BR-10', 'buyer.address', (i) => ({ ...i, buyer: { ...buyer, address: undefined } })],
  [
    'cii',
    'BR-13',
    'totals.netTotal',
    (i) => ({ ...i, totals: { ...i.totals, netTotal: undefined } }),
  ],
  [
    'cii',
    'BR-14',
    'totals.grossTotal',
    (i) => ({ ...i, totals: { ...i.totals, grossTotal: undefined } }),
  ],
  [
    'cii',
    'BR-15',
    'totals.amountDue',
    (i) => ({ ...i, totals: { ...i.totals, amountDue: undefined } }),
  ],
  ['cii', 'BR-16', 'lines', (i) => ({ ...i, lines: [] })],
  ['cii', 'BR-22', 'lines[0].quantity', withLine({ quantity: undefined })],
  ['cii', 'BR-23', 'lines[0].unitCode', withLine({ unitCode: undefined })],
  ['cii', 'BR-25', 'lines[0].name', withLine({ name: undefined })],
  ['cii', 'BR-26', 'lines[0].unitPrice', withLine({ unitPrice: undefined })],
  ['cii', 'BR-CO-04', 'lines[0].vatCategory', withLine({ vatCategory: undefined })],
  [
    'cii',
    'BR-CO-15',
    'totals.grossTotal',
    (i) => ({ ...i, totals: { ...i.totals, grossTotal: '262.60', amountDue: '262.60' } }),
  ],
  [
    'cii',
    'BR-62',
    'seller.electronicAddress',
    (i) => ({ ...i, seller: { ...seller, electronicAddress: { value: 'x@y.example' } } }),
  ],
  [
    'cii',
    'BR-64',
    'lines[0].standardItemId.scheme',
    withLine({ standardItemId: { value: '4012345001235' } }),
  ],
  ['cii', 'BR-61', 'payment.accounts', (i) => ({ ...i, payment: { ...payment, accounts: [] } })],
  ['cii', 'BR-DEC', 'lines[0].lineTotal', withLine({ lineTotal: '94.001' })],
  [
    'cii',
    'EXPORT-NUMBER',
    'totals.netTotal',
    (i) => ({ ...i, totals: { ...i.totals, netTotal: '225,20' } }),
  ],
  ['cii', 'EXPORT-DATE', 'dueDate', (i) => ({ ...i, dueDate: '2024-02-30' })],
  ['cii', 'BR-CL-04', 'currency', (i) => ({ ...i, currency: 'Euro' })],
  ['cii', 'BR-CL-23', 'lines[0].unitCode', withLine({ unitCode: 'Stück' })],
  ['cii', 'EXPORT-GROSS-PRICE', 'lines[0].grossPrice', withLine({ grossPrice: '4.00' })],
  [
    'cii',
    'EXPORT-VAT-CATEGORY',
    'vatBreakdown',
    (i) => ({ ...i, lines: i.lines.map((l) => ({ ...l, vatCategory: 'L' as const })) }),
  ],
];

describe('e-invoice refusals', () => {
  it('start from an invoice every format accepts', () => {
    for (const format of ['ubl', 'cii', 'xrechnung-ubl', 'xrechnung-cii', 'facturx'] as const) {
      expect(eInvoiceProblems(format, rich)).toEqual([]);
    }
  });

  it.each(cases)('%s: %s for %s', (format, ruleId, field, change) => {
    const problems = eInvoiceProblems(format, change(richInvoice()));
    expect(problems).toContainEqual(expect.objectContaining({ ruleId, field }));
    expect(problems.every((p) => p.message.length > 10)).toBe(true);
  });
});
