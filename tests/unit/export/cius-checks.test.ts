// Peppol BIS 3.0 and XRechnung 3.0 refusals: each rule broken alone on an otherwise valid invoice
// must come back as a missing field with the rule id of the official validators.
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
  [
    'ubl',
    'PEPPOL-EN16931-R010',
    'buyer.electronicAddress',
    (i) => ({ ...i, buyer: { ...buyer, electronicAddress: undefined } }),
  ],
  [
    'ubl',
    'PEPPOL-EN16931-R020',
    'seller.electronicAddress',
    (i) => ({ ...i, seller: { ...seller, electronicAddress: undefined } }),
  ],
  [
    'ubl',
    'PEPPOL-EN16931-R003',
    'buyerReference',
    (i) => ({ ...i, buyerReference: undefined, purchaseOrder: undefined }),
  ],
  [
    'ubl',
    'PEPPOL-EN16931-R120',
    'lines[1].lineTotal',
    (i) => ({
      ...i,
      lines: [i.lines[0]!, { ...i.lines[1]!, unitPrice: '2.50' }, ...i.lines.slice(2)],
    }),
  ],
  [
    'ubl',
    'PEPPOL-EN16931-R121',
    'lines[0].priceBaseQuantity',
    withLine({ priceBaseQuantity: '0' }),
  ],
  [
    'ubl',
    'PEPPOL-COMMON-R040',
    'seller.identifiers[0].value',
    (i) => ({
      ...i,
      seller: { ...seller, identifiers: [{ value: '4000001123453', scheme: '0088' }] },
    }),
  ],
  [
    'ubl',
    'PEPPOL-EN16931-R061',
    'payment.mandateId',
    (i) => ({ ...i, payment: { ...payment, meansCode: '59', accounts: [] } }),
  ],
  ['xrechnung-ubl', 'BR-DE-15', 'buyerReference', (i) => ({ ...i, buyerReference: undefined })],
  ['xrechnung-ubl', 'BR-DE-1', 'payment.meansCode', (i) => ({ ...i, payment: undefined })],
  [
    'xrechnung-ubl',
    'BR-DE-5',
    'seller.contact.name',
    (i) => ({ ...i, seller: { ...seller, contact: { ...seller.contact, name: undefined } } }),
  ],
  [
    'xrechnung-ubl',
    'BR-DE-6',
    'seller.contact.phone',
    (i) => ({ ...i, seller: { ...seller, contact: { ...seller.contact, phone: undefined } } }),
  ],
  [
    'xrechnung-ubl',
    'BR-DE-7',
    'seller.contact.email',
    (i) => ({ ...i, seller: { ...seller, contact: { ...seller.contact, email: undefined } } }),
  ],
  [
    'xrechnung-ubl',
    'BR-DE-3',
    'seller.address.city',
    (i) => ({ ...i, seller: { ...seller, address: { ...seller.address!, city: undefined } } }),
  ],
  [
    'xrechnung-ubl',
    'BR-DE-4',
    'seller.address.postalCode',
    (i) => ({
      ...i,
      seller: { ...seller, address: { ...seller.address!, postalCode: undefined } },
    }),
  ],
  [
    'xrechnung-ubl',
    'BR-DE-8',
    'buyer.address.city',
    (i) => ({ ...i, buyer: { ...buyer, address: { ...buyer.address!, city: undefined } } }),
  ],
  [
    'xrechnung-ubl',
    'BR-DE-9',
    'buyer.address.postalCode',
    (i) => ({ ...i, buyer: { ...buyer, address: { ...buyer.address!, postalCode: undefined } } }),
  ],
  [
    'xrechnung-ubl',
    'BR-DE-11',
    'deliverTo.address.postalCode',
    (i) => ({ ...i, deliverTo: { address: { lines: [], city: 'Bremen', countryCode: 'DE' } } }),
  ],
  [
    'xrechnung-ubl',
    'BR-DE-14',
    'vatBreakdown[0].rate',
    (i) => ({
      ...i,
      vatBreakdown: [{ ...i.vatBreakdown[0]!, rate: undefined }, i.vatBreakdown[1]!],
    }),
  ],
  [
    'xrechnung-ubl',
    'BR-DE-16',
    'seller.vatId',
    (i) => ({ ...i, seller: { ...seller, vatId: undefined, taxRegistrationId: undefined } }),
  ],
  [
    'xrechnung-ubl',
    'BR-DE-18',
    'paymentTerms',
    (i) => ({ ...i, paymentTerms: '#SKONTO#TAGE=14#PROZENT=2#' }),
  ],
  [
    'xrechnung-ubl',
    'XRECHNUNG-BT-34',
    'seller.electronicAddress',
    (i) => ({ ...i, seller: { ...seller, electronicAddress: undefined } }),
  ],
  [
    'xrechnung-cii',
    'XRECHNUNG-BT-49',
    'buyer.electronicAddress',
    (i) => ({ ...i, buyer: { ...buyer, electronicAddress: undefined } }),
  ],
  [
    'xrechnung-cii',
    'BR-DE-23-a',
    'payment.accounts',
    (i) => ({ ...i, payment: { ...payment, meansCode: '30', accounts: [] } }),
  ],
  [
    'xrechnung-cii',
    'BR-DE-30',
    'payment.creditorId',
    (i) => ({
      ...i,
      payment: { ...payment, mandateId: 'M-1', debitedAccount: 'DE75512108001245126199' },
    }),
  ],
  [
    'xrechnung-cii',
    'BR-DE-31',
    'payment.debitedAccount',
    (i) => ({ ...i, payment: { ...payment, mandateId: 'M-1', creditorId: 'DE98ZZZ09999999999' } }),
  ],
  [
    'xrechnung-cii',
    'BR-DE-24-a',
    'payment.cardLastDigits',
    (i) => ({ ...i, payment: { ...payment, meansCode: '54', accounts: [] } }),
  ],
];

describe('Peppol and XRechnung refusals', () => {
  it.each(cases)('%s: %s for %s', (format, ruleId, field, change) => {
    const problems = eInvoiceProblems(format, change(richInvoice()));
    expect(problems).toContainEqual(expect.objectContaining({ ruleId, field }));
  });

  it('says what the Leitweg-ID is, in words a bookkeeper understands', () => {
    const [problem] = eInvoiceProblems('xrechnung-cii', { ...rich, buyerReference: '' });
    expect(problem).toEqual({
      field: 'buyerReference',
      fields: ['buyerReference'],
      ruleId: 'BR-DE-15',
      message:
        'The buyer reference (Leitweg-ID) is missing; public buyers in Germany give it in their order.',
    });
  });
  it('accepts a correct XRechnung discount line in the payment terms', () => {
    const terms = 'Zahlbar in 30 Tagen.\n#SKONTO#TAGE=14#PROZENT=2.00#';
    expect(eInvoiceProblems('xrechnung-cii', { ...rich, paymentTerms: terms })).toEqual([]);
  });
  it('does not apply Peppol and XRechnung rules to plain CII', () => {
    const plain = {
      ...rich,
      buyerReference: undefined,
      buyer: { ...buyer, electronicAddress: undefined },
    };
    expect(eInvoiceProblems('cii', plain)).toEqual([]);
  });
});
