// Valid model invoices for the rule tests, and small helpers that break exactly one thing.
import type {
  AllowanceCharge,
  Invoice,
  InvoiceLine,
  InvoiceTotals,
  VatBreakdown,
  VatCategoryCode,
} from '../../../../src/domain/invoice.ts';

/** A standard-rated invoice that satisfies every rule the app checks. */
export function validInvoice(): Invoice {
  return {
    specification: 'urn:cen.eu:en16931:2017',
    documentType: '380',
    invoiceNumber: 'INV-1',
    issueDate: '2024-01-10',
    dueDate: '2024-02-09',
    currency: 'EUR',
    period: { start: '2024-01-01', end: '2024-01-31' },
    seller: {
      name: 'Seller GmbH',
      vatId: 'DE123456789',
      address: { lines: ['Street 1'], city: 'Berlin', postalCode: '10115', countryCode: 'DE' },
    },
    buyer: { name: 'Buyer AG', vatId: 'DE987654321', address: { lines: [], countryCode: 'DE' } },
    allowancesCharges: [
      { isCharge: false, amount: '10.00', vatCategory: 'S', vatRate: '19', reason: 'Discount' },
      { isCharge: true, amount: '5.00', vatCategory: 'S', vatRate: '19', reasonCode: 'FC' },
    ],
    totals: {
      lineTotal: '300.00',
      allowanceTotal: '10.00',
      chargeTotal: '5.00',
      netTotal: '295.00',
      taxTotal: '56.05',
      grossTotal: '351.05',
      prepaid: '50.00',
      rounding: '-0.05',
      amountDue: '301.00',
    },
    vatBreakdown: [{ category: 'S', rate: '19', taxableAmount: '295.00', taxAmount: '56.05' }],
    lines: [
      {
        id: '1',
        name: 'Widget',
        quantity: '10',
        unitCode: 'C62',
        unitPrice: '20.00',
        grossPrice: '21.00',
        lineTotal: '200.00',
        vatCategory: 'S',
        vatRate: '19',
        allowancesCharges: [
          { isCharge: false, amount: '0.00', reason: 'Promo' },
          { isCharge: true, amount: '0.00', reasonCode: 'ABL' },
        ],
      },
      {
        id: '2',
        name: 'Service',
        quantity: '2',
        unitCode: 'HUR',
        unitPrice: '50.00',
        lineTotal: '100.00',
        vatCategory: 'S',
        vatRate: '19',
        period: { start: '2024-01-01', end: '2024-01-31' },
      },
    ],
  };
}

const exemption: Partial<Record<VatCategoryCode, Partial<VatBreakdown>>> = {
  E: { exemptionReason: 'Exempt under Article 132' },
  AE: { exemptionReasonCode: 'VATEX-EU-AE', exemptionReason: 'Reverse charge' },
};

/** The same invoice with every item in a zero-VAT category (Z, E or AE). */
export function validZeroVatInvoice(category: 'Z' | 'E' | 'AE'): Invoice {
  const base = validInvoice();
  return {
    ...base,
    allowancesCharges: (base.allowancesCharges ?? []).map((ac) => ({
      ...ac,
      vatCategory: category,
      vatRate: '0',
    })),
    lines: base.lines.map((line) => ({ ...line, vatCategory: category, vatRate: '0' })),
    vatBreakdown: [
      { category, rate: '0', taxableAmount: '295.00', taxAmount: '0.00', ...exemption[category] },
    ],
    totals: { ...base.totals, taxTotal: '0.00', grossTotal: '295.00', amountDue: '244.95' },
  };
}

export function withLine(invoice: Invoice, index: number, patch: Partial<InvoiceLine>): Invoice {
  return { ...invoice, lines: invoice.lines.map((l, i) => (i === index ? { ...l, ...patch } : l)) };
}

export function withAllowanceCharge(
  invoice: Invoice,
  index: number,
  patch: Partial<AllowanceCharge>,
): Invoice {
  const items = invoice.allowancesCharges ?? [];
  return {
    ...invoice,
    allowancesCharges: items.map((ac, i) => (i === index ? { ...ac, ...patch } : ac)),
  };
}

export function withLineAllowanceCharge(
  invoice: Invoice,
  index: number,
  patch: Partial<AllowanceCharge>,
): Invoice {
  const items = invoice.lines[0]?.allowancesCharges ?? [];
  return withLine(invoice, 0, {
    allowancesCharges: items.map((ac, i) => (i === index ? { ...ac, ...patch } : ac)),
  });
}

export function withRow(invoice: Invoice, index: number, patch: Partial<VatBreakdown>): Invoice {
  return {
    ...invoice,
    vatBreakdown: invoice.vatBreakdown.map((r, i) => (i === index ? { ...r, ...patch } : r)),
  };
}

export function withTotals(invoice: Invoice, patch: Partial<InvoiceTotals>): Invoice {
  return { ...invoice, totals: { ...invoice.totals, ...patch } };
}
