// Rendered pages of documents, keyed by [documentId, index].
import type { DocumentPage } from '../domain/document.ts';
import type { DocumentId } from '../domain/ids.ts';
import { requestAll, writeTransaction, type AppDatabase } from './database.ts';

/** Replaces all pages of the documents in `pages` with `pages`, in one transaction. */
export function putPages(db: AppDatabase, pages: readonly DocumentPage[]): Promise<void> {
  const documentIds = [...new Set(pages.map((page) => page.documentId))];
  return writeTransaction(db, ['pages'], async (tx) => {
    const byDocument = tx.store.index('byDocument');
    const oldKeys = await requestAll(documentIds.map((id) => () => byDocument.getAllKeys(id)));
    await requestAll<unknown>([
      ...oldKeys.flat().map((key) => () => tx.store.delete(key)),
      ...pages.map((page) => () => tx.store.put(page)),
    ]);
  });
}

/**
 * Stores one page, replacing the stored record of that page. A thumbnail or display image the
 * new record lacks is kept from the stored one, so steps that render different images of a page
 * do not erase each other's work.
 */
export function putPage(db: AppDatabase, page: DocumentPage): Promise<void> {
  return writeTransaction(db, ['pages'], async (tx) => {
    const stored = await tx.store.get([page.documentId, page.index]);
    await tx.store.put(stored ? mergePage(stored, page) : page);
  });
}

/** `next` with the stored page's thumbnail and image where `next` has none. */
function mergePage(stored: DocumentPage, next: DocumentPage): DocumentPage {
  const thumbnail = next.thumbnail ?? stored.thumbnail;
  const image = next.image ?? stored.image;
  return { ...next, ...(thumbnail ? { thumbnail } : {}), ...(image ? { image } : {}) };
}

/** The pages of a document in page order. */
export async function getPages(db: AppDatabase, documentId: DocumentId): Promise<DocumentPage[]> {
  const pages = await db.getAllFromIndex('pages', 'byDocument', documentId);
  return pages.sort((a, b) => a.index - b.index);
}

export function getPage(
  db: AppDatabase,
  documentId: DocumentId,
  index: number,
): Promise<DocumentPage | undefined> {
  return db.get('pages', [documentId, index]);
}
