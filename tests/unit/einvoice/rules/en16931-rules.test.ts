// Table-driven: each rule fires on an invoice broken in exactly that way and not on a valid one.
import { describe, expect, it } from 'vitest';
import type { Invoice } from '../../../../src/domain/invoice.ts';
import { validateEn16931 } from '../../../../src/domain/rules/validate-en16931.ts';
import {
  validInvoice,
  validZeroVatInvoice,
  withAllowanceCharge,
  withLine,
  withLineAllowanceCharge,
  withRow,
  withTotals,
} from './invoice-factory.ts';

type Break = (invoice: Invoice) => Invoice;

const valid = validInvoice();
const rep = { name: 'Rep Ltd', vatId: 'DE111', address: { lines: [], countryCode: 'DE' } };

const standardCases: readonly (readonly [ruleId: string, broken: Break])[] = [
  ['BR-01', (i) => ({ ...i, specification: undefined })],
  ['BR-02', (i) => ({ ...i, invoiceNumber: ' ' })],
  ['BR-03', (i) => ({ ...i, issueDate: undefined })],
  ['BR-04', (i) => ({ ...i, documentType: undefined })],
  ['BR-05', (i) => ({ ...i, currency: undefined })],
  ['BR-06', (i) => ({ ...i, seller: { ...i.seller, name: undefined } })],
  ['BR-07', (i) => ({ ...i, buyer: { ...i.buyer, name: undefined } })],
  ['BR-08', (i) => ({ ...i, seller: { ...i.seller, address: undefined } })],
  ['BR-09', (i) => ({ ...i, seller: { ...i.seller, address: { lines: ['Street 1'] } } })],
  ['BR-10', (i) => ({ ...i, buyer: { ...i.buyer, address: undefined } })],
  ['BR-11', (i) => ({ ...i, buyer: { ...i.buyer, address: { lines: [] } } })],
  ['BR-12', (i) => withTotals(i, { lineTotal: undefined })],
  ['BR-13', (i) => withTotals(i, { netTotal: undefined })],
  ['BR-14', (i) => withTotals(i, { grossTotal: undefined })],
  ['BR-15', (i) => withTotals(i, { amountDue: undefined })],
  ['BR-16', (i) => ({ ...i, lines: [] })],
  ['BR-17', (i) => ({ ...i, payee: { identifiers: [{ value: 'P-1' }] } })],
  ['BR-18', (i) => ({ ...i, sellerTaxRepresentative: { ...rep, name: undefined } })],
  ['BR-19', (i) => ({ ...i, sellerTaxRepresentative: { ...rep, address: undefined } })],
  ['BR-20', (i) => ({ ...i, sellerTaxRepresentative: { ...rep, address: { lines: ['x'] } } })],
  ['BR-21', (i) => withLine(i, 1, { id: undefined })],
  ['BR-22', (i) => withLine(i, 1, { quantity: undefined })],
  ['BR-23', (i) => withLine(i, 1, { unitCode: undefined })],
  ['BR-24', (i) => withLine(i, 1, { lineTotal: undefined })],
  ['BR-25', (i) => withLine(i, 1, { name: undefined })],
  ['BR-26', (i) => withLine(i, 1, { unitPrice: undefined })],
  ['BR-27', (i) => withLine(i, 0, { unitPrice: '-20.00' })],
  ['BR-28', (i) => withLine(i, 0, { grossPrice: '-1' })],
  ['BR-29', (i) => ({ ...i, period: { start: '2024-02-01', end: '2024-01-31' } })],
  ['BR-30', (i) => withLine(i, 1, { period: { start: '2024-02-01', end: '2024-01-31' } })],
  ['BR-31', (i) => withAllowanceCharge(i, 0, { amount: '' })],
  ['BR-32', (i) => withAllowanceCharge(i, 0, { vatCategory: undefined })],
  ['BR-33', (i) => withAllowanceCharge(i, 0, { reason: undefined })],
  ['BR-36', (i) => withAllowanceCharge(i, 1, { amount: '' })],
  ['BR-37', (i) => withAllowanceCharge(i, 1, { vatCategory: undefined })],
  ['BR-38', (i) => withAllowanceCharge(i, 1, { reasonCode: undefined })],
  ['BR-41', (i) => withLineAllowanceCharge(i, 0, { amount: '' })],
  ['BR-42', (i) => withLineAllowanceCharge(i, 0, { reason: undefined })],
  ['BR-43', (i) => withLineAllowanceCharge(i, 1, { amount: '' })],
  ['BR-44', (i) => withLineAllowanceCharge(i, 1, { reasonCode: undefined })],
  ['BR-45', (i) => withRow(i, 0, { taxableAmount: '' })],
  ['BR-46', (i) => withRow(i, 0, { taxAmount: '' })],
  ['BR-48', (i) => withRow(i, 0, { rate: undefined })],
  ['BR-CO-10', (i) => withTotals(i, { lineTotal: '300.01' })],
  ['BR-CO-11', (i) => withTotals(i, { allowanceTotal: '11.00' })],
  ['BR-CO-11', (i) => withTotals(i, { allowanceTotal: undefined })],
  ['BR-CO-12', (i) => withTotals(i, { chargeTotal: '4.00' })],
  ['BR-CO-13', (i) => withTotals(i, { netTotal: '296.00' })],
  ['BR-CO-14', (i) => withTotals(i, { taxTotal: '56.00' })],
  ['BR-CO-15', (i) => withTotals(i, { grossTotal: '351.00' })],
  ['BR-CO-16', (i) => withTotals(i, { amountDue: '301.05' })],
  ['BR-CO-17', (i) => withRow(i, 0, { taxAmount: '58.05' })],
  ['BR-CO-18', (i) => ({ ...i, vatBreakdown: [] })],
  ['BR-CO-25', (i) => ({ ...i, dueDate: undefined })],
  [
    'BR-CO-26',
    (i) => ({ ...i, seller: { ...i.seller, vatId: undefined, taxRegistrationId: 'X' } }),
  ],
  ['BR-S-01', (i) => ({ ...i, vatBreakdown: [] })],
  ['BR-S-02', (i) => ({ ...i, seller: { ...i.seller, vatId: undefined } })],
  ['BR-S-03', (i) => ({ ...i, seller: { ...i.seller, vatId: undefined } })],
  ['BR-S-04', (i) => ({ ...i, seller: { ...i.seller, vatId: undefined } })],
  ['BR-S-05', (i) => withLine(i, 0, { vatRate: '0' })],
  ['BR-S-06', (i) => withAllowanceCharge(i, 0, { vatRate: undefined })],
  ['BR-S-07', (i) => withAllowanceCharge(i, 1, { vatRate: '0' })],
  ['BR-S-08', (i) => withRow(i, 0, { taxableAmount: '290.00' })],
  ['BR-S-09', (i) => withRow(i, 0, { taxAmount: '50.00' })],
  ['BR-S-10', (i) => withRow(i, 0, { exemptionReason: 'Exempt' })],
];

function zeroVatCases(code: 'Z' | 'E' | 'AE'): readonly (readonly [string, Break])[] {
  const id = (n: string) => `BR-${code}-${n}`;
  const noSellerVat: Break = (i) => ({ ...i, seller: { ...i.seller, vatId: undefined } });
  const cases: (readonly [string, Break])[] = [
    [id('01'), (i) => ({ ...i, vatBreakdown: [] })],
    [id('01'), (i) => ({ ...i, vatBreakdown: [...i.vatBreakdown, ...i.vatBreakdown] })],
    [id('02'), noSellerVat],
    [id('03'), noSellerVat],
    [id('04'), noSellerVat],
    [id('05'), (i) => withLine(i, 0, { vatRate: '19' })],
    [id('06'), (i) => withAllowanceCharge(i, 0, { vatRate: '7' })],
    [id('07'), (i) => withAllowanceCharge(i, 1, { vatRate: undefined })],
    [id('08'), (i) => withRow(i, 0, { taxableAmount: '300.00' })],
    [id('09'), (i) => withRow(i, 0, { taxAmount: '1.00' })],
    code === 'Z'
      ? [id('10'), (i) => withRow(i, 0, { exemptionReason: 'Export' })]
      : [
          id('10'),
          (i) => withRow(i, 0, { exemptionReason: undefined, exemptionReasonCode: undefined }),
        ],
  ];
  if (code === 'AE')
    cases.push([id('02'), (i) => ({ ...i, buyer: { ...i.buyer, vatId: undefined } })]);
  return cases;
}

describe('validateEn16931 on valid invoices', () => {
  it('finds nothing wrong with a valid standard-rated invoice', () => {
    expect(validateEn16931(valid)).toEqual([]);
  });

  it.each(['Z', 'E', 'AE'] as const)('finds nothing wrong with a valid %s invoice', (code) => {
    expect(validateEn16931(validZeroVatInvoice(code))).toEqual([]);
  });
});

describe.each([
  ['standard rate', valid, standardCases],
  ['zero rate', validZeroVatInvoice('Z'), zeroVatCases('Z')],
  ['exempt', validZeroVatInvoice('E'), zeroVatCases('E')],
  ['reverse charge', validZeroVatInvoice('AE'), zeroVatCases('AE')],
] as const)('validateEn16931 rules (%s)', (_name, base, cases) => {
  it.each(cases.map(([ruleId, broken], n) => [ruleId, n, broken] as const))(
    '%s fires on an invoice broken for it (case %i)',
    (ruleId, _n, broken) => {
      const findings = validateEn16931(broken(base));
      expect(findings.map((f) => f.ruleId)).toContain(ruleId);
      const finding = findings.find((f) => f.ruleId === ruleId);
      expect(finding?.message.length).toBeGreaterThan(10);
      expect(finding?.fields.length).toBeGreaterThan(0);
    },
  );
});
