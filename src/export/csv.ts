// Spreadsheet CSV: one row per invoice or per line, the user's columns in the user's order, and the
// delimiter, decimal separator, date format and encoding their spreadsheet or import expects.
import { defaultInvoiceColumns } from '../domain/export-settings.ts';
import { csvText, emptyCell, textCell, type CsvCell } from './csv-encode.ts';
import {
  columnsFor,
  rowSources,
  type ColumnDef,
  type ColumnId,
  type ColumnLanguage,
  type RowSource,
} from './columns.ts';
import type { ExportInput, FileContent } from './export-types.ts';
import {
  amountText,
  canonicalDecimal,
  formatDate,
  localiseDecimal,
  type DateFormat,
  type DecimalSeparator,
} from './format-values.ts';
import { encodeText, replacedWarning, type TextEncoding } from './text-encoding.ts';

export type CsvDelimiter = ',' | ';' | '\t';

/** Plain data, so the UI can save it as a preset. */
export interface CsvOptions {
  readonly rows: 'invoice' | 'line';
  /** Column ids in output order (see columns.ts); unknown ids are skipped. */
  readonly columns: readonly (ColumnId | (string & {}))[];
  readonly delimiter: CsvDelimiter;
  readonly decimalSeparator: DecimalSeparator;
  readonly dateFormat: DateFormat;
  readonly encoding: TextEncoding;
  /** Header row labels: English, German, the column ids, or no header row. */
  readonly header: ColumnLanguage | 'id' | 'none';
}

export interface CsvPreset {
  readonly id: string;
  readonly name: Readonly<Record<ColumnLanguage, string>>;
  readonly options: CsvOptions;
}

const lineColumns: readonly ColumnId[] = [
  'invoiceNumber',
  'issueDate',
  'sellerName',
  'currency',
  'lineNumber',
  'lineName',
  'lineQuantity',
  'lineUnit',
  'lineUnitPrice',
  'lineNet',
  'lineVatRate',
];

export const defaultCsvOptions: CsvOptions = {
  rows: 'invoice',
  columns: defaultInvoiceColumns,
  delimiter: ',',
  decimalSeparator: '.',
  dateFormat: 'YYYY-MM-DD',
  encoding: 'utf-8',
  header: 'en',
};

export const csvPresets: readonly CsvPreset[] = [
  {
    id: 'excel-de',
    name: { en: 'Excel (German)', de: 'Excel (deutsch)' },
    options: {
      ...defaultCsvOptions,
      delimiter: ';',
      decimalSeparator: ',',
      dateFormat: 'DD.MM.YYYY',
      encoding: 'utf-8-bom',
      header: 'de',
    },
  },
  {
    id: 'excel-us',
    name: { en: 'Excel (US)', de: 'Excel (USA)' },
    options: { ...defaultCsvOptions, dateFormat: 'MM/DD/YYYY', encoding: 'utf-8-bom' },
  },
  {
    id: 'data',
    name: { en: 'Data (ISO dates, UTF-8)', de: 'Daten (ISO-Datum, UTF-8)' },
    options: { ...defaultCsvOptions, header: 'id' },
  },
  {
    id: 'data-lines',
    name: { en: 'Invoice lines (ISO, UTF-8)', de: 'Rechnungspositionen (ISO, UTF-8)' },
    options: { ...defaultCsvOptions, rows: 'line', columns: lineColumns, header: 'id' },
  },
];

interface CellFormat {
  readonly decimalSeparator: DecimalSeparator;
  readonly dateFormat: DateFormat;
}

/** One typed cell: numbers and dates only from valid values, anything else as (neutralised) text. */
export function formatCell(def: ColumnDef, row: RowSource, format: CellFormat): CsvCell {
  const raw = def.value(row);
  if (raw === undefined || raw === '') return emptyCell;
  switch (def.type) {
    case 'text':
      return textCell(raw);
    case 'date': {
      const text = formatDate(raw, format.dateFormat);
      return text === undefined ? textCell(raw) : { kind: 'date', text };
    }
    default: {
      const canonical =
        def.type === 'amount' || def.type === 'price' ? amountText(raw) : canonicalDecimal(raw);
      return canonical === undefined
        ? textCell(raw)
        : { kind: 'number', text: localiseDecimal(canonical, format.decimalSeparator) };
    }
  }
}

export function csvTable(inputs: readonly ExportInput[], options: CsvOptions): CsvCell[][] {
  const defs = columnsFor(options.columns, options.rows);
  const body = rowSources(inputs, options.rows).map((row) =>
    defs.map((def) => formatCell(def, row, options)),
  );
  if (options.header === 'none') return body;
  const language = options.header;
  const header = defs.map((def) => textCell(language === 'id' ? def.id : def.label[language]));
  return [header, ...body];
}

export function exportCsv(
  inputs: readonly ExportInput[],
  options: Partial<CsvOptions> = {},
): FileContent {
  const full: CsvOptions = { ...defaultCsvOptions, ...options };
  const text = csvText(csvTable(inputs, full), full.delimiter);
  const { bytes, replaced } = encodeText(text, full.encoding);
  const charset = full.encoding === 'windows-1252' ? 'windows-1252' : 'utf-8';
  return { bytes, mimeType: `text/csv;charset=${charset}`, warnings: replacedWarning(replaced) };
}
