// The user's corrections of extracted fields: the audit trail of each document.
import type { Correction } from '../domain/correction.ts';
import type { DocumentId } from '../domain/ids.ts';
import { withQuotaHandling, type AppDatabase } from './database.ts';

export async function addCorrection(db: AppDatabase, correction: Correction): Promise<void> {
  await withQuotaHandling(() => db.put('corrections', correction));
}

/** A document's corrections, oldest first. */
export async function listCorrections(
  db: AppDatabase,
  documentId: DocumentId,
): Promise<Correction[]> {
  const corrections = await db.getAllFromIndex('corrections', 'byDocument', documentId);
  return corrections.sort((a, b) => a.at - b.at);
}
