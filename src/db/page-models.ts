// The words of each page (text layer or OCR), stored page by page as they are read, so a reload
// resumes after the last stored page and re-running extraction never reads a page twice.
import type { DocumentId } from '../domain/ids.ts';
import type { PageModel } from '../domain/page-model.ts';
import { requestAll, withQuotaHandling, writeTransaction, type AppDatabase } from './database.ts';

/** Stores one page's model, replacing an earlier one of the same page, in its own transaction. */
export async function putPageModel(db: AppDatabase, model: PageModel): Promise<void> {
  await withQuotaHandling(() => db.put('pageModels', model));
}

/** The page models stored for a document, in page order; pages not read yet are absent. */
export async function getPageModels(db: AppDatabase, documentId: DocumentId): Promise<PageModel[]> {
  const models = await db.getAllFromIndex('pageModels', 'byDocument', documentId);
  return models.sort((a, b) => a.index - b.index);
}

export function getPageModel(
  db: AppDatabase,
  documentId: DocumentId,
  index: number,
): Promise<PageModel | undefined> {
  return db.get('pageModels', [documentId, index]);
}

/** Removes every page model of a document, e.g. to read its pages again from scratch. */
export function deletePageModels(db: AppDatabase, documentId: DocumentId): Promise<void> {
  return writeTransaction(db, ['pageModels'], async (tx) => {
    const keys = await tx.store.index('byDocument').getAllKeys(documentId);
    await requestAll(keys.map((key) => () => tx.store.delete(key)));
  });
}
