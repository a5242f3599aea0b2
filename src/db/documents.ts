// Captured documents and their originals: storing, listing, soft delete and purge.
import type { StoredBinary } from '../domain/binary.ts';
import type { InvoiceDocument, OriginalFile } from '../domain/document.ts';
import type { DocumentId } from '../domain/ids.ts';
import type { Job } from '../domain/job.ts';
import { requestAll, writeTransaction, type AppDatabase } from './database.ts';
import { patchRecord } from './records.ts';

export interface NewDocument {
  readonly document: InvoiceDocument;
  readonly original: OriginalFile;
  readonly job: Job;
}

export type StoreDocumentOutcome =
  { readonly stored: true } | { readonly stored: false; readonly existing: InvoiceDocument };

export type DocumentPatch = Partial<
  Pick<InvoiceDocument, 'status' | 'error' | 'pageCount' | 'review'>
>;

/**
 * Stores a captured document with its original and its job, all or nothing. A file already
 * captured (same SHA-256) is not stored again; if it was deleted, the delete is undone instead.
 */
export async function storeNewDocument(
  db: AppDatabase,
  { document, original, job }: NewDocument,
): Promise<StoreDocumentOutcome> {
  if (original.documentId !== document.id || job.documentId !== document.id) {
    throw new Error(`The original and job must belong to document ${document.id}.`);
  }
  return writeTransaction(db, ['documents', 'originals', 'jobs'], async (tx) => {
    const documents = tx.objectStore('documents');
    const existing = await documents.index('bySha256').get(document.sha256);
    if (existing?.deletedAt !== undefined) {
      const restored = patchRecord(existing, { deletedAt: undefined });
      await documents.put(restored);
      return { stored: false, existing: restored };
    }
    if (existing) return { stored: false, existing };
    await requestAll<unknown>([
      () => documents.add(document),
      () => tx.objectStore('originals').add(original),
      () => tx.objectStore('jobs').add(job),
    ]);
    return { stored: true };
  });
}

/** Documents not marked deleted, newest first. */
export async function listDocuments(db: AppDatabase): Promise<InvoiceDocument[]> {
  const all = await db.getAllFromIndex('documents', 'byAddedAt');
  return all.filter((document) => document.deletedAt === undefined).reverse();
}

export function getDocument(db: AppDatabase, id: DocumentId): Promise<InvoiceDocument | undefined> {
  return db.get('documents', id);
}

export async function getOriginal(
  db: AppDatabase,
  id: DocumentId,
): Promise<StoredBinary | undefined> {
  return (await db.get('originals', id))?.file;
}

/** Applies `patch`; `error: undefined` removes the error. Returns undefined if there is no such document. */
export function updateDocument(
  db: AppDatabase,
  id: DocumentId,
  patch: DocumentPatch,
): Promise<InvoiceDocument | undefined> {
  return writeTransaction(db, ['documents'], async (tx) => {
    const document = await tx.store.get(id);
    if (!document) return undefined;
    const updated = patchRecord(document, patch);
    await tx.store.put(updated);
    return updated;
  });
}

/** Hides documents so the delete can be undone until they are purged; keeps an earlier mark. */
export function markDeleted(
  db: AppDatabase,
  ids: readonly DocumentId[],
  at: number,
): Promise<void> {
  return patchEach(db, ids, (document) =>
    document.deletedAt === undefined ? { ...document, deletedAt: at } : undefined,
  );
}

export function unmarkDeleted(db: AppDatabase, ids: readonly DocumentId[]): Promise<void> {
  return patchEach(db, ids, (document) =>
    document.deletedAt === undefined ? undefined : patchRecord(document, { deletedAt: undefined }),
  );
}

/** Removes documents marked deleted before `deletedBefore`, with all their data. Returns how many. */
export function purgeDeleted(db: AppDatabase, deletedBefore: number): Promise<number> {
  const stores = [
    'documents',
    'originals',
    'pages',
    'pageModels',
    'embeddedFiles',
    'results',
    'corrections',
    'jobs',
  ] as const;
  return writeTransaction(db, [...stores], async (tx) => {
    const purgeable = (await tx.objectStore('documents').getAll()).filter(
      (document) => document.deletedAt !== undefined && document.deletedAt < deletedBefore,
    );
    for (const { id } of purgeable) {
      const pageKeys = await tx.objectStore('pages').index('byDocument').getAllKeys(id);
      const modelKeys = await tx.objectStore('pageModels').index('byDocument').getAllKeys(id);
      const correctionKeys = await tx.objectStore('corrections').index('byDocument').getAllKeys(id);
      const jobKeys = await tx.objectStore('jobs').index('byDocument').getAllKeys(id);
      await requestAll([
        () => tx.objectStore('documents').delete(id),
        () => tx.objectStore('originals').delete(id),
        () => tx.objectStore('results').delete(id),
        () => tx.objectStore('embeddedFiles').delete(id),
        ...pageKeys.map((key) => () => tx.objectStore('pages').delete(key)),
        ...modelKeys.map((key) => () => tx.objectStore('pageModels').delete(key)),
        ...correctionKeys.map((key) => () => tx.objectStore('corrections').delete(key)),
        ...jobKeys.map((key) => () => tx.objectStore('jobs').delete(key)),
      ]);
    }
    return purgeable.length;
  });
}

/** Rewrites each existing document that `change` returns a new version of, in one transaction. */
function patchEach(
  db: AppDatabase,
  ids: readonly DocumentId[],
  change: (document: InvoiceDocument) => InvoiceDocument | undefined,
): Promise<void> {
  return writeTransaction(db, ['documents'], async (tx) => {
    const documents = await requestAll(ids.map((id) => () => tx.store.get(id)));
    const updated = documents.flatMap((document) => (document ? [change(document)] : []));
    await requestAll(
      updated.flatMap((document) => (document ? [() => tx.store.put(document)] : [])),
    );
  });
}
