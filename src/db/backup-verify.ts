// Reads a backup zip and checks all of it before anything is restored; any flaw is a BackupError.
import { unzipSync } from 'fflate';
import type { StoredBinary } from '../domain/binary.ts';
import type { Correction } from '../domain/correction.ts';
import type { DocumentPage, ExtractionResult, InvoiceDocument } from '../domain/document.ts';
import type { DocumentId } from '../domain/ids.ts';
import type { Job } from '../domain/job.ts';
import {
  BackupError,
  backupFormat,
  backupFormatVersion,
  dataPaths,
  manifestPath,
  originalPath,
  sha256Hex,
  thumbnailPath,
  type BackupFileEntry,
  type BackupOriginal,
  type BackupPage,
} from './backup-format.ts';
import { SCHEMA_VERSION } from './schema.ts';

/** The content of a backup that passed every check, with binaries as stored records. */
export interface VerifiedBackup {
  readonly documents: readonly InvoiceDocument[];
  readonly originals: ReadonlyMap<DocumentId, StoredBinary>;
  readonly pages: readonly DocumentPage[];
  readonly results: readonly ExtractionResult[];
  readonly corrections: readonly Correction[];
  readonly jobs: readonly Job[];
  /** The saved settings, or null if the backed-up app had none saved. */
  readonly settings: unknown;
}

type Entries = ReadonlyMap<string, Uint8Array<ArrayBuffer>>;
type FieldTypes = Readonly<Record<string, 'string' | 'number'>>;

// The fields the stores' keys and indexes need, so a restored record is found where expected.
const documentFields: FieldTypes = {
  id: 'string',
  sha256: 'string',
  addedAt: 'number',
  name: 'string',
};
const correctionFields: FieldTypes = { id: 'string', documentId: 'string', at: 'number' };
const jobFields: FieldTypes = {
  id: 'string',
  documentId: 'string',
  status: 'string',
  createdAt: 'number',
};

const nothingChanged = 'Nothing was changed.';
const damaged = (detail: string): BackupError =>
  new BackupError(`This backup is damaged: ${detail}. ${nothingChanged}`);
const newer = (): BackupError =>
  new BackupError(
    `This backup was made by a newer version of the app. Update the app, then restore it. ${nothingChanged}`,
  );

export async function readBackup(zip: Uint8Array): Promise<VerifiedBackup> {
  const entries = unzip(zip);
  const manifestFiles = readManifest(entries);
  await verifyFiles(entries, manifestFiles);
  const read = <T>(path: string, fields: FieldTypes): T[] => readRecords<T>(entries, path, fields);
  const documents = read<InvoiceDocument>(dataPaths.documents, documentFields);
  const types = read<BackupOriginal>(dataPaths.originals, { documentId: 'string', type: 'string' });
  const pages = read<BackupPage>(dataPaths.pages, { documentId: 'string', index: 'number' });
  const backup = {
    documents,
    originals: new Map<DocumentId, StoredBinary>(),
    pages: pages.map((page) => withThumbnail(entries, page)),
    results: read<ExtractionResult>(dataPaths.results, { documentId: 'string' }),
    corrections: read<Correction>(dataPaths.corrections, correctionFields),
    jobs: read<Job>(dataPaths.jobs, jobFields),
    settings: readJson(entries, dataPaths.settings),
  };
  const typeOf = new Map(types.map((original) => [original.documentId, original.type]));
  for (const document of documents) {
    const path = originalPath(document.id);
    const bytes = entries.get(path);
    if (!bytes) throw damaged(`the original of "${document.name}" (${path}) is missing`);
    if ((await sha256Hex(bytes)) !== document.sha256.toLowerCase()) {
      throw damaged(`${path} is not the file "${document.name}" that was captured`);
    }
    const type = typeOf.get(document.id) ?? document.mimeType;
    backup.originals.set(document.id, { bytes: bytes.buffer, type });
  }
  return backup;
}

function unzip(zip: Uint8Array): Entries {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip);
  } catch {
    throw new BackupError(
      `This file is not a backup of this app (it is not a zip file). ${nothingChanged}`,
    );
  }
  // Own copies: entries may share the zip's buffer, and stored binaries need exact buffers.
  return new Map(Object.entries(files).map(([path, bytes]) => [path, new Uint8Array(bytes)]));
}

function readManifest(entries: Entries): readonly BackupFileEntry[] {
  if (!entries.has(manifestPath)) {
    throw new BackupError(
      `This file is not a backup of this app (it has no ${manifestPath}). ${nothingChanged}`,
    );
  }
  const manifest = readJson(entries, manifestPath);
  if (!isObject(manifest) || manifest.format !== backupFormat) {
    throw new BackupError(`This file is not a backup of this app. ${nothingChanged}`);
  }
  const { formatVersion, schemaVersion, files } = manifest;
  if (typeof formatVersion !== 'number' || typeof schemaVersion !== 'number') {
    throw damaged(`${manifestPath} has no valid version`);
  }
  if (formatVersion > backupFormatVersion || schemaVersion > SCHEMA_VERSION) throw newer();
  if (formatVersion < 1 || !Array.isArray(files) || !files.every(isFileEntry)) {
    throw damaged(`${manifestPath} is not valid`);
  }
  return files;
}

async function verifyFiles(entries: Entries, files: readonly BackupFileEntry[]): Promise<void> {
  const listed = new Set(files.map((file) => file.path));
  for (const path of entries.keys()) {
    if (path !== manifestPath && !listed.has(path)) throw damaged(`${path} is not in the manifest`);
  }
  for (const path of Object.values(dataPaths)) {
    if (!listed.has(path)) throw damaged(`${path} is missing`);
  }
  for (const { path, sha256, size } of files) {
    const bytes = entries.get(path);
    if (!bytes) throw damaged(`${path} is missing`);
    if (bytes.byteLength !== size || (await sha256Hex(bytes)) !== sha256.toLowerCase()) {
      throw damaged(`${path} does not match its checksum`);
    }
  }
}

function withThumbnail(entries: Entries, { thumbnail, ...page }: BackupPage): DocumentPage {
  if (!thumbnail) return page;
  const path = thumbnailPath(page.documentId, page.index);
  const bytes = entries.get(path);
  if (typeof thumbnail.type !== 'string') throw damaged(`${dataPaths.pages} is not valid`);
  if (!bytes) throw damaged(`${path} is missing`);
  return { ...page, thumbnail: { bytes: bytes.buffer, type: thumbnail.type } };
}

function readRecords<T>(entries: Entries, path: string, fields: FieldTypes): T[] {
  const value = readJson(entries, path);
  const valid = (record: unknown): boolean =>
    isObject(record) &&
    Object.entries(fields).every(([field, type]) => typeof record[field] === type);
  if (!Array.isArray(value) || !value.every(valid)) throw damaged(`${path} is not valid`);
  return value as T[];
}

function readJson(entries: Entries, path: string): unknown {
  const bytes = entries.get(path);
  if (!bytes) throw damaged(`${path} is missing`);
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    throw damaged(`${path} cannot be read`);
  }
}

function isFileEntry(value: unknown): value is BackupFileEntry {
  return (
    isObject(value) &&
    typeof value.path === 'string' &&
    typeof value.sha256 === 'string' &&
    typeof value.size === 'number'
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
