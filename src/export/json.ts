// The full invoice model as versioned JSON (schemas/invoice.schema.json describes it). Amounts stay
// decimal strings and dates ISO strings, exactly as the model holds them, so nothing is rounded.
import type { InvoiceDocument, ReviewStatus } from '../domain/document.ts';
import type { Invoice } from '../domain/invoice.ts';
import type { ExportInput, FileContent } from './export-types.ts';

export const invoiceJsonFormat = 'invoice-capture/invoice';
export const invoiceListJsonFormat = 'invoice-capture/invoices';
/** Raised on any change that an older reader would misread; additions keep the version. */
export const invoiceJsonVersion = 1;

export interface DocumentJson {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly mimeType: string;
  readonly size: number;
  readonly sha256: string;
  /** ISO 8601 timestamp (UTC). */
  readonly addedAt: string;
  readonly pageCount?: number;
  readonly review?: { readonly status: ReviewStatus; readonly at: string };
}

export interface InvoiceJsonEntry {
  readonly document: DocumentJson;
  readonly invoice: Invoice;
}

export interface InvoiceJson extends InvoiceJsonEntry {
  readonly format: typeof invoiceJsonFormat;
  readonly version: typeof invoiceJsonVersion;
  readonly exportedAt: string;
}

export interface InvoiceListJson {
  readonly format: typeof invoiceListJsonFormat;
  readonly version: typeof invoiceJsonVersion;
  readonly exportedAt: string;
  readonly invoices: readonly InvoiceJsonEntry[];
}

export interface JsonOptions {
  /** Several invoices as one list file; a single invoice is written on its own otherwise. */
  readonly list: boolean;
  readonly now: Date;
}

export function documentJson(document: InvoiceDocument): DocumentJson {
  return {
    id: document.id,
    name: document.name,
    kind: document.kind,
    mimeType: document.mimeType,
    size: document.size,
    sha256: document.sha256,
    addedAt: new Date(document.addedAt).toISOString(),
    ...(document.pageCount === undefined ? {} : { pageCount: document.pageCount }),
    ...(document.review
      ? {
          review: {
            status: document.review.status,
            at: new Date(document.review.at).toISOString(),
          },
        }
      : {}),
  };
}

export function invoiceJson(input: ExportInput, now: Date): InvoiceJson {
  return {
    format: invoiceJsonFormat,
    version: invoiceJsonVersion,
    exportedAt: now.toISOString(),
    document: documentJson(input.document),
    invoice: input.invoice,
  };
}

export function invoiceListJson(inputs: readonly ExportInput[], now: Date): InvoiceListJson {
  return {
    format: invoiceListJsonFormat,
    version: invoiceJsonVersion,
    exportedAt: now.toISOString(),
    invoices: inputs.map((input) => ({
      document: documentJson(input.document),
      invoice: input.invoice,
    })),
  };
}

export function exportJson(
  inputs: readonly ExportInput[],
  options: Partial<JsonOptions> = {},
): FileContent {
  const now = options.now ?? new Date();
  const [first] = inputs;
  const value =
    !options.list && inputs.length === 1 && first
      ? invoiceJson(first, now)
      : invoiceListJson(inputs, now);
  const bytes = new TextEncoder().encode(JSON.stringify(value, null, 2) + '\n');
  return { bytes, mimeType: 'application/json', warnings: [] };
}
