// The review workflow's storage: review status changes, a corrected result saved together with
// its audit-trail entries (all or nothing), and the bulk reads the inbox index is built from.
import type { Correction } from '../domain/correction.ts';
import type { ExtractionResult, InvoiceDocument, ReviewStatus } from '../domain/document.ts';
import type { DocumentId } from '../domain/ids.ts';
import { requestAll, writeTransaction, type AppDatabase } from './database.ts';

/** Sets the review status of existing documents; returns the documents as stored. */
export function setReviewStatus(
  db: AppDatabase,
  ids: readonly DocumentId[],
  status: ReviewStatus,
  at: number,
): Promise<InvoiceDocument[]> {
  return writeTransaction(db, ['documents'], async (tx) => {
    const documents = await requestAll(ids.map((id) => () => tx.store.get(id)));
    const updated = documents.flatMap((document) =>
      document ? [{ ...document, review: { status, at } }] : [],
    );
    await requestAll(updated.map((document) => () => tx.store.put(document)));
    return updated;
  });
}

/**
 * Marks processed documents 'needs-review' where no review decision exists yet. Extraction steps
 * call it (or putResultForReview) when they store a result; the inbox backfills older documents.
 */
export function markNeedsReview(
  db: AppDatabase,
  ids: readonly DocumentId[],
  at: number,
): Promise<number> {
  return writeTransaction(db, ['documents'], async (tx) => {
    const documents = await requestAll(ids.map((id) => () => tx.store.get(id)));
    const unmarked = documents.filter(
      (document): document is InvoiceDocument => !!document && document.review === undefined,
    );
    await requestAll(
      unmarked.map(
        (document) => () => tx.store.put({ ...document, review: { status: 'needs-review', at } }),
      ),
    );
    return unmarked.length;
  });
}

/** Stores an extraction result and asks for a fresh review of it, in one transaction. */
export function putResultForReview(
  db: AppDatabase,
  result: ExtractionResult,
  at: number,
): Promise<void> {
  return writeTransaction(db, ['results', 'documents'], async (tx) => {
    const document = await tx.objectStore('documents').get(result.documentId);
    await requestAll<unknown>([
      () => tx.objectStore('results').put(result),
      ...(document
        ? [
            () =>
              tx
                .objectStore('documents')
                .put({ ...document, review: { status: 'needs-review', at } }),
          ]
        : []),
    ]);
  });
}

/** A user's edit: the corrected result and the corrections that explain it land together. */
export function saveReviewEdit(
  db: AppDatabase,
  result: ExtractionResult,
  corrections: readonly Correction[],
): Promise<void> {
  return writeTransaction(db, ['results', 'corrections'], async (tx) => {
    await requestAll<unknown>([
      () => tx.objectStore('results').put(result),
      ...corrections.map((correction) => () => tx.objectStore('corrections').put(correction)),
    ]);
  });
}

/** Every stored result, for building the inbox index in one read. */
export function listResults(db: AppDatabase): Promise<ExtractionResult[]> {
  return db.getAll('results');
}

/** The results of some documents (absent ones are skipped). */
export async function getResults(
  db: AppDatabase,
  ids: readonly DocumentId[],
): Promise<ExtractionResult[]> {
  const tx = db.transaction('results');
  const results = await Promise.all(ids.map((id) => tx.store.get(id)));
  return results.filter((result): result is ExtractionResult => result !== undefined);
}
