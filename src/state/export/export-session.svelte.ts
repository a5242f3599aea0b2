// The export dialog's state: which documents go out, the user's saved choices (format, packaging,
// CSV layout and presets), and the export itself — read the reviewed invoices from IndexedDB, run
// the export engine, download the file, mark what went out 'exported' and keep what was refused.
import { downloadFile } from '../../clients/download.ts';
import type { AppDatabase } from '../../db/database.ts';
import { listDocuments } from '../../db/documents.ts';
import { setReviewStatus } from '../../db/review.ts';
import type {
  CsvPresetSettings,
  CsvSettings,
  ExportFormatId,
  ExportSettings,
} from '../../domain/export-settings.ts';
import type { DocumentId } from '../../domain/ids.ts';
import { exportBatch } from '../../export/batch.ts';
import type { DocumentRefusal } from '../../export/export-types.ts';
import { locale, t } from '../../i18n/locale.svelte.ts';
import { publish } from '../app-events.ts';
import { settings as appSettings, type SettingsState } from '../settings.svelte.ts';
import { accountingOptions, isAccountingFormat } from './accounting-fields.ts';
import { AccountingForm } from './accounting-form.svelte.ts';
import { loadExportInputs } from './export-inputs.ts';

/** What the dialog was opened for: chosen documents, or every approved one. */
export type ExportTarget =
  | { readonly kind: 'documents'; readonly ids: readonly DocumentId[] }
  | { readonly kind: 'approved' };

export interface ExportSummary {
  readonly format: ExportFormatId;
  /** Absent when nothing could be exported. */
  readonly filename?: string;
  readonly exported: readonly DocumentId[];
  readonly refused: readonly DocumentRefusal[];
  readonly warnings: readonly string[];
}

type Download = (filename: string, mimeType: string, bytes: Uint8Array) => void;

export class ExportSession {
  target = $state.raw<ExportTarget | undefined>();
  /** The documents the export will read, resolved from the target. */
  documentIds = $state.raw<readonly DocumentId[]>([]);
  busy = $state(false);
  summary = $state.raw<ExportSummary | undefined>();
  error = $state<string | undefined>();
  /** The DATEV, QuickBooks and Xero settings as the dialog edits them. */
  readonly accounting: AccountingForm = new AccountingForm(this);
  #db: AppDatabase | undefined;
  #settings: SettingsState;
  #download: Download;

  constructor(settings: SettingsState = appSettings, download: Download = downloadFile) {
    this.#settings = settings;
    this.#download = download;
  }

  get isOpen(): boolean {
    return this.target !== undefined;
  }

  /** The saved choices; changed only through update(), which stores them. */
  get options(): ExportSettings {
    return this.#settings.current.export;
  }

  start(db: AppDatabase): void {
    this.#db = db;
  }

  async open(target: ExportTarget): Promise<void> {
    this.target = target;
    this.summary = undefined;
    this.error = undefined;
    await this.#resolve();
  }

  close(): void {
    this.target = undefined;
    this.documentIds = [];
    this.summary = undefined;
    this.error = undefined;
    this.accounting.clear();
  }

  /** Back from the summary to the options, e.g. to export the same documents in another format. */
  again(): void {
    this.summary = undefined;
  }

  async update(patch: Partial<ExportSettings>): Promise<void> {
    const current = $state.snapshot(this.#settings.current);
    await this.#settings.update({ ...current, export: { ...current.export, ...patch } });
    if ('includeExported' in patch && this.target?.kind === 'approved') await this.#resolve();
  }

  updateCsv(patch: Partial<CsvSettings>): Promise<void> {
    return this.update({ csv: { ...$state.snapshot(this.options.csv), ...patch } });
  }

  /** Saves the current CSV layout under `name`, replacing a preset of the same name. */
  savePreset(name: string): Promise<void> {
    const trimmed = name.trim();
    if (!trimmed) return Promise.resolve();
    const preset: CsvPresetSettings = { name: trimmed, options: $state.snapshot(this.options.csv) };
    const others = this.options.csvPresets.filter((p) => p.name !== trimmed);
    return this.update({ csvPresets: [...$state.snapshot(others), preset] });
  }

  deletePreset(name: string): Promise<void> {
    const kept = this.options.csvPresets.filter((p) => p.name !== name);
    return this.update({ csvPresets: $state.snapshot(kept) });
  }

  /** Exports the target's documents with the saved options; the summary says what happened. */
  async run(): Promise<ExportSummary | undefined> {
    const db = this.#db;
    if (!db || this.busy || this.documentIds.length === 0) return undefined;
    const format = this.options.format;
    if (isAccountingFormat(format) && this.accounting.problems(format).length > 0) {
      this.error = t('export.accounting.fixFirst');
      return undefined;
    }
    this.busy = true;
    this.error = undefined;
    try {
      const options = $state.snapshot(this.options);
      const { inputs, unread } = await loadExportInputs(
        db,
        this.documentIds,
        {
          original: options.format === 'facturx' || options.includeOriginals,
          pageImages: options.format === 'facturx',
        },
        t('export.unread'),
      );
      const batch = await exportBatch(options.format, inputs, {
        packaging: options.packaging,
        includeOriginals: options.includeOriginals,
        csv: options.csv,
        xlsx: { language: locale.current },
        ...accountingOptions(options),
      });
      if (batch.file) this.#download(batch.file.filename, batch.file.mimeType, batch.file.bytes);
      const exported = batch.exported as DocumentId[];
      if (exported.length > 0) {
        await setReviewStatus(db, exported, 'exported', Date.now());
        publish({ type: 'documents-changed' });
      }
      this.summary = {
        format: options.format,
        ...(batch.file ? { filename: batch.file.filename } : {}),
        exported,
        refused: [...unread, ...batch.refused],
        warnings: batch.file?.warnings ?? [],
      };
      return this.summary;
    } catch (error) {
      this.error = t('export.failed', {
        reason: error instanceof Error ? error.message : String(error),
      });
      return undefined;
    } finally {
      this.busy = false;
    }
  }

  async #resolve(): Promise<void> {
    const target = this.target;
    if (!target) return;
    if (target.kind === 'documents') {
      this.documentIds = [...target.ids];
      return;
    }
    const db = this.#db;
    if (!db) return;
    const wanted = this.options.includeExported ? ['approved', 'exported'] : ['approved'];
    const documents = await listDocuments(db);
    if (this.target !== target) return;
    this.documentIds = documents
      .filter((document) => wanted.includes(document.review?.status ?? ''))
      .map((document) => document.id);
  }
}

export const exportSession = new ExportSession();
