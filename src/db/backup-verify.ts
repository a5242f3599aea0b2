// Reads a backup zip and checks all of it before anything is restored; any flaw is a BackupError.
import type { StoredBinary } from '../domain/binary.ts';
import type { Correction } from '../domain/correction.ts';
import type {
  DocumentPage,
  EmbeddedFile,
  ExtractionResult,
  InvoiceDocument,
} from '../domain/document.ts';
import type { DocumentId } from '../domain/ids.ts';
import type { Job } from '../domain/job.ts';
import type { PageModel } from '../domain/page-model.ts';
import {
  binaryAt,
  damaged,
  readJson,
  readRecords,
  readVerifiedEntries,
  type Entries,
  type FieldTypes,
} from './backup-entries.ts';
import {
  dataPaths,
  embeddedPath,
  originalPath,
  pageImagePath,
  sha256Hex,
  thumbnailPath,
  type BackupEmbeddedFile,
  type BackupOriginal,
  type BackupPage,
} from './backup-format.ts';

/** The content of a backup that passed every check, with binaries as stored records. */
export interface VerifiedBackup {
  readonly documents: readonly InvoiceDocument[];
  readonly originals: ReadonlyMap<DocumentId, StoredBinary>;
  readonly pages: readonly DocumentPage[];
  readonly pageModels: readonly PageModel[];
  readonly embeddedFiles: readonly EmbeddedFile[];
  readonly results: readonly ExtractionResult[];
  readonly corrections: readonly Correction[];
  readonly jobs: readonly Job[];
  /** The saved settings, or null if the backed-up app had none saved. */
  readonly settings: unknown;
}

// The fields the stores' keys and indexes need, so a restored record is found where expected,
// and for derived data the fields its readers rely on.
const documentFields: FieldTypes = {
  id: 'string',
  sha256: 'string',
  addedAt: 'number',
  name: 'string',
};
const pageFields: FieldTypes = { documentId: 'string', index: 'number' };
const pageModelFields: FieldTypes = {
  documentId: 'string',
  index: 'number',
  width: 'number',
  height: 'number',
  source: 'string',
  words: 'array',
};
const embeddedFileFields: FieldTypes = { documentId: 'string', filename: 'string' };
const resultFields: FieldTypes = {
  documentId: 'string',
  source: 'string',
  invoice: 'object',
  evidence: 'object',
  findings: 'array',
  createdAt: 'number',
};
const correctionFields: FieldTypes = { id: 'string', documentId: 'string', at: 'number' };
const jobFields: FieldTypes = {
  id: 'string',
  documentId: 'string',
  status: 'string',
  createdAt: 'number',
};

export async function readBackup(zip: Uint8Array): Promise<VerifiedBackup> {
  const { entries, formatVersion } = await readVerifiedEntries(zip);
  const read = <T>(path: string, fields: FieldTypes): T[] => readRecords<T>(entries, path, fields);
  const documents = read<InvoiceDocument>(dataPaths.documents, documentFields);
  const originalTypes = read<BackupOriginal>(dataPaths.originals, {
    documentId: 'string',
    type: 'string',
  });
  const pages = read<BackupPage>(dataPaths.pages, pageFields);
  // Version 1 has no page models or embedded files; its results had a placeholder shape that no
  // step ever wrote and this version cannot read, so they are left out.
  const since2 = formatVersion >= 2;
  const embedded = since2
    ? read<BackupEmbeddedFile>(dataPaths.embeddedFiles, embeddedFileFields)
    : [];
  return {
    documents,
    originals: await readOriginals(entries, documents, originalTypes),
    pages: pages.map((page) => withBinaries(entries, page)),
    pageModels: since2 ? read<PageModel>(dataPaths.pageModels, pageModelFields) : [],
    embeddedFiles: embedded.map((file) => withBytes(entries, file)),
    results: since2 ? read<ExtractionResult>(dataPaths.results, resultFields) : [],
    corrections: read<Correction>(dataPaths.corrections, correctionFields),
    jobs: read<Job>(dataPaths.jobs, jobFields),
    settings: readJson(entries, dataPaths.settings),
  };
}

/** Each document's original, checked against the SHA-256 recorded when it was captured. */
async function readOriginals(
  entries: Entries,
  documents: readonly InvoiceDocument[],
  types: readonly BackupOriginal[],
): Promise<Map<DocumentId, StoredBinary>> {
  const typeOf = new Map(types.map((original) => [original.documentId, original.type]));
  const originals = new Map<DocumentId, StoredBinary>();
  for (const document of documents) {
    const path = originalPath(document.id);
    const bytes = entries.get(path);
    if (!bytes) throw damaged(`the original of "${document.name}" (${path}) is missing`);
    if ((await sha256Hex(bytes)) !== document.sha256.toLowerCase()) {
      throw damaged(`${path} is not the file "${document.name}" that was captured`);
    }
    originals.set(document.id, {
      bytes: bytes.buffer,
      type: typeOf.get(document.id) ?? document.mimeType,
    });
  }
  return originals;
}

function withBinaries(entries: Entries, { thumbnail, image, ...page }: BackupPage): DocumentPage {
  const { documentId, index } = page;
  const binary = (path: string, type: unknown) => binaryAt(entries, path, type, dataPaths.pages);
  return {
    ...page,
    ...(thumbnail ? { thumbnail: binary(thumbnailPath(documentId, index), thumbnail.type) } : {}),
    ...(image ? { image: binary(pageImagePath(documentId, index), image.type) } : {}),
  };
}

function withBytes(entries: Entries, { type, ...file }: BackupEmbeddedFile): EmbeddedFile {
  const path = embeddedPath(file.documentId);
  return { ...file, file: binaryAt(entries, path, type, dataPaths.embeddedFiles) };
}
