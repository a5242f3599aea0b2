// XLSX with typed cells: dates are dates, amounts are numbers shown with two decimals, text is text
// (a text cell is never run as a formula, so XLSX needs no apostrophes). One sheet of invoices, one
// of lines. Loaded on demand: the UI and the dispatcher `await import()` this module.
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/universal';
import { defaultInvoiceColumns } from '../domain/export-settings.ts';
import {
  columnsFor,
  rowSources,
  type ColumnDef,
  type ColumnId,
  type ColumnLanguage,
  type RowSource,
} from './columns.ts';
import type { ExportInput, FileContent } from './export-types.ts';
import { amountText, canonicalDecimal, utcDate } from './format-values.ts';

export interface XlsxOptions {
  readonly invoiceColumns: readonly (ColumnId | (string & {}))[];
  readonly lineColumns: readonly (ColumnId | (string & {}))[];
  /** Header labels and sheet names. */
  readonly language: ColumnLanguage;
  /** Excel number format of date cells, e.g. "yyyy-mm-dd" or "dd.mm.yyyy". */
  readonly dateFormat: string;
}

export const defaultXlsxOptions: XlsxOptions = {
  // A workbook is also a review record: the default CSV columns and the review status.
  invoiceColumns: [
    ...defaultInvoiceColumns.filter((id) => id !== 'fileName'),
    'reviewStatus',
    'fileName',
  ],
  lineColumns: [
    'invoiceNumber',
    'issueDate',
    'sellerName',
    'currency',
    'lineNumber',
    'lineName',
    'lineDescription',
    'lineQuantity',
    'lineUnit',
    'lineUnitPrice',
    'lineNet',
    'lineVatCategory',
    'lineVatRate',
  ],
  language: 'en',
  dateFormat: 'yyyy-mm-dd',
};

export const xlsxMimeType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const sheetNames: Readonly<Record<ColumnLanguage, readonly [string, string]>> = {
  en: ['Invoices', 'Lines'],
  de: ['Rechnungen', 'Positionen'],
};

const widths: Readonly<Record<ColumnDef['type'], number>> = {
  text: 24,
  amount: 14,
  price: 14,
  quantity: 10,
  rate: 8,
  count: 8,
  date: 12,
};

export function xlsxCell(def: ColumnDef, row: RowSource, dateFormat: string): Cell {
  const raw = def.value(row);
  if (raw === undefined || raw === '') return null;
  if (def.type === 'text') return { value: raw, type: String };
  if (def.type === 'date') {
    const date = utcDate(raw);
    return date ? { value: date, type: Date, format: dateFormat } : { value: raw, type: String };
  }
  const money = def.type === 'amount' || def.type === 'price';
  const decimal = money ? amountText(raw) : canonicalDecimal(raw);
  if (decimal === undefined) return { value: raw, type: String };
  const format =
    def.type === 'amount' ? '#,##0.00' : def.type === 'price' ? '#,##0.00##' : undefined;
  return format
    ? { value: Number(decimal), type: Number, format }
    : { value: Number(decimal), type: Number };
}

function sheetData(defs: readonly ColumnDef[], rows: readonly RowSource[], o: XlsxOptions) {
  const header: Cell[] = defs.map((def) => ({ value: def.label[o.language], fontWeight: 'bold' }));
  const body = rows.map((row) => defs.map((def) => xlsxCell(def, row, o.dateFormat)));
  return [header, ...body] satisfies SheetData;
}

export async function exportXlsx(
  inputs: readonly ExportInput[],
  options: Partial<XlsxOptions> = {},
): Promise<FileContent> {
  const o: XlsxOptions = { ...defaultXlsxOptions, ...options };
  const invoiceDefs = columnsFor(o.invoiceColumns, 'invoice');
  const lineDefs = columnsFor(o.lineColumns, 'line');
  const lineRows = rowSources(inputs, 'line').filter((row) => row.line !== undefined);
  const [invoicesName, linesName] = sheetNames[o.language];
  const blob = await writeXlsxFile([
    {
      sheet: invoicesName,
      data: sheetData(invoiceDefs, rowSources(inputs, 'invoice'), o),
      columns: invoiceDefs.map((def) => ({ width: widths[def.type] })),
      stickyRowsCount: 1,
    },
    {
      sheet: linesName,
      data: sheetData(lineDefs, lineRows, o),
      columns: lineDefs.map((def) => ({ width: widths[def.type] })),
      stickyRowsCount: 1,
    },
  ]).toBlob();
  return { bytes: new Uint8Array(await blob.arrayBuffer()), mimeType: xlsxMimeType, warnings: [] };
}
