// Capture: files from any source (picker, folder, drop, paste, camera, share, OS "open with") go
// through the same intake and report per file what happened.
import type { AppDatabase } from '../db/database.ts';
import { t } from '../i18n/locale.svelte.ts';
import { publish } from './app-events.ts';
import { inbox } from './inbox.svelte.ts';
import { importFiles, type CapturedFile, type ImportOutcome } from './import-files.ts';
import { notices } from './notices.svelte.ts';
import { settings } from './settings.svelte.ts';

export class CaptureState {
  importing = $state(0);
  lastOutcomes = $state<ImportOutcome[]>([]);
  #db: AppDatabase | undefined;
  #askedForPersistence = false;

  start(db: AppDatabase): void {
    this.#db = db;
  }

  async add(files: readonly CapturedFile[]): Promise<ImportOutcome[]> {
    const db = this.#db;
    if (!db || files.length === 0) return [];
    this.importing += files.length;
    try {
      const outcomes = await importFiles(db, files, settings.current.limits);
      this.lastOutcomes = outcomes;
      this.#report(outcomes);
      if (outcomes.some((outcome) => outcome.status === 'stored')) {
        publish({ type: 'documents-changed' });
        publish({ type: 'jobs-changed' });
        await this.#askForPersistenceOnce();
      }
      return outcomes;
    } finally {
      this.importing -= files.length;
    }
  }

  #report(outcomes: readonly ImportOutcome[]): void {
    const stored = outcomes.filter((outcome) => outcome.status === 'stored').length;
    if (stored > 0) notices.show('success', t('capture.added', { count: stored }));
    for (const outcome of outcomes) {
      if (outcome.status === 'duplicate') {
        const existing = outcome.existing;
        notices.show(
          'info',
          t('capture.duplicate', { name: outcome.name, existing: existing.name }),
          { action: { label: t('capture.showIt'), run: () => inbox.reveal(existing.id) } },
        );
      } else if (outcome.status === 'refused') {
        notices.show('error', outcome.error.message);
      }
    }
  }

  async #askForPersistenceOnce(): Promise<void> {
    if (this.#askedForPersistence) return;
    this.#askedForPersistence = true;
    await settings.requestPersistence();
  }
}

export const capture = new CaptureState();
