// Reads what an export needs from IndexedDB: each document, its reviewed invoice (the stored
// result) and, only when the format or the zip uses them, the original and the rendered pages.
import type { AppDatabase } from '../../db/database.ts';
import { getDocument, getOriginal } from '../../db/documents.ts';
import { getPages } from '../../db/pages.ts';
import { getResults } from '../../db/review.ts';
import type { StoredBinary } from '../../domain/binary.ts';
import type { DocumentId } from '../../domain/ids.ts';
import type { DocumentRefusal, ExportInput } from '../../export/export-types.ts';

export interface InputNeeds {
  /** The captured file (Factur-X base PDF, originals in the zip). */
  readonly original: boolean;
  /** The rendered pages (Factur-X for photos, scans and XML). */
  readonly pageImages: boolean;
}

export interface LoadedInputs {
  readonly inputs: ExportInput[];
  /** Documents without an invoice yet (not processed): nothing to export. */
  readonly unread: DocumentRefusal[];
}

/** The inputs in the order of `ids`; deleted or unknown documents are skipped. */
export async function loadExportInputs(
  db: AppDatabase,
  ids: readonly DocumentId[],
  needs: InputNeeds,
  unreadMessage: string,
): Promise<LoadedInputs> {
  const results = new Map((await getResults(db, ids)).map((r) => [r.documentId, r]));
  const inputs: ExportInput[] = [];
  const unread: DocumentRefusal[] = [];
  for (const id of ids) {
    const document = await getDocument(db, id);
    if (!document || document.deletedAt !== undefined) continue;
    const result = results.get(id);
    if (!result) {
      const missing = [{ field: '', fields: [], message: unreadMessage, ruleId: 'EXPORT-UNREAD' }];
      unread.push({ documentId: id, name: document.name, missing });
      continue;
    }
    const original = needs.original ? await getOriginal(db, id) : undefined;
    const pageImages = needs.pageImages ? await pageImagesOf(db, id) : undefined;
    inputs.push({
      document,
      invoice: result.invoice,
      ...(original ? { original } : {}),
      ...(pageImages && pageImages.length > 0 ? { pageImages } : {}),
    });
  }
  return { inputs, unread };
}

async function pageImagesOf(db: AppDatabase, id: DocumentId): Promise<StoredBinary[]> {
  const pages = await getPages(db, id);
  return pages.flatMap((page) => (page.image ? [page.image] : []));
}
