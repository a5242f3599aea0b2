// Test data for the db tests: documents whose sha256 really is the hash of their original.
import 'fake-indexeddb/auto';
import type { StoredBinary } from '../../../src/domain/binary.ts';
import type { Correction } from '../../../src/domain/correction.ts';
import type {
  DocumentPage,
  ExtractionResult,
  InvoiceDocument,
  OriginalFile,
} from '../../../src/domain/document.ts';
import {
  newCorrectionId,
  newDocumentId,
  newJobId,
  type DocumentId,
} from '../../../src/domain/ids.ts';
import { documentSteps, type Job } from '../../../src/domain/job.ts';
import { openAppDatabase, type AppDatabase } from '../../../src/db/database.ts';
import { sha256Hex } from '../../../src/db/backup-format.ts';
import type { NewDocument } from '../../../src/db/documents.ts';

/** A database of its own for each test. */
export function freshDatabase(): Promise<AppDatabase> {
  return openAppDatabase(crypto.randomUUID());
}

export function binary(text: string, type = 'application/pdf'): StoredBinary {
  return { bytes: new TextEncoder().encode(text).buffer, type };
}

/** A captured file as the capture code would store it; `content` decides the sha256. */
export async function newCapture(
  content: string,
  addedAt = 1_700_000_000_000,
): Promise<NewDocument> {
  const id = newDocumentId();
  const file = binary(`%PDF-1.7 ${content}`);
  const document: InvoiceDocument = {
    id,
    sha256: await sha256Hex(new Uint8Array(file.bytes)),
    name: `${content}.pdf`,
    kind: 'pdf',
    mimeType: 'application/pdf',
    size: file.bytes.byteLength,
    addedAt,
    status: 'queued',
  };
  const original: OriginalFile = { documentId: id, file };
  const job: Job = {
    id: newJobId(),
    documentId: id,
    steps: documentSteps,
    nextStep: 0,
    status: 'pending',
    attempts: 0,
    createdAt: addedAt,
    updatedAt: addedAt,
  };
  return { document, original, job };
}

export function page(documentId: DocumentId, index: number, withThumbnail = true): DocumentPage {
  const base = { documentId, index, width: 595, height: 842 };
  return withThumbnail ? { ...base, thumbnail: binary(`thumb ${index}`, 'image/webp') } : base;
}

export function result(documentId: DocumentId): ExtractionResult {
  return { documentId, source: 'text-layer', fields: { total: '119.00' }, createdAt: 5 };
}

export function correction(documentId: DocumentId, at: number): Correction {
  return {
    id: newCorrectionId(),
    documentId,
    field: 'total',
    before: '119.00',
    after: '191.00',
    at,
  };
}

/** Every record of every store, comparable with toEqual, for before/after comparisons. */
export async function dumpDatabase(db: AppDatabase): Promise<Record<string, unknown[]>> {
  const names = [...db.objectStoreNames].sort();
  const dump: Record<string, unknown[]> = {};
  for (const name of names) dump[name] = comparable(await db.getAll(name)) as unknown[];
  return dump;
}

/** `value` with every ArrayBuffer as a byte array: toEqual does not look inside ArrayBuffers. */
export function comparable(value: unknown): unknown {
  if (value instanceof ArrayBuffer) return { arrayBuffer: Array.from(new Uint8Array(value)) };
  if (Array.isArray(value)) return value.map(comparable);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, each]) => [key, comparable(each)]));
  }
  return value;
}
