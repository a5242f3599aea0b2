// Backup and restore of everything in one file, with progress for the settings screen.
import type { AppDatabase } from '../db/database.ts';
import { BackupError, createBackup, restoreBackup } from '../db/backup.ts';
import { t } from '../i18n/locale.svelte.ts';
import { publish } from './app-events.ts';
import { backupFileName } from './backup-file-name.ts';
import { notices } from './notices.svelte.ts';

export class BackupState {
  busy = $state<'creating' | 'restoring' | undefined>();
  #db: AppDatabase | undefined;

  start(db: AppDatabase): void {
    this.#db = db;
  }

  /** Builds the backup and hands it to the browser as a download. */
  async download(): Promise<void> {
    if (!this.#db || this.busy) return;
    this.busy = 'creating';
    try {
      const now = Date.now();
      const zip = await createBackup(this.#db, now);
      const url = URL.createObjectURL(
        new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
      );
      const link = document.createElement('a');
      link.href = url;
      link.download = backupFileName(now);
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      notices.show('success', t('backup.created'));
    } catch (error) {
      notices.show(
        'error',
        t('backup.failed', { reason: error instanceof Error ? error.message : String(error) }),
      );
    } finally {
      this.busy = undefined;
    }
  }

  async restore(file: File): Promise<void> {
    if (!this.#db || this.busy) return;
    this.busy = 'restoring';
    try {
      const { added, skipped } = await restoreBackup(
        this.#db,
        new Uint8Array(await file.arrayBuffer()),
      );
      publish({ type: 'documents-changed' });
      publish({ type: 'jobs-changed' });
      const already = skipped > 0 ? ` ${t('backup.skipped', { count: skipped })}` : '';
      notices.show('success', t('backup.restored', { count: added, name: file.name }) + already);
    } catch (error) {
      const message =
        error instanceof BackupError
          ? error.message
          : t('backup.restoreFailed', {
              name: file.name,
              reason: error instanceof Error ? error.message : String(error),
            });
      notices.show('error', message);
    } finally {
      this.busy = undefined;
    }
  }
}

export const backup = new BackupState();
