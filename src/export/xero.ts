// Xero bills import (Business → Bills to pay → Import): Xero's bill template, one row per bill
// line; rows with the same contact and invoice number become one draft bill. Amounts exclude tax
// (choose "Tax exclusive" when importing); columns marked * are required by Xero.
import {
  bookingBasics,
  bookingLines,
  isCreditNote,
  lookupRate,
  rateKey,
  sellerName,
  type BookingLine,
} from './accounting.ts';
import { accountingText } from './accounting-text.ts';
import { csvText, emptyCell, textCell, type CsvCell } from './csv-encode.ts';
import {
  documentRefusal,
  missingField,
  type AccountingResult,
  type ExportInput,
  type MissingField,
} from './export-types.ts';
import { formatDate, isIsoDate, type DateFormat } from './format-values.ts';
import { encodeText } from './text-encoding.ts';

export interface XeroOptions {
  /** Expense account code from the Xero chart of accounts. */
  readonly accountCode: string;
  /** Xero tax rate names keyed like "S:20" or "E" (see accounting.ts rateKey). */
  readonly taxTypes: Readonly<Record<string, string>>;
  /** Used for lines whose VAT has no entry in taxTypes; empty refuses such invoices. */
  readonly defaultTaxType: string;
  /** The organisation's date format (DD/MM/YYYY in the UK, AU, NZ; MM/DD/YYYY in the US). */
  readonly dateFormat: DateFormat;
}

export const defaultXeroOptions: XeroOptions = {
  accountCode: '429',
  taxTypes: {
    'S:20': '20% (VAT on Expenses)',
    'S:5': '5% (VAT on Expenses)',
    'S:0': 'Zero Rated Expenses',
    Z: 'Zero Rated Expenses',
    E: 'Exempt Expenses',
    O: 'No VAT',
  },
  defaultTaxType: '',
  dateFormat: 'DD/MM/YYYY',
};

export const xeroHeader: readonly string[] = [
  '*ContactName',
  'EmailAddress',
  'POAddressLine1',
  'POAddressLine2',
  'POAddressLine3',
  'POAddressLine4',
  'POCity',
  'PORegion',
  'POPostalCode',
  'POCountry',
  '*InvoiceNumber',
  '*InvoiceDate',
  '*DueDate',
  'Total',
  'InventoryItemCode',
  'Description',
  '*Quantity',
  '*UnitAmount',
  '*AccountCode',
  '*TaxType',
  'TaxAmount',
  'TrackingName1',
  'TrackingOption1',
  'TrackingName2',
  'TrackingOption2',
  'Currency',
];

const taxTypeOf = (line: BookingLine, o: XeroOptions) =>
  lookupRate(o.taxTypes, line.vatCategory, line.vatRate) ?? (o.defaultTaxType || undefined);

function billRows(input: ExportInput, o: XeroOptions): CsvCell[][] {
  const { invoice } = input;
  const seller = invoice.seller;
  const street = seller?.address?.lines ?? [];
  const text = (value: string | undefined, max = 255) => textCell(accountingText(value, max));
  const date = (iso: string | undefined) => textCell(formatDate(iso, o.dateFormat));
  return bookingLines(invoice).map((line) => [
    text(sellerName(invoice)),
    text(seller?.contact?.email),
    ...[0, 1, 2, 3].map((i) => text(street[i])),
    text(seller?.address?.city),
    text(seller?.address?.countrySubdivision),
    text(seller?.address?.postalCode),
    text(seller?.address?.countryCode),
    text(invoice.invoiceNumber),
    date(invoice.issueDate),
    date(invoice.dueDate),
    emptyCell,
    emptyCell,
    text(line.description, 4000),
    { kind: 'number', text: line.quantity },
    { kind: 'number', text: line.unitAmount },
    textCell(o.accountCode),
    textCell(taxTypeOf(line, o)),
    line.taxAmount === undefined ? emptyCell : { kind: 'number', text: line.taxAmount },
    emptyCell,
    emptyCell,
    emptyCell,
    emptyCell,
    textCell(invoice.currency),
  ]);
}

function refusals(input: ExportInput, o: XeroOptions): MissingField[] {
  const { invoice } = input;
  const missing = bookingBasics(invoice);
  if (!isIsoDate(invoice.dueDate)) {
    missing.push(missingField('XERO-DUE-DATE', 'dueDate', 'Xero needs a due date for every bill.'));
  }
  if (isCreditNote(invoice)) {
    const text = 'This is a credit note; the Xero bill import takes bills only.';
    missing.push(missingField('XERO-CREDIT-NOTE', 'documentType', text));
  }
  const lines = bookingLines(invoice);
  if (lines.length === 0) {
    const text = 'The invoice has neither lines nor a VAT breakdown to book.';
    missing.push(missingField('BR-16', ['lines', 'vatBreakdown'], text));
  }
  const unmapped = new Set(
    lines.filter((l) => !taxTypeOf(l, o)).map((l) => rateKey(l.vatCategory, l.vatRate)),
  );
  for (const key of unmapped) {
    const text = key
      ? `No Xero tax rate is set for VAT "${key}"; add one in the Xero export settings.`
      : 'Some lines have no VAT rate, and no default Xero tax rate is set.';
    missing.push(missingField('XERO-TAX-TYPE', 'vatBreakdown', text));
  }
  return missing;
}

export function exportXero(
  inputs: readonly ExportInput[],
  options: Partial<XeroOptions> = {},
): AccountingResult {
  const o = { ...defaultXeroOptions, ...options };
  const refused = inputs
    .map((input) => documentRefusal(input, refusals(input, o)))
    .filter((r) => r.missing.length > 0);
  if (refused.length > 0) return { ok: false, refused };
  const rows = inputs.flatMap((input) => billRows(input, o));
  const header = xeroHeader.map((label) => textCell(label));
  const { bytes } = encodeText(csvText([header, ...rows], ','), 'utf-8');
  return { ok: true, content: { bytes, mimeType: 'text/csv;charset=utf-8', warnings: [] } };
}
