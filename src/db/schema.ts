// The IndexedDB schema and its migrations; the migration list is the single source of the schema.
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Correction } from '../domain/correction.ts';
import type {
  DocumentPage,
  EmbeddedFile,
  ExtractionResult,
  InvoiceDocument,
  OriginalFile,
} from '../domain/document.ts';
import type { CorrectionId, DocumentId, JobId } from '../domain/ids.ts';
import type { Job, JobStatus } from '../domain/job.ts';
import type { PageModel } from '../domain/page-model.ts';

export interface AppSchema extends DBSchema {
  documents: {
    key: DocumentId;
    value: InvoiceDocument;
    indexes: { bySha256: string; byAddedAt: number };
  };
  originals: { key: DocumentId; value: OriginalFile };
  pages: {
    key: [DocumentId, number];
    value: DocumentPage;
    indexes: { byDocument: DocumentId };
  };
  pageModels: {
    key: [DocumentId, number];
    value: PageModel;
    indexes: { byDocument: DocumentId };
  };
  embeddedFiles: { key: DocumentId; value: EmbeddedFile };
  results: { key: DocumentId; value: ExtractionResult };
  corrections: {
    key: CorrectionId;
    value: Correction;
    indexes: { byDocument: DocumentId };
  };
  jobs: {
    key: JobId;
    value: Job;
    indexes: { byDocument: DocumentId; byStatus: JobStatus };
  };
  settings: { key: string; value: unknown };
}

export type AppStoreName = StoreNames<AppSchema>;

export type Migration = (
  db: IDBPDatabase<AppSchema>,
  tx: IDBPTransaction<AppSchema, AppStoreName[], 'versionchange'>,
) => void;

/** migrations[i] brings the database from version i to version i + 1. Only ever append. */
export const migrations: readonly Migration[] = [
  // Version 1: captured documents, their originals, the processing queue and settings.
  (db) => {
    const documents = db.createObjectStore('documents', { keyPath: 'id' });
    documents.createIndex('bySha256', 'sha256', { unique: true });
    documents.createIndex('byAddedAt', 'addedAt');
    db.createObjectStore('originals', { keyPath: 'documentId' });
    const jobs = db.createObjectStore('jobs', { keyPath: 'id' });
    jobs.createIndex('byDocument', 'documentId', { unique: true });
    jobs.createIndex('byStatus', 'status');
    db.createObjectStore('settings');
  },
  // Version 2: rendered pages, extraction results and the user's corrections.
  (db) => {
    const pages = db.createObjectStore('pages', { keyPath: ['documentId', 'index'] });
    pages.createIndex('byDocument', 'documentId');
    db.createObjectStore('results', { keyPath: 'documentId' });
    const corrections = db.createObjectStore('corrections', { keyPath: 'id' });
    corrections.createIndex('byDocument', 'documentId');
  },
  // Version 3: the words of each page (text layer or OCR) and e-invoice XML found inside PDFs.
  (db) => {
    const pageModels = db.createObjectStore('pageModels', { keyPath: ['documentId', 'index'] });
    pageModels.createIndex('byDocument', 'documentId');
    db.createObjectStore('embeddedFiles', { keyPath: 'documentId' });
  },
];

export const SCHEMA_VERSION = migrations.length;

/** Applies every migration newer than `oldVersion`, in order, inside the upgrade transaction. */
export function upgradeSchema(
  db: IDBPDatabase<AppSchema>,
  oldVersion: number,
  tx: IDBPTransaction<AppSchema, AppStoreName[], 'versionchange'>,
): void {
  for (let version = oldVersion + 1; version <= SCHEMA_VERSION; version++) {
    migrations[version - 1]?.(db, tx);
  }
}
