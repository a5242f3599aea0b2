// What the export dialog offers, in the interface language: formats grouped as a bookkeeper
// thinks of them, the CSV columns of a row layout, and the built-in CSV presets.
import type { CsvSettings, ExportFormatId } from '../../domain/export-settings.ts';
import { availableColumns, columnDefs } from '../../export/columns.ts';
import { csvPresets } from '../../export/csv.ts';
import { exportFormats, formatInfo } from '../../export/export-invoice.ts';
import { locale } from '../../i18n/locale.svelte.ts';

export type FormatGroup = 'table' | 'accounting' | 'einvoice';

export const formatGroups: readonly FormatGroup[] = ['table', 'accounting', 'einvoice'];

export function formatsOf(group: FormatGroup): ExportFormatId[] {
  return exportFormats.filter((format) => format.kind === group).map((format) => format.id);
}

export function formatLabel(id: ExportFormatId): string {
  return formatInfo(id).label[locale.current];
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
