// Loads what the review screen needs for one document in one go: the record, its result (or a
// blank one to fill by hand), page images as object URLs, page words and the audit trail.
import type { AppDatabase } from '../../db/database.ts';
import { getDocument } from '../../db/documents.ts';
import { listCorrections } from '../../db/corrections.ts';
import { getPageModels } from '../../db/page-models.ts';
import { getPages } from '../../db/pages.ts';
import { getResult } from '../../db/results.ts';
import type { Correction } from '../../domain/correction.ts';
import type { ExtractionResult, InvoiceDocument } from '../../domain/document.ts';
import type { DocumentId } from '../../domain/ids.ts';
import { emptyInvoice } from '../../domain/invoice.ts';
import type { PageWord } from '../../domain/page-model.ts';

export interface ReviewPage {
  readonly index: number;
  /** Object URL of the display image (or the thumbnail while none is stored); revoke on close. */
  readonly url?: string;
  /** The coordinate space of the words: width / height. */
  readonly aspect: number;
  readonly words: readonly PageWord[];
}

export interface LoadedReview {
  readonly document: InvoiceDocument;
  /** The stored result, or a blank one when extraction produced none (yet). */
  readonly result: ExtractionResult;
  readonly stored: boolean;
  readonly pages: readonly ReviewPage[];
  readonly corrections: readonly Correction[];
}

export function blankResult(documentId: DocumentId): ExtractionResult {
  return {
    documentId,
    source: 'model',
    invoice: emptyInvoice,
    evidence: {},
    findings: [],
    createdAt: Date.now(),
  };
}

export async function loadReview(
  db: AppDatabase,
  documentId: DocumentId,
): Promise<LoadedReview | undefined> {
  const [document, result, pages, models, corrections] = await Promise.all([
    getDocument(db, documentId),
    getResult(db, documentId),
    getPages(db, documentId),
    getPageModels(db, documentId),
    listCorrections(db, documentId),
  ]);
  if (!document || document.deletedAt !== undefined) return undefined;
  const modelByIndex = new Map(models.map((model) => [model.index, model]));
  const reviewPages = pages.map((page): ReviewPage => {
    const model = modelByIndex.get(page.index);
    const image = page.image ?? page.thumbnail;
    const width = model?.width ?? page.width;
    const height = model?.height ?? page.height;
    return {
      index: page.index,
      ...(image ? { url: URL.createObjectURL(new Blob([image.bytes], { type: image.type })) } : {}),
      aspect: width > 0 && height > 0 ? width / height : 1 / Math.SQRT2,
      words: model?.words ?? [],
    };
  });
  return {
    document,
    result: result ?? blankResult(documentId),
    stored: result !== undefined,
    pages: reviewPages,
    corrections,
  };
}

export function releasePages(pages: readonly ReviewPage[]): void {
  for (const page of pages) if (page.url) URL.revokeObjectURL(page.url);
}
