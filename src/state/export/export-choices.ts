// What the export dialog offers, in the interface language: formats grouped as a bookkeeper
// thinks of them, the CSV columns of a row layout, and the built-in CSV presets.
import type { CsvSettings, ExportFormatId } from '../../domain/export-settings.ts';
import { availableColumns, columnDefs } from '../../export/columns.ts';
import { csvPresets } from '../../export/csv.ts';
import { exportFormats, formatInfo } from '../../export/export-invoice.ts';
import type { MissingField } from '../../export/export-types.ts';
import { germanRefusal } from '../../i18n/de-refusals.ts';
import { isMessageKey } from '../../i18n/en.ts';
import { decimalSeparator } from '../../i18n/format.ts';
import { locale, t } from '../../i18n/locale.svelte.ts';
import type { AccountingProblem } from '../../domain/accounting-settings.ts';

export type FormatGroup = 'table' | 'accounting' | 'einvoice';

export const formatGroups: readonly FormatGroup[] = ['table', 'accounting', 'einvoice'];

export function formatsOf(group: FormatGroup): ExportFormatId[] {
  return exportFormats.filter((format) => format.kind === group).map((format) => format.id);
}

export function formatLabel(id: ExportFormatId): string {
  return formatInfo(id).label[locale.current];
}

/** A refusal in the interface language; rule ids German lacks keep the engine's English text. */
export function refusalText(missing: MissingField): string {
  return (locale.current === 'de' ? germanRefusal(missing) : undefined) ?? missing.message;
}

export function formatGroup(id: ExportFormatId): FormatGroup {
  return formatInfo(id).kind;
}

export interface ColumnChoice {
  readonly id: string;
  readonly label: string;
  /** Filled only on rows of one invoice line. */
  readonly lineOnly: boolean;
}

const choice = (def: (typeof columnDefs)[number]): ColumnChoice => ({
  id: def.id,
  label: def.label[locale.current],
  lineOnly: def.level === 'line',
});

/** A saved column id as a choice; ids an older preset knew but the engine no longer has: none. */
export function columnChoice(id: string): ColumnChoice | undefined {
  const def = columnDefs.find((each) => each.id === id);
  return def ? choice(def) : undefined;
}

/** Columns a row layout can show, in the registry's order. */
export function columnChoices(rows: CsvSettings['rows']): ColumnChoice[] {
  return availableColumns(rows).map((def) => choice(def as (typeof columnDefs)[number]));
}

export interface BuiltInPreset {
  readonly id: string;
  readonly name: string;
  readonly options: CsvSettings;
}

export function builtInPresets(): BuiltInPreset[] {
  return csvPresets.map((preset) => ({
    id: preset.id,
    name: preset.name[locale.current],
    options: { ...preset.options, columns: [...preset.options.columns] },
  }));
}

/** What is wrong with an accounting setting, in the interface language. */
export function problemText(problem: AccountingProblem): string {
  const key = `export.accounting.error.${problem.code}`;
  return isMessageKey(key) ? t(key, problem.params) : problem.code;
}

/** "Standard rate 19 %" for the VAT key "S:19", "Exempt" for "E", "19 %" for ":19". */
export function vatKeyLabel(key: string): string {
  const [category = '', rate] = key.split(':');
  const name = `export.accounting.category.${category}`;
  const parts = [isMessageKey(name) ? t(name) : category];
  if (rate) parts.push(`${rate.replace('.', decimalSeparator())} %`);
  return parts.filter(Boolean).join(' ');
}
