// The export API the UI calls: which formats exist, what an invoice still lacks for one, and the
// export itself. XLSX and Factur-X load their libraries only when used (dynamic import).
import type { CsvOptions } from './csv.ts';
import { exportCsv } from './csv.ts';
import { exportDatev, type DatevOptions } from './datev.ts';
import { eInvoiceProblems, eInvoiceXml } from './einvoice.ts';
import type {
  AccountingFormat,
  AccountingResult,
  EInvoiceFormat,
  ExportFormat,
  ExportInput,
  ExportResult,
  FileContent,
  MissingField,
} from './export-types.ts';
import { missingField, refusal } from './export-types.ts';
import type { FacturXOptions } from './facturx.ts';
import { facturXSource, noFacturXSource } from './facturx-source.ts';
import { invoiceFileName } from './filenames.ts';
import { exportJson } from './json.ts';
import { exportQuickBooks, type QuickBooksOptions } from './quickbooks.ts';
import type { XlsxOptions } from './xlsx.ts';
import { exportXero, type XeroOptions } from './xero.ts';

/** Per-format settings (plain data the UI can save) and a clock for reproducible files. */
export interface ExportOptions {
  readonly csv?: Partial<CsvOptions>;
  readonly xlsx?: Partial<XlsxOptions>;
  readonly datev?: Partial<Omit<DatevOptions, 'now'>>;
  readonly quickbooks?: Partial<QuickBooksOptions>;
  readonly xero?: Partial<XeroOptions>;
  readonly facturx?: Partial<Omit<FacturXOptions, 'now'>>;
  readonly now?: Date;
}

export interface ExportFormatInfo {
  readonly id: ExportFormat;
  readonly label: { readonly en: string; readonly de: string };
  readonly extension: string;
  /** 'table' never refuses; 'accounting' needs bookable data; 'einvoice' must pass the rules. */
  readonly kind: 'table' | 'accounting' | 'einvoice';
  /** Several invoices fit in one file (else a batch is a zip of one file per invoice). */
  readonly combinable: boolean;
}

const format = (
  id: ExportFormat,
  en: string,
  de: string,
  extension: string,
  kind: ExportFormatInfo['kind'],
): ExportFormatInfo => ({
  id,
  label: { en, de },
  extension,
  kind,
  combinable: kind !== 'einvoice',
});

export const exportFormats: readonly ExportFormatInfo[] = [
  format('csv', 'CSV spreadsheet', 'CSV-Tabelle', 'csv', 'table'),
  format('xlsx', 'Excel workbook', 'Excel-Arbeitsmappe', 'xlsx', 'table'),
  format('json', 'JSON (full data)', 'JSON (alle Daten)', 'json', 'table'),
  format('datev', 'DATEV Buchungsstapel', 'DATEV-Buchungsstapel', 'csv', 'accounting'),
  format(
    'quickbooks',
    'QuickBooks Online bills',
    'QuickBooks Online (Rechnungen)',
    'csv',
    'accounting',
  ),
  format('xero', 'Xero bills', 'Xero (Rechnungen)', 'csv', 'accounting'),
  format('ubl', 'UBL (Peppol BIS 3.0)', 'UBL (Peppol BIS 3.0)', 'xml', 'einvoice'),
  format('cii', 'CII (EN 16931)', 'CII (EN 16931)', 'xml', 'einvoice'),
  format('xrechnung-ubl', 'XRechnung (UBL)', 'XRechnung (UBL)', 'xml', 'einvoice'),
  format('xrechnung-cii', 'XRechnung (CII)', 'XRechnung (CII)', 'xml', 'einvoice'),
  format('facturx', 'Factur-X / ZUGFeRD PDF', 'Factur-X / ZUGFeRD-PDF', 'pdf', 'einvoice'),
];

export function formatInfo(id: ExportFormat): ExportFormatInfo {
  const info = exportFormats.find((f) => f.id === id);
  if (!info) throw new TypeError(`Unknown export format: ${String(id)}`);
  return info;
}

/** Accounting exports of several invoices: one file, or the invoices that cannot be booked. */
export function exportAccounting(
  id: AccountingFormat,
  inputs: readonly ExportInput[],
  options: ExportOptions,
): AccountingResult {
  if (id === 'datev')
    return exportDatev(inputs, { ...options.datev, now: options.now ?? new Date() });
  if (id === 'quickbooks') return exportQuickBooks(inputs, options.quickbooks);
  return exportXero(inputs, options.xero);
}

/** What the invoice still lacks for this format; empty when it can be exported. */
export function exportProblems(
  id: ExportFormat,
  input: ExportInput,
  options: ExportOptions = {},
): readonly MissingField[] {
  const info = formatInfo(id);
  if (info.kind === 'table') return [];
  if (info.kind === 'accounting') {
    const result = exportAccounting(id as AccountingFormat, [input], options);
    return result.ok ? [] : result.refused.flatMap((r) => r.missing);
  }
  const problems = eInvoiceProblems(id as EInvoiceFormat, input.invoice);
  if (id === 'facturx' && !facturXSource(input)) {
    return [...problems, missingField('FACTURX-PDF', [], noFacturXSource)];
  }
  return problems;
}

function file(content: FileContent, filename: string): ExportResult {
  return { ok: true, filename, ...content };
}

/** One invoice in one format: a file, or the fields to fix first. */
export async function exportInvoice(
  id: ExportFormat,
  input: ExportInput,
  options: ExportOptions = {},
): Promise<ExportResult> {
  const info = formatInfo(id);
  const name = invoiceFileName(input, info.extension);
  const now = options.now ?? new Date();
  switch (id) {
    case 'csv':
      return file(exportCsv([input], options.csv), name);
    case 'json':
      return file(exportJson([input], { now }), name);
    case 'xlsx': {
      const { exportXlsx } = await import('./xlsx.ts');
      return file(await exportXlsx([input], options.xlsx), name);
    }
    case 'datev':
    case 'quickbooks':
    case 'xero': {
      const result = exportAccounting(id, [input], options);
      if (!result.ok) return refusal(result.refused.flatMap((r) => r.missing));
      return file(result.content, id === 'datev' ? `EXTF_${name}` : name);
    }
    case 'facturx': {
      const { exportFacturX } = await import('./facturx.ts');
      const result = await exportFacturX(input, { ...options.facturx, now });
      return result.ok ? file(result.content, name) : refusal(result.missing);
    }
    default: {
      const result = eInvoiceXml(id, input.invoice);
      if (!result.ok) return refusal(result.missing);
      const bytes = new TextEncoder().encode(result.xml);
      return file({ bytes, mimeType: 'application/xml', warnings: result.warnings }, name);
    }
  }
}
