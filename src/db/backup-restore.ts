// Restores a verified backup by merging it in: files already here are never stored twice.
import type { Correction } from '../domain/correction.ts';
import type { InvoiceDocument } from '../domain/document.ts';
import type { DocumentId } from '../domain/ids.ts';
import { BackupError } from './backup-format.ts';
import { readBackup, type VerifiedBackup } from './backup-verify.ts';
import {
  requestAll,
  writeTransaction,
  type AppDatabase,
  type WriteTransaction,
} from './database.ts';
import { patchRecord } from './records.ts';
import type { AppStoreName } from './schema.ts';
import { settingsKey } from './settings.ts';

export interface RestoreOutcome {
  /** Documents added from the backup. */
  readonly added: number;
  /** Documents in the backup that were already here (same file), so were not added again. */
  readonly skipped: number;
}

const allStores = [
  'documents',
  'originals',
  'pages',
  'pageModels',
  'embeddedFiles',
  'results',
  'corrections',
  'jobs',
  'settings',
] satisfies AppStoreName[];

type RestoreTransaction = WriteTransaction<typeof allStores>;

/**
 * Checks the whole backup first (throws BackupError and changes nothing if any part is wrong),
 * then merges it in one transaction. Restoring the same backup again adds nothing.
 */
export async function restoreBackup(db: AppDatabase, zip: Uint8Array): Promise<RestoreOutcome> {
  const backup = await readBackup(zip);
  try {
    return await writeTransaction(db, allStores, (tx) => merge(tx, backup));
  } catch (error) {
    if (error instanceof Error && error.name === 'ConstraintError') {
      throw new BackupError(
        'This backup clashes with data already in the app (the same ids for different ' +
          'records), so it was not restored. Nothing was changed.',
      );
    }
    throw error;
  }
}

async function merge(tx: RestoreTransaction, backup: VerifiedBackup): Promise<RestoreOutcome> {
  const documents = tx.objectStore('documents');
  let added = 0;
  for (const document of backup.documents) {
    const corrections = backup.corrections.filter((c) => c.documentId === document.id);
    const existing = await documents.index('bySha256').get(document.sha256);
    if (existing) {
      // Restoring brings a deleted document back, as capturing the same file again does.
      if (existing.deletedAt !== undefined) {
        await documents.put(patchRecord(existing, { deletedAt: undefined }));
      }
      if (existing.id === document.id) await mergeCorrections(tx, corrections);
      continue;
    }
    // A different file under the same id: keep what is here.
    if ((await documents.getKey(document.id)) !== undefined) continue;
    await addDocument(tx, backup, document, corrections);
    added++;
  }
  const settings = tx.objectStore('settings');
  if (backup.settings !== null && (await settings.count(settingsKey)) === 0) {
    await settings.put(backup.settings, settingsKey);
  }
  return { added, skipped: backup.documents.length - added };
}

async function mergeCorrections(
  tx: RestoreTransaction,
  corrections: readonly Correction[],
): Promise<void> {
  const store = tx.objectStore('corrections');
  for (const correction of corrections) {
    if ((await store.getKey(correction.id)) === undefined) await store.add(correction);
  }
}

async function addDocument(
  tx: RestoreTransaction,
  backup: VerifiedBackup,
  document: InvoiceDocument,
  corrections: readonly Correction[],
): Promise<void> {
  const { id } = document;
  const file = backup.originals.get(id);
  if (!file) throw new Error(`Verified backup lacks the original of ${id}.`);
  const belongs = (record: { documentId: DocumentId }): boolean => record.documentId === id;
  const result = backup.results.find(belongs);
  const job = backup.jobs.find(belongs);
  const embedded = backup.embeddedFiles.find(belongs);
  await requestAll<unknown>([
    () => tx.objectStore('documents').add(document),
    () => tx.objectStore('originals').add({ documentId: id, file }),
    // put, not add: the document is not here, so whatever these keys hold was left behind by a
    // step that finished after the document was purged.
    ...backup.pages.filter(belongs).map((page) => () => tx.objectStore('pages').put(page)),
    ...backup.pageModels
      .filter(belongs)
      .map((model) => () => tx.objectStore('pageModels').put(model)),
    ...(embedded ? [() => tx.objectStore('embeddedFiles').put(embedded)] : []),
    ...(result ? [() => tx.objectStore('results').put(result)] : []),
    ...corrections.map((correction) => () => tx.objectStore('corrections').add(correction)),
    ...(job ? [() => tx.objectStore('jobs').add(job)] : []),
  ]);
}
