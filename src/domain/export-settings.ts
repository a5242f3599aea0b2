// What the user chose for exports, saved with the settings: plain data with the same shapes the
// export engine (src/export) takes, and a sanitiser so a damaged or older record still exports.
import {
  billDateFormats,
  datevCharts,
  defaultDatevSettings,
  defaultQuickBooksSettings,
  defaultXeroSettings,
  isMonthDay,
  normalizeRateKey,
  quickBooksPartyLabels,
  rateKeyProblem,
  type DatevAccountSetting,
  type DatevSettings,
  type QuickBooksSettings,
  type TaxCodeSetting,
  type XeroSettings,
} from './accounting-settings.ts';

/** Every export format id, in the order the dialog offers them. */
export const exportFormatIds = [
  'csv',
  'xlsx',
  'json',
  'datev',
  'quickbooks',
  'xero',
  'ubl',
  'cii',
  'xrechnung-ubl',
  'xrechnung-cii',
  'facturx',
] as const;
export type ExportFormatId = (typeof exportFormatIds)[number];

export const csvRowLayouts = ['invoice', 'line'] as const;
export const csvDelimiters = [',', ';', '\t'] as const;
export const csvDecimalSeparators = ['.', ','] as const;
export const csvDateFormats = [
  'YYYY-MM-DD',
  'DD.MM.YYYY',
  'MM/DD/YYYY',
  'DD/MM/YYYY',
  'YYYYMMDD',
] as const;
export const csvEncodings = ['utf-8', 'utf-8-bom', 'windows-1252'] as const;
export const csvHeaders = ['en', 'de', 'id', 'none'] as const;

/** The engine's CsvOptions as stored data (column ids stay strings: presets outlive columns). */
export interface CsvSettings {
  readonly rows: (typeof csvRowLayouts)[number];
  readonly columns: readonly string[];
  readonly delimiter: (typeof csvDelimiters)[number];
  readonly decimalSeparator: (typeof csvDecimalSeparators)[number];
  readonly dateFormat: (typeof csvDateFormats)[number];
  readonly encoding: (typeof csvEncodings)[number];
  readonly header: (typeof csvHeaders)[number];
}

/** A CSV layout the user saved under a name. */
export interface CsvPresetSettings {
  readonly name: string;
  readonly options: CsvSettings;
}

export interface ExportSettings {
  readonly format: ExportFormatId;
  /** 'file': one file where the format allows it; 'zip': always a zip. */
  readonly packaging: 'file' | 'zip';
  /** Put each exported invoice's original into the zip. */
  readonly includeOriginals: boolean;
  /** "Export approved" also takes documents exported before. */
  readonly includeExported: boolean;
  readonly csv: CsvSettings;
  readonly csvPresets: readonly CsvPresetSettings[];
  /** Accounting imports: DATEV client data and accounts, QuickBooks and Xero accounts and taxes. */
  readonly datev: DatevSettings;
  readonly quickbooks: QuickBooksSettings;
  readonly xero: XeroSettings;
}

/** The columns of an invoice-per-row spreadsheet unless the user chose others (src/export ids). */
export const defaultInvoiceColumns: readonly string[] = [
  'invoiceNumber',
  'issueDate',
  'dueDate',
  'sellerName',
  'sellerVatId',
  'buyerName',
  'currency',
  'netTotal',
  'taxTotal',
  'grossTotal',
  'amountDue',
  'iban',
  'paymentReference',
  'fileName',
];

/** The engine's default CSV layout (checked against src/export/csv.ts by a unit test). */
export const defaultCsvSettings: CsvSettings = {
  rows: 'invoice',
  columns: defaultInvoiceColumns,
  delimiter: ',',
  decimalSeparator: '.',
  dateFormat: 'YYYY-MM-DD',
  encoding: 'utf-8',
  header: 'en',
};

export const defaultExportSettings: ExportSettings = {
  format: 'csv',
  packaging: 'file',
  includeOriginals: false,
  includeExported: false,
  csv: defaultCsvSettings,
  csvPresets: [],
  datev: defaultDatevSettings,
  quickbooks: defaultQuickBooksSettings,
  xero: defaultXeroSettings,
};

const oneOf = <T extends string>(allowed: readonly T[], value: unknown, fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Stored CSV options with every unknown value replaced by the default's. */
export function sanitizeCsvSettings(value: unknown): CsvSettings {
  const stored = isRecord(value) ? value : {};
  const d = defaultCsvSettings;
  const columns = Array.isArray(stored['columns'])
    ? stored['columns'].filter((id): id is string => typeof id === 'string')
    : d.columns;
  return {
    rows: oneOf(csvRowLayouts, stored['rows'], d.rows),
    columns: columns.length > 0 ? [...new Set(columns)] : d.columns,
    delimiter: oneOf(csvDelimiters, stored['delimiter'], d.delimiter),
    decimalSeparator: oneOf(csvDecimalSeparators, stored['decimalSeparator'], d.decimalSeparator),
    dateFormat: oneOf(csvDateFormats, stored['dateFormat'], d.dateFormat),
    encoding: oneOf(csvEncodings, stored['encoding'], d.encoding),
    header: oneOf(csvHeaders, stored['header'], d.header),
  };
}

/** Export settings from storage: older records (no export section) and odd values get defaults. */
export function sanitizeExportSettings(value: unknown): ExportSettings {
  const stored = isRecord(value) ? value : {};
  const d = defaultExportSettings;
  const presets = Array.isArray(stored['csvPresets']) ? stored['csvPresets'] : [];
  return {
    format: oneOf(exportFormatIds, stored['format'], d.format),
    packaging: oneOf(['file', 'zip'] as const, stored['packaging'], d.packaging),
    includeOriginals:
      typeof stored['includeOriginals'] === 'boolean' ? stored['includeOriginals'] : false,
    includeExported:
      typeof stored['includeExported'] === 'boolean' ? stored['includeExported'] : false,
    csv: sanitizeCsvSettings(stored['csv']),
    csvPresets: presets.flatMap((preset: unknown) =>
      isRecord(preset) && typeof preset['name'] === 'string' && preset['name'].trim() !== ''
        ? [{ name: preset['name'].trim(), options: sanitizeCsvSettings(preset['options']) }]
        : [],
    ),
    datev: sanitizeDatevSettings(stored['datev']),
    quickbooks: sanitizeQuickBooksSettings(stored['quickbooks']),
    xero: sanitizeXeroSettings(stored['xero']),
  };
}

/** A stored value when `valid` accepts it, else the default (one field at a time). */
function pick<T>(value: unknown, valid: (value: unknown) => value is T, fallback: T): T {
  return valid(value) ? value : fallback;
}

const text =
  (max: number, pattern = /^/) =>
  (value: unknown): value is string =>
    typeof value === 'string' && value.length <= max && pattern.test(value);
const integer =
  (min: number, max: number) =>
  (value: unknown): value is number =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/** Table rows with a well-formed, unique VAT key; anything else is dropped. */
function rows<T extends { readonly key: string }>(
  value: unknown,
  row: (stored: Record<string, unknown>, key: string) => T | undefined,
): T[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const kept: T[] = [];
  for (const stored of value) {
    if (!isRecord(stored) || typeof stored['key'] !== 'string') continue;
    const key = normalizeRateKey(stored['key']);
    const each = rateKeyProblem(
      key,
      kept.map((k) => k.key),
    )
      ? undefined
      : row(stored, key);
    if (each) kept.push(each);
  }
  return kept;
}

export function sanitizeDatevSettings(value: unknown): DatevSettings {
  const stored = isRecord(value) ? value : {};
  const d = defaultDatevSettings;
  const account = text(9, /^(\d{4,9})?$/);
  return {
    consultantNumber: pick(stored['consultantNumber'], integer(1001, 9999999), d.consultantNumber),
    clientNumber: pick(stored['clientNumber'], integer(1, 99999), d.clientNumber),
    fiscalYearStart: pick(
      stored['fiscalYearStart'],
      (v): v is string => typeof v === 'string' && isMonthDay(v),
      d.fiscalYearStart,
    ),
    accountLength: pick(stored['accountLength'], integer(4, 8), d.accountLength),
    chart: oneOf(datevCharts, stored['chart'], d.chart),
    creditorAccount: pick(stored['creditorAccount'], account, d.creditorAccount),
    accounts:
      rows(stored['accounts'], (row, key): DatevAccountSetting | undefined =>
        account(row['account']) && text(4, /^\d*$/)(row['taxKey'])
          ? { key, account: row['account'], taxKey: row['taxKey'] }
          : undefined,
      ) ?? d.accounts,
    label: pick(stored['label'], text(30), d.label),
    initials: pick(stored['initials'], text(2), d.initials),
    locked: typeof stored['locked'] === 'boolean' ? stored['locked'] : d.locked,
  };
}

const codeRow =
  (max: number) =>
  (row: Record<string, unknown>, key: string): TaxCodeSetting | undefined =>
    text(max)(row['code']) ? { key, code: row['code'] } : undefined;

export function sanitizeQuickBooksSettings(value: unknown): QuickBooksSettings {
  const stored = isRecord(value) ? value : {};
  const d = defaultQuickBooksSettings;
  return {
    account: pick(stored['account'], text(100, /\S/), d.account),
    taxCodes: rows(stored['taxCodes'], codeRow(100)) ?? d.taxCodes,
    dateFormat: oneOf(billDateFormats, stored['dateFormat'], d.dateFormat),
    partyLabel: oneOf(quickBooksPartyLabels, stored['partyLabel'], d.partyLabel),
  };
}

export function sanitizeXeroSettings(value: unknown): XeroSettings {
  const stored = isRecord(value) ? value : {};
  const d = defaultXeroSettings;
  return {
    accountCode: pick(stored['accountCode'], text(10, /^[A-Za-z0-9._-]+$/), d.accountCode),
    taxTypes: rows(stored['taxTypes'], codeRow(50)) ?? d.taxTypes,
    defaultTaxType: pick(stored['defaultTaxType'], text(50), d.defaultTaxType),
    dateFormat: oneOf(billDateFormats, stored['dateFormat'], d.dateFormat),
  };
}
