// Capture intake: every accepted file is stored (original bytes + record + its job, atomically)
// before any processing happens; refused files are never stored and say why.
import type { AppDatabase } from '../db/database.ts';
import { storeNewDocument } from '../db/documents.ts';
import type { InvoiceDocument } from '../domain/document.ts';
import {
  DocumentError,
  toDocumentErrorInfo,
  type DocumentErrorInfo,
} from '../domain/document-error.ts';
import { newDocumentId, newJobId } from '../domain/ids.ts';
import { documentSteps, type Job } from '../domain/job.ts';
import type { Limits } from '../domain/limits.ts';
import { checkFileSize, validateCapturedFile } from '../pipeline/validate-capture.ts';

export type ImportOutcome =
  | { readonly status: 'stored'; readonly name: string; readonly document: InvoiceDocument }
  | { readonly status: 'duplicate'; readonly name: string; readonly existing: InvoiceDocument }
  | { readonly status: 'refused'; readonly name: string; readonly error: DocumentErrorInfo };

/** What intake needs of a file: the browser's File satisfies it. */
export interface CapturedFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export async function importFile(
  db: AppDatabase,
  file: CapturedFile,
  limits: Limits,
  now: number = Date.now(),
): Promise<ImportOutcome> {
  const name = file.name || 'Unnamed file';
  // Refuse oversized files before reading them into memory.
  const sizeError = checkFileSize(name, file.size, limits);
  if (sizeError) return { status: 'refused', name, error: sizeError };
  try {
    const bytes = await readBytes(file, name);
    const check = validateCapturedFile(name, new Uint8Array(bytes), limits);
    if (!check.ok) return { status: 'refused', name, error: check.error };

    const document: InvoiceDocument = {
      id: newDocumentId(),
      sha256: await sha256Hex(bytes),
      name,
      kind: check.kind,
      mimeType: check.mimeType,
      size: bytes.byteLength,
      addedAt: now,
      status: 'queued',
      ...(check.pages === undefined ? {} : { pageCount: check.pages }),
    };
    const job: Job = {
      id: newJobId(),
      documentId: document.id,
      steps: documentSteps,
      nextStep: 0,
      status: 'pending',
      attempts: 0,
      createdAt: now,
      updatedAt: now,
    };
    const result = await storeNewDocument(db, {
      document,
      original: { documentId: document.id, file: { bytes, type: check.mimeType } },
      job,
    });
    return result.stored
      ? { status: 'stored', name, document }
      : { status: 'duplicate', name, existing: result.existing };
  } catch (error) {
    return { status: 'refused', name, error: toDocumentErrorInfo(error, `Importing “${name}”`) };
  }
}

async function readBytes(file: CapturedFile, name: string): Promise<ArrayBuffer> {
  try {
    return await file.arrayBuffer();
  } catch {
    throw new DocumentError(
      'unreadable-file',
      `“${name}” could not be read from the device. It may have been moved or deleted while importing; try again.`,
    );
  }
}

/** Imports one file after another so a large folder never holds more than one file in memory. */
export async function importFiles(
  db: AppDatabase,
  files: readonly CapturedFile[],
  limits: Limits,
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const file of files) outcomes.push(await importFile(db, file, limits));
  return outcomes;
}
