// The export API's shared shapes: what an export reads, what it returns, and why it refused.
// Exports are pure: bytes in, bytes out; the caller downloads, zips or stores them.
import type { StoredBinary } from '../domain/binary.ts';
import type { InvoiceDocument } from '../domain/document.ts';
import type { Invoice } from '../domain/invoice.ts';

/** Spreadsheet and data formats: every invoice exports, empty fields stay empty. */
export type TableFormat = 'csv' | 'xlsx' | 'json';
/** Accounting imports: refused when a booking cannot be made (no total, no VAT split, …). */
export type AccountingFormat = 'datev' | 'quickbooks' | 'xero';
/** E-invoices: refused unless the invoice passes EN 16931 and the format's own rules. */
export type EInvoiceFormat = 'ubl' | 'cii' | 'xrechnung-ubl' | 'xrechnung-cii' | 'facturx';
export type ExportFormat = TableFormat | AccountingFormat | EInvoiceFormat;

/** One invoice to export: the document record, its (reviewed) invoice and optionally its files. */
export interface ExportInput {
  readonly document: InvoiceDocument;
  readonly invoice: Invoice;
  /** The captured file: the base of a Factur-X PDF, and added to zips. */
  readonly original?: StoredBinary;
  /** The rendered pages (JPEG or PNG, page order): Factur-X for photos, scans and XML. */
  readonly pageImages?: readonly StoredBinary[];
}

/** A reason an export was refused, pointing at the invoice model paths to fix in review. */
export interface MissingField {
  /** The first model path, e.g. "buyerReference" or "lines[0].unitCode" ('' for the file itself). */
  readonly field: string;
  /** Every model path the rule concerns. */
  readonly fields: readonly string[];
  /** A sentence for the bookkeeper. */
  readonly message: string;
  /** Rule id: "BR-DE-15", "PEPPOL-EN16931-R020", "BR-CO-15", or an app check like "EXPORT-DECIMALS". */
  readonly ruleId: string;
}

export interface ExportFile {
  readonly ok: true;
  readonly filename: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array;
  /** What the user should know although the file was written (e.g. characters replaced). */
  readonly warnings: readonly string[];
}

export interface ExportRefusal {
  readonly ok: false;
  readonly missing: readonly MissingField[];
}

export type ExportResult = ExportFile | ExportRefusal;

export function refusal(missing: readonly MissingField[]): ExportRefusal {
  return { ok: false, missing };
}

export function missingField(
  ruleId: string,
  fields: string | readonly string[],
  message: string,
): MissingField {
  const list = typeof fields === 'string' ? [fields] : fields;
  return { field: list[0] ?? '', fields: list, message, ruleId };
}

/** What a format writer produces; the caller names the file. */
export interface FileContent {
  readonly bytes: Uint8Array;
  readonly mimeType: string;
  readonly warnings: readonly string[];
}

/** One invoice a multi-invoice export could not take, and why. */
export interface DocumentRefusal {
  readonly documentId: string;
  readonly name: string;
  readonly missing: readonly MissingField[];
}

/** Accounting imports refuse the whole file when any invoice cannot be booked. */
export type AccountingResult =
  | { readonly ok: true; readonly content: FileContent }
  | { readonly ok: false; readonly refused: readonly DocumentRefusal[] };

export function documentRefusal(
  input: ExportInput,
  missing: readonly MissingField[],
): DocumentRefusal {
  return { documentId: input.document.id, name: input.document.name, missing };
}
