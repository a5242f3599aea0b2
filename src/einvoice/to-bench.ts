// Maps an invoice to the benchmark prediction schema (../shared/bench/README.md): EN 16931 terms,
// seller/buyer name is the registered name (BT-27/BT-44), a line's description is the item name.
import type { Invoice, InvoiceLine } from '../domain/invoice.ts';
import { isZero, parseDecimal } from '../domain/rules/decimal.ts';

export interface BenchLine {
  readonly description: string | null;
  readonly quantity: string | null;
  readonly unitPrice: string | null;
  readonly lineTotal: string | null;
}

export interface BenchPrediction {
  readonly documentType: string | null;
  readonly invoiceNumber: string | null;
  readonly issueDate: string | null;
  readonly dueDate: string | null;
  readonly currency: string | null;
  readonly sellerName: string | null;
  readonly buyerName: string | null;
  readonly sellerVatId: string | null;
  readonly netTotal: string | null;
  readonly taxTotal: string | null;
  readonly grossTotal: string | null;
  readonly lines: readonly BenchLine[];
}

export function toBench(invoice: Invoice): BenchPrediction {
  const { seller, buyer, totals } = invoice;
  return {
    documentType: invoice.documentType ?? null,
    invoiceNumber: invoice.invoiceNumber ?? null,
    issueDate: invoice.issueDate ?? null,
    dueDate: invoice.dueDate ?? null,
    currency: invoice.currency ?? null,
    sellerName: seller?.name ?? seller?.tradingName ?? null,
    buyerName: buyer?.name ?? buyer?.tradingName ?? null,
    // Only a VAT id (BT-31) counts; a local tax number (BT-32) is a different identifier.
    sellerVatId: seller?.vatId ?? null,
    netTotal: totals.netTotal ?? null,
    taxTotal: totals.taxTotal ?? null,
    grossTotal: totals.grossTotal ?? null,
    lines: invoice.lines.filter(isBilledLine).map(toBenchLine),
  };
}

// Information-only lines (a note or section heading: no quantity, no price and nothing billed)
// are not invoice lines on paper; a priced line ordered zero times ("Justificatif Papier 0 × 3,50")
// is.
function isBilledLine(line: InvoiceLine): boolean {
  const billsNothing =
    isZeroOrAbsent(line.lineTotal) &&
    isZeroOrAbsent(line.quantity) &&
    isZeroOrAbsent(line.unitPrice);
  return !billsNothing || (line.lineTotal === undefined && line.name !== undefined);
}

function isZeroOrAbsent(value: string | undefined): boolean {
  const dec = parseDecimal(value);
  return dec === undefined || isZero(dec);
}

function toBenchLine(line: InvoiceLine): BenchLine {
  return {
    description: line.name ?? line.description ?? null,
    quantity: line.quantity ?? null,
    unitPrice: line.unitPrice ?? null,
    lineTotal: line.lineTotal ?? null,
  };
}
