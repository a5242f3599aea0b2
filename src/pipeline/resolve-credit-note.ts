// A credit note (381) states its amounts as positive numbers: the document type carries the sign
// (EN 16931, BR-CO rules apply as to an invoice). A page that prints them with minus signs
// ("-233,47 €" on an "Avoir") is read the way its e-invoice would say it.
import type { Decimal, Invoice, InvoiceTotals } from '../domain/invoice.ts';

const negate = (value: Decimal): Decimal =>
  value.startsWith('-') ? value.slice(1) : /^0*(\.0*)?$/.test(value) ? value : `-${value}`;

const positive = (value: Decimal): Decimal => (value.startsWith('-') ? value.slice(1) : value);

function mapped<T extends object>(record: T, keys: readonly (keyof T)[], map: typeof negate): T {
  const copy = { ...record } as Record<keyof T, unknown>;
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'string') copy[key] = map(value);
  }
  return copy as T;
}

const totalKeys: readonly (keyof InvoiceTotals)[] = [
  'lineTotal',
  'allowanceTotal',
  'chargeTotal',
  'netTotal',
  'taxTotal',
  'taxTotalInTaxCurrency',
  'grossTotal',
  'prepaid',
  'rounding',
  'amountDue',
];

export function asCreditNote(invoice: Invoice): Invoice {
  const total = invoice.totals.grossTotal ?? invoice.totals.netTotal;
  if (invoice.documentType !== '381' || !total?.startsWith('-')) return invoice;
  return {
    ...invoice,
    // Totals are never below zero on a credit note (a minus OCR dropped stays dropped); a line
    // may be, as a charge among refunds, so lines change sign.
    totals: mapped(invoice.totals, totalKeys, positive),
    vatBreakdown: invoice.vatBreakdown.map((row) =>
      mapped(row, ['taxableAmount', 'taxAmount'], positive),
    ),
    lines: invoice.lines.map((line) => mapped(line, ['lineTotal'], negate)),
  };
}
