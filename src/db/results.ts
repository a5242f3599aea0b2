// Extraction results, one per document.
import type { ExtractionResult } from '../domain/document.ts';
import type { DocumentId } from '../domain/ids.ts';
import { withQuotaHandling, type AppDatabase } from './database.ts';

export async function putResult(db: AppDatabase, result: ExtractionResult): Promise<void> {
  await withQuotaHandling(() => db.put('results', result));
}

export function getResult(
  db: AppDatabase,
  documentId: DocumentId,
): Promise<ExtractionResult | undefined> {
  return db.get('results', documentId);
}
