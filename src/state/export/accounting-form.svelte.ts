// The accounting settings panel's state: a field is saved when its value is valid; what does not
// pass stays here as a draft with its problem (never saved, so a reload never sees it) and blocks
// the export until it is fixed. Selects and checkboxes cannot be invalid and are saved directly.
import type { AccountingProblem } from '../../domain/accounting-settings.ts';
import { normalizeRateKey, rateKeyProblem } from '../../domain/accounting-settings.ts';
import type { ExportSettings } from '../../domain/export-settings.ts';
import {
  accountingProblems,
  emptyRow,
  fieldText,
  rateTables,
  withFieldText,
  type AccountingFormatId,
  type AccountingSettingsMap,
} from './accounting-fields.ts';

/** What the form needs of the export session: the saved choices and a way to save them. */
export interface AccountingStore {
  readonly options: ExportSettings;
  update(patch: Partial<ExportSettings>): Promise<void>;
}

const draftKey = (format: AccountingFormatId, field: string) => `${format}|${field}`;

export class AccountingForm {
  /** Text that did not pass its check, keyed "datev|consultantNumber". */
  drafts = $state.raw<Readonly<Record<string, string>>>({});
  #store: AccountingStore;

  constructor(store: AccountingStore) {
    this.#store = store;
  }

  saved<F extends AccountingFormatId>(format: F): AccountingSettingsMap[F] {
    return this.#store.options[format];
  }

  /** The saved settings with the drafts typed over them. */
  effective<F extends AccountingFormatId>(format: F): AccountingSettingsMap[F] {
    let settings = this.saved(format);
    for (const [key, text] of Object.entries(this.drafts)) {
      const [draftFormat, field = ''] = key.split('|');
      if (draftFormat === format) settings = withFieldText(format, settings, field, text);
    }
    return settings;
  }

  problems(format: AccountingFormatId): AccountingProblem[] {
    return accountingProblems(format, this.effective(format));
  }

  problem(format: AccountingFormatId, field: string): AccountingProblem | undefined {
    return this.problems(format).find((p) => p.field === field);
  }

  text(format: AccountingFormatId, field: string): string {
    return this.drafts[draftKey(format, field)] ?? fieldText(format, this.saved(format), field);
  }

  /** Saves the typed text when the field passes, else keeps it as a draft. */
  async input(format: AccountingFormatId, field: string, text: string): Promise<void> {
    const next = withFieldText(format, this.saved(format), field, text);
    const { [draftKey(format, field)]: _dropped, ...others } = this.drafts;
    if (accountingProblems(format, next).some((p) => p.field === field)) {
      this.drafts = { ...others, [draftKey(format, field)]: text };
      return;
    }
    this.drafts = others;
    await this.#save(format, next);
  }

  /** A choice (select, checkbox) that needs no check. */
  choose<F extends AccountingFormatId>(
    format: F,
    patch: Partial<AccountingSettingsMap[F]>,
  ): Promise<void> {
    return this.#save(format, { ...this.saved(format), ...patch });
  }

  /** Adds a row for a VAT key; the reason it cannot (a problem code), or undefined. */
  async addRow(format: AccountingFormatId, typed: string): Promise<string | undefined> {
    const key = normalizeRateKey(typed);
    const problem = rateKeyProblem(key, this.keys(format));
    if (problem) return problem;
    const table = rateTables[format].name;
    const rows = this.#rows(format);
    await this.#save(format, { ...this.saved(format), [table]: [...rows, emptyRow(format, key)] });
    return undefined;
  }

  async removeRow(format: AccountingFormatId, key: string): Promise<void> {
    const { name: table, columns } = rateTables[format];
    const rows = this.#rows(format).filter((row) => row['key'] !== key);
    const cell = `${table}.${key}`;
    const cells = [cell, ...columns.map((column) => `${cell}.${column}`)];
    const dropped = cells.map((c) => draftKey(format, c));
    this.drafts = Object.fromEntries(
      Object.entries(this.drafts).filter(([k]) => !dropped.includes(k)),
    );
    await this.#save(format, { ...this.saved(format), [table]: rows });
  }

  /** The VAT keys of the format's saved table, in order. */
  keys(format: AccountingFormatId): string[] {
    return this.#rows(format).map((row) => row['key'] ?? '');
  }

  clear(): void {
    this.drafts = {};
  }

  #rows(format: AccountingFormatId): readonly Readonly<Record<string, string>>[] {
    const settings = this.saved(format) as unknown as Readonly<Record<string, unknown>>;
    return settings[rateTables[format].name] as readonly Readonly<Record<string, string>>[];
  }

  #save<F extends AccountingFormatId>(
    format: F,
    settings: AccountingSettingsMap[F],
  ): Promise<void> {
    return this.#store.update({ [format]: $state.snapshot(settings) });
  }
}
