// Step "render-preview": page count, page sizes and a first-page thumbnail, rendered in a worker.
import { createPreviewClient } from '../../clients/preview-client.ts';
import { getDocument, getOriginal, updateDocument } from '../../db/documents.ts';
import { putPage } from '../../db/pages.ts';
import { loadSettings } from '../../db/settings.ts';
import type { DocumentPage } from '../../domain/document.ts';
import { DocumentError } from '../../domain/document-error.ts';
import type { StepContext } from '../job-runner.ts';

const thumbnailWidth = 240;
const previewClient = createPreviewClient();

export async function renderPreviewStep({ db, documentId, signal }: StepContext): Promise<void> {
  const [document, original, settings] = await Promise.all([
    getDocument(db, documentId),
    getOriginal(db, documentId),
    loadSettings(db),
  ]);
  if (!document || !original) {
    throw new DocumentError('internal', 'The original file of this document is missing.');
  }
  const result = await previewClient.renderPreview(
    { bytes: original.bytes, kind: document.kind, limits: settings.limits, thumbnailWidth },
    signal,
  );
  if (!result.ok) throw new DocumentError(result.error.code, result.error.message);

  const pages: DocumentPage[] = result.pages.map((page) => ({
    documentId,
    index: page.index,
    width: page.width,
    height: page.height,
    ...(page.index === 0 ? { thumbnail: result.thumbnail } : {}),
  }));
  // One upsert per page keeps display images a re-run of this step did not produce.
  for (const page of pages) await putPage(db, page);
  await updateDocument(db, documentId, { pageCount: result.pageCount });
}
