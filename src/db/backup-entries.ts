// The checks on a backup zip as a whole: it unzips, its manifest is ours, and every file it lists
// is there with the listed size and SHA-256. Any flaw is a BackupError.
import { unzipSync } from 'fflate';
import type { StoredBinary } from '../domain/binary.ts';
import {
  BackupError,
  backupFormat,
  backupFormatVersion,
  manifestPath,
  requiredDataPaths,
  sha256Hex,
  type BackupFileEntry,
} from './backup-format.ts';
import { SCHEMA_VERSION } from './schema.ts';

/** The files of a backup by path, each with a buffer of its own. */
export type Entries = ReadonlyMap<string, Uint8Array<ArrayBuffer>>;

/** Fields a record must have, with their JSON type. */
export type FieldTypes = Readonly<Record<string, 'string' | 'number' | 'object' | 'array'>>;

const nothingChanged = 'Nothing was changed.';

export const damaged = (detail: string): BackupError =>
  new BackupError(`This backup is damaged: ${detail}. ${nothingChanged}`);

const newer = (): BackupError =>
  new BackupError(
    `This backup was made by a newer version of the app. Update the app, then restore it. ${nothingChanged}`,
  );

/** Unzips a backup and checks its manifest and every file's checksum; returns its format version. */
export async function readVerifiedEntries(
  zip: Uint8Array,
): Promise<{ readonly entries: Entries; readonly formatVersion: number }> {
  const entries = unzip(zip);
  const { formatVersion, files } = readManifest(entries);
  await verifyFiles(entries, files, formatVersion);
  return { entries, formatVersion };
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

function readManifest(entries: Entries): {
  formatVersion: number;
  files: readonly BackupFileEntry[];
} {
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
  return { formatVersion, files };
}

async function verifyFiles(
  entries: Entries,
  files: readonly BackupFileEntry[],
  formatVersion: number,
): Promise<void> {
  const listed = new Set(files.map((file) => file.path));
  for (const path of entries.keys()) {
    if (path !== manifestPath && !listed.has(path)) throw damaged(`${path} is not in the manifest`);
  }
  for (const path of requiredDataPaths(formatVersion)) {
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

/** The file at `path` as a stored binary of MIME type `type`. */
export function binaryAt(
  entries: Entries,
  path: string,
  type: unknown,
  listedIn: string,
): StoredBinary {
  if (typeof type !== 'string') throw damaged(`${listedIn} is not valid`);
  const bytes = entries.get(path);
  if (!bytes) throw damaged(`${path} is missing`);
  return { bytes: bytes.buffer, type };
}

/** The JSON array at `path`, each element an object with `fields` of the given types. */
export function readRecords<T>(entries: Entries, path: string, fields: FieldTypes): T[] {
  const value = readJson(entries, path);
  if (!Array.isArray(value) || !value.every((record) => hasFields(record, fields))) {
    throw damaged(`${path} is not valid`);
  }
  return value as T[];
}

function hasFields(record: unknown, fields: FieldTypes): boolean {
  return (
    isObject(record) &&
    Object.entries(fields).every(([field, type]) => {
      const value = record[field];
      if (type === 'array') return Array.isArray(value);
      if (type === 'object') return isObject(value);
      return typeof value === type;
    })
  );
}

export function readJson(entries: Entries, path: string): unknown {
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
