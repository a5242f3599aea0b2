// The accounting settings as the dialog edits them: one field at a time, as typed text, and the
// engine options (src/export) they become. Table cells are fields like "accounts.S:19.account".
import {
  datevProblems,
  quickBooksProblems,
  xeroProblems,
  type AccountingProblem,
  type DatevSettings,
  type QuickBooksSettings,
  type XeroSettings,
} from '../../domain/accounting-settings.ts';
import type { ExportSettings } from '../../domain/export-settings.ts';
import { datevChartAccounts, type DatevAccount } from '../../export/datev.ts';
import type { ExportOptions } from '../../export/export-invoice.ts';

export interface AccountingSettingsMap {
  readonly datev: DatevSettings;
  readonly quickbooks: QuickBooksSettings;
  readonly xero: XeroSettings;
}
export type AccountingFormatId = keyof AccountingSettingsMap;

export const accountingFormatIds: readonly AccountingFormatId[] = ['datev', 'quickbooks', 'xero'];

export function isAccountingFormat(id: string): id is AccountingFormatId {
  return (accountingFormatIds as readonly string[]).includes(id);
}

/** The VAT-key table of each format and the columns of its rows. */
export const rateTables = {
  datev: { name: 'accounts', columns: ['account', 'taxKey'] },
  quickbooks: { name: 'taxCodes', columns: ['code'] },
  xero: { name: 'taxTypes', columns: ['code'] },
} as const;

const numberFields = new Set(['consultantNumber', 'clientNumber']);
/** Codes and numbers: spaces around them are never meant. */
const trimmedFields = new Set(['creditorAccount', 'accountCode', 'account', 'taxKey']);

type Row = Readonly<Record<string, string>>;

interface Cell {
  readonly table: string;
  readonly key: string;
  readonly column: string;
}

function cellOf(format: AccountingFormatId, field: string): Cell | undefined {
  const { name, columns } = rateTables[format];
  if (!field.startsWith(`${name}.`)) return undefined;
  const rest = field.slice(name.length + 1);
  if (columns.length === 1) return { table: name, key: rest, column: 'code' };
  const match = /^(.+)\.(\w+)$/.exec(rest);
  return match?.[1] && match[2] ? { table: name, key: match[1], column: match[2] } : undefined;
}

const rowsOf = (settings: object, table: string) =>
  (settings as Readonly<Record<string, unknown>>)[table] as readonly Row[];

/** A field's saved value as the text its input shows. */
export function fieldText<F extends AccountingFormatId>(
  format: F,
  settings: AccountingSettingsMap[F],
  field: string,
): string {
  const cell = cellOf(format, field);
  if (cell)
    return rowsOf(settings, cell.table).find((r) => r['key'] === cell.key)?.[cell.column] ?? '';
  const value = (settings as unknown as Readonly<Record<string, unknown>>)[field];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** The settings with one field set from typed text (a number field that is no number: NaN). */
export function withFieldText<F extends AccountingFormatId>(
  format: F,
  settings: AccountingSettingsMap[F],
  field: string,
  text: string,
): AccountingSettingsMap[F] {
  const cell = cellOf(format, field);
  if (!cell) {
    const trimmed = text.trim();
    const value = numberFields.has(field)
      ? /^\d+$/.test(trimmed)
        ? Number(trimmed)
        : NaN
      : trimmedFields.has(field)
        ? trimmed
        : text;
    return { ...settings, [field]: value };
  }
  const value = trimmedFields.has(cell.column) ? text.trim() : text;
  const rows = rowsOf(settings, cell.table);
  const next = rows.some((r) => r['key'] === cell.key)
    ? rows.map((r) => (r['key'] === cell.key ? { ...r, [cell.column]: value } : r))
    : [...rows, { ...emptyRow(format, cell.key), [cell.column]: value }];
  return { ...settings, [cell.table]: next };
}

export function emptyRow(format: AccountingFormatId, key: string): Row {
  const cells = rateTables[format].columns.map((column): [string, string] => [column, '']);
  return Object.fromEntries([['key', key], ...cells]);
}

export function accountingProblems<F extends AccountingFormatId>(
  format: F,
  settings: AccountingSettingsMap[F],
): AccountingProblem[] {
  if (format === 'datev') return datevProblems(settings as DatevSettings);
  if (format === 'quickbooks') return quickBooksProblems(settings as QuickBooksSettings);
  return xeroProblems(settings as XeroSettings);
}

const codeTable = (rows: readonly { key: string; code: string }[]) =>
  Object.fromEntries(rows.filter((r) => r.code.trim()).map((r) => [r.key, r.code.trim()]));

/** The saved settings as the engine's options: the chart's accounts with the user's on top. */
export function accountingOptions(
  settings: ExportSettings,
): Pick<ExportOptions, 'datev' | 'quickbooks' | 'xero'> {
  const { datev: d, quickbooks: q, xero: x } = settings;
  const chart = datevChartAccounts(d.chart, d.accountLength);
  const accounts: Record<string, DatevAccount> = { ...chart.accounts };
  for (const row of d.accounts) {
    if (row.account) accounts[row.key] = { account: row.account, taxKey: row.taxKey };
  }
  return {
    datev: {
      consultantNumber: d.consultantNumber,
      clientNumber: d.clientNumber,
      fiscalYearStart: d.fiscalYearStart,
      accountLength: d.accountLength,
      chart: d.chart,
      creditorAccount: d.creditorAccount || chart.creditorAccount,
      accounts,
      label: d.label,
      initials: d.initials,
      locked: d.locked,
    },
    quickbooks: {
      account: q.account.trim(),
      taxCodes: codeTable(q.taxCodes),
      dateFormat: q.dateFormat,
      partyLabel: q.partyLabel,
    },
    xero: {
      accountCode: x.accountCode,
      taxTypes: codeTable(x.taxTypes),
      defaultTaxType: x.defaultTaxType.trim(),
      dateFormat: x.dateFormat,
    },
  };
}

/** The chart's accounts at the chosen length: what an empty DATEV account field books on. */
export function datevDefaults(settings: DatevSettings): ReturnType<typeof datevChartAccounts> {
  return datevChartAccounts(settings.chart, settings.accountLength);
}
