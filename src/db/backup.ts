// Backup of everything the user has (except documents waiting to be purged) as one zip file.
import { zipSync, type Zippable } from 'fflate';
import type { StoredBinary } from '../domain/binary.ts';
import type { DocumentPage, EmbeddedFile, OriginalFile } from '../domain/document.ts';
import type { DocumentId } from '../domain/ids.ts';
import {
  backupFormat,
  backupFormatVersion,
  dataPaths,
  embeddedPath,
  manifestPath,
  originalPath,
  pageImagePath,
  sha256Hex,
  thumbnailPath,
  type BackupEmbeddedFile,
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

type ZipFiles = Map<string, { bytes: Uint8Array<ArrayBuffer>; compress: boolean }>;

/**
 * A zip of all documents (originals byte for byte), pages with their images, page models,
 * embedded files, results, corrections, jobs and settings.
 */
export async function createBackup(db: AppDatabase, now: number): Promise<Uint8Array> {
  const data = await readEverything(db);
  const kept = new Set(data.documents.map((document) => document.id));
  const belongs = (record: { documentId: DocumentId }): boolean => kept.has(record.documentId);
  const originals = data.originals.filter(belongs);
  const pages = data.pages.filter(belongs);
  const pageModels = data.pageModels.filter(belongs);
  const embeddedFiles = data.embeddedFiles.filter(belongs);
  const results = data.results.filter(belongs);
  const corrections = data.corrections.filter(belongs);
  const jobs = data.jobs.filter(belongs);

  const files: ZipFiles = new Map();
  const addBinary = (path: string, { bytes }: StoredBinary, compress = false): void => {
    files.set(path, { bytes: new Uint8Array(bytes), compress });
  };
  const addJson = (path: string, value: unknown): void => {
    files.set(path, { bytes: encodeJson(value), compress: true });
  };
  for (const { documentId, file } of originals) addBinary(originalPath(documentId), file);
  for (const { documentId, index, thumbnail, image } of pages) {
    if (thumbnail) addBinary(thumbnailPath(documentId, index), thumbnail);
    if (image) addBinary(pageImagePath(documentId, index), image);
  }
  // Embedded files are XML, which deflates well.
  for (const { documentId, file } of embeddedFiles) addBinary(embeddedPath(documentId), file, true);
  addJson(dataPaths.documents, data.documents);
  addJson(dataPaths.originals, originals.map(toBackupOriginal));
  addJson(dataPaths.pages, pages.map(toBackupPage));
  addJson(dataPaths.pageModels, pageModels);
  addJson(dataPaths.embeddedFiles, embeddedFiles.map(toBackupEmbeddedFile));
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
      pageModels: pageModels.length,
      embeddedFiles: embeddedFiles.length,
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

  // Originals and page images are already compressed formats; deflating them gains nothing.
  const zippable: Zippable = { [manifestPath]: encodeJson(manifest) };
  for (const [path, { bytes, compress }] of files) {
    zippable[path] = [bytes, { level: compress ? 6 : 0 }];
  }
  return zipSync(zippable, { mtime: new Date(Math.max(now, earliestZipTime)) });
}

const backedUpStores = [
  'documents',
  'originals',
  'pages',
  'pageModels',
  'embeddedFiles',
  'results',
  'corrections',
  'jobs',
  'settings',
] as const;

/** Every store in one read transaction, so the backup is a consistent snapshot. */
async function readEverything(db: AppDatabase) {
  const tx = db.transaction([...backedUpStores], 'readonly');
  const [
    documents,
    originals,
    pages,
    pageModels,
    embeddedFiles,
    results,
    corrections,
    jobs,
    settings,
  ] = await Promise.all([
    tx.objectStore('documents').getAll(),
    tx.objectStore('originals').getAll(),
    tx.objectStore('pages').getAll(),
    tx.objectStore('pageModels').getAll(),
    tx.objectStore('embeddedFiles').getAll(),
    tx.objectStore('results').getAll(),
    tx.objectStore('corrections').getAll(),
    tx.objectStore('jobs').getAll(),
    tx.objectStore('settings').get(settingsKey),
    tx.done,
  ]);
  // Documents marked deleted are on their way out; a backup should not bring them back.
  const live = documents.filter((document) => document.deletedAt === undefined);
  return {
    documents: live,
    originals,
    pages,
    pageModels,
    embeddedFiles,
    results,
    corrections,
    jobs,
    settings,
  };
}

function toBackupOriginal({ documentId, file }: OriginalFile): BackupOriginal {
  return { documentId, type: file.type };
}

// OCR diagnostics images are left out: they are large and only serve the benchmark.
function toBackupPage({
  thumbnail,
  image,
  ocrImage: _ocrImage,
  ...page
}: DocumentPage): BackupPage {
  return {
    ...page,
    ...(thumbnail ? { thumbnail: { type: thumbnail.type } } : {}),
    ...(image ? { image: { type: image.type } } : {}),
  };
}

function toBackupEmbeddedFile({ documentId, filename, file }: EmbeddedFile): BackupEmbeddedFile {
  return { documentId, filename, type: file.type };
}

function encodeJson(value: unknown): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify(value, null, 2));
}
