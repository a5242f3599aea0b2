// E-invoice XML found inside a document's PDF, one per document, stored byte for byte.
import type { EmbeddedFile } from '../domain/document.ts';
import type { DocumentId } from '../domain/ids.ts';
import { withQuotaHandling, type AppDatabase } from './database.ts';

/** Stores the embedded file of a document, replacing an earlier one. */
export async function putEmbeddedFile(db: AppDatabase, file: EmbeddedFile): Promise<void> {
  await withQuotaHandling(() => db.put('embeddedFiles', file));
}

export function getEmbeddedFile(
  db: AppDatabase,
  documentId: DocumentId,
): Promise<EmbeddedFile | undefined> {
  return db.get('embeddedFiles', documentId);
}
