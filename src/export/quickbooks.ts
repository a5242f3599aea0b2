// QuickBooks Online bill import (Import data → Bills): one CSV row per bill line, rows of one bill
// share the bill number. Columns follow Intuit's sample file; QuickBooks asks to map them on import.
import {
  bookingBasics,
  bookingLines,
  isCreditNote,
  lookupRate,
  rateKey,
  sellerName,
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
import { formatDate, type DateFormat } from './format-values.ts';
import { encodeText } from './text-encoding.ts';

export interface QuickBooksOptions {
  /** Expense account name as it appears in the QuickBooks chart of accounts. */
  readonly account: string;
  /** Tax code names keyed like "S:20" or "E" (see accounting.ts rateKey); unmapped → empty. */
  readonly taxCodes: Readonly<Record<string, string>>;
  /** The company's date format (MM/DD/YYYY in the US, DD/MM/YYYY in the UK, CA, AU). */
  readonly dateFormat: DateFormat;
  /** "Supplier" (UK, CA, AU) or "Vendor" (US) in the header row. */
  readonly partyLabel: 'Supplier' | 'Vendor';
}

export const defaultQuickBooksOptions: QuickBooksOptions = {
  account: 'Uncategorized Expense',
  taxCodes: { 'S:20': '20.0% S', 'S:5': '5.0% R', 'S:0': '0.0% Z', Z: '0.0% Z', E: 'Exempt' },
  dateFormat: 'DD/MM/YYYY',
  partyLabel: 'Supplier',
};

export function quickBooksHeader(o: QuickBooksOptions): string[] {
  return [
    'Bill No.',
    o.partyLabel,
    'Bill Date',
    'Due Date',
    'Terms',
    'Location',
    'Memo',
    'Account',
    'Line Description',
    'Line Amount',
    'Line Tax Code',
    'Line Tax Amount',
    'Currency',
  ];
}

function billRows(input: ExportInput, o: QuickBooksOptions, unmapped: Set<string>): CsvCell[][] {
  const { invoice } = input;
  const date = (iso: string | undefined) => textCell(formatDate(iso, o.dateFormat));
  return bookingLines(invoice).map((line) => {
    const taxCode = lookupRate(o.taxCodes, line.vatCategory, line.vatRate);
    if (taxCode === undefined && (line.vatCategory || line.vatRate)) {
      unmapped.add(rateKey(line.vatCategory, line.vatRate));
    }
    return [
      textCell(accountingText(invoice.invoiceNumber, 21)),
      textCell(accountingText(sellerName(invoice), 100)),
      date(invoice.issueDate),
      date(invoice.dueDate),
      emptyCell,
      emptyCell,
      textCell(accountingText(invoice.paymentTerms, 4000)),
      textCell(o.account),
      textCell(accountingText(line.description, 4000)),
      { kind: 'number', text: line.net },
      textCell(taxCode),
      line.taxAmount === undefined ? emptyCell : { kind: 'number', text: line.taxAmount },
      textCell(invoice.currency),
    ];
  });
}

function refusals(input: ExportInput): MissingField[] {
  const missing = bookingBasics(input.invoice);
  if (isCreditNote(input.invoice)) {
    const text =
      'This is a credit note; QuickBooks imports bills only, so enter it as a supplier credit.';
    missing.push(missingField('QBO-CREDIT-NOTE', 'documentType', text));
  }
  if (bookingLines(input.invoice).length === 0) {
    const text = 'The invoice has neither lines nor a VAT breakdown to book.';
    missing.push(missingField('BR-16', ['lines', 'vatBreakdown'], text));
  }
  return missing;
}

export function exportQuickBooks(
  inputs: readonly ExportInput[],
  options: Partial<QuickBooksOptions> = {},
): AccountingResult {
  const o = { ...defaultQuickBooksOptions, ...options };
  const refused = inputs
    .map((input) => documentRefusal(input, refusals(input)))
    .filter((r) => r.missing.length > 0);
  if (refused.length > 0) return { ok: false, refused };
  const unmapped = new Set<string>();
  const rows = inputs.flatMap((input) => billRows(input, o, unmapped));
  const header = quickBooksHeader(o).map((label) => textCell(label));
  const { bytes } = encodeText(csvText([header, ...rows], ','), 'utf-8');
  const warnings = [...unmapped].map(
    (key) => `No QuickBooks tax code is set for VAT "${key}"; those lines have an empty tax code.`,
  );
  return { ok: true, content: { bytes, mimeType: 'text/csv;charset=utf-8', warnings } };
}
