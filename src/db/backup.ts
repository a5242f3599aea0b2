// Backup of everything the user has (except documents waiting to be purged) as one zip file.
import { zipSync, type Zippable } from 'fflate';
import type { DocumentPage, OriginalFile } from '../domain/document.ts';
import type { DocumentId } from '../domain/ids.ts';
import {
  backupFormat,
  backupFormatVersion,
  dataPaths,
  manifestPath,
  originalPath,
  sha256Hex,
  thumbnailPath,
  type BackupManifest,
  type BackupOriginal,
  type BackupPage,
} from './backup-format.ts';
import type { AppDatabase } from './database.ts';
import { SCHEMA_VERSION } from './schema.ts';
import { settingsKey } from './settings.ts';

export { BackupError } from './backup-format.ts';
export { restoreBackup } from './backup-restore.ts';

// Zip timestamps cannot go before 1980.
const earliestZipTime = Date.UTC(1980, 1, 1);

/** A zip of all documents (originals byte for byte), pages, results, corrections, jobs, settings. */
export async function createBackup(db: AppDatabase, now: number): Promise<Uint8Array> {
  const data = await readEverything(db);
  const kept = new Set(data.documents.map((document) => document.id));
  const belongs = (record: { documentId: DocumentId }): boolean => kept.has(record.documentId);
  const originals = data.originals.filter(belongs);
  const pages = data.pages.filter(belongs);
  const results = data.results.filter(belongs);
  const corrections = data.corrections.filter(belongs);
  const jobs = data.jobs.filter(belongs);

  const files = new Map<string, { bytes: Uint8Array<ArrayBuffer>; compress: boolean }>();
  const addJson = (path: string, value: unknown): void => {
    files.set(path, { bytes: encodeJson(value), compress: true });
  };
  for (const { documentId, file } of originals) {
    files.set(originalPath(documentId), { bytes: new Uint8Array(file.bytes), compress: false });
  }
  for (const { documentId, index, thumbnail } of pages) {
    if (!thumbnail) continue;
    const bytes = new Uint8Array(thumbnail.bytes);
    files.set(thumbnailPath(documentId, index), { bytes, compress: false });
  }
  addJson(dataPaths.documents, data.documents);
  addJson(dataPaths.originals, originals.map(toBackupOriginal));
  addJson(dataPaths.pages, pages.map(toBackupPage));
  addJson(dataPaths.results, results);
  addJson(dataPaths.corrections, corrections);
  addJson(dataPaths.jobs, jobs);
  addJson(dataPaths.settings, data.settings ?? null);

  const manifest: BackupManifest = {
    format: backupFormat,
    formatVersion: backupFormatVersion,
    schemaVersion: SCHEMA_VERSION,
    createdAt: new Date(now).toISOString(),
    counts: {
      documents: data.documents.length,
      pages: pages.length,
      results: results.length,
      corrections: corrections.length,
      jobs: jobs.length,
    },
    files: await Promise.all(
      [...files].map(async ([path, { bytes }]) => ({
        path,
        sha256: await sha256Hex(bytes),
        size: bytes.byteLength,
      })),
    ),
  };

  // Originals and thumbnails are already compressed formats; only the JSON is worth deflating.
  const zippable: Zippable = { [manifestPath]: encodeJson(manifest) };
  for (const [path, { bytes, compress }] of files) {
    zippable[path] = [bytes, { level: compress ? 6 : 0 }];
  }
  return zipSync(zippable, { mtime: new Date(Math.max(now, earliestZipTime)) });
}

/** Every store in one read transaction, so the backup is a consistent snapshot. */
async function readEverything(db: AppDatabase) {
  const tx = db.transaction(
    ['documents', 'originals', 'pages', 'results', 'corrections', 'jobs', 'settings'],
    'readonly',
  );
  const [documents, originals, pages, results, corrections, jobs, settings] = await Promise.all([
    tx.objectStore('documents').getAll(),
    tx.objectStore('originals').getAll(),
    tx.objectStore('pages').getAll(),
    tx.objectStore('results').getAll(),
    tx.objectStore('corrections').getAll(),
    tx.objectStore('jobs').getAll(),
    tx.objectStore('settings').get(settingsKey),
    tx.done,
  ]);
  // Documents marked deleted are on their way out; a backup should not bring them back.
  const live = documents.filter((document) => document.deletedAt === undefined);
  return { documents: live, originals, pages, results, corrections, jobs, settings };
}

function toBackupOriginal({ documentId, file }: OriginalFile): BackupOriginal {
  return { documentId, type: file.type };
}

function toBackupPage({ thumbnail, ...page }: DocumentPage): BackupPage {
  return thumbnail ? { ...page, thumbnail: { type: thumbnail.type } } : page;
}

function encodeJson(value: unknown): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify(value, null, 2));
}
