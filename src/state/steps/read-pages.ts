// Step "read-pages": every page becomes a PageModel — from the PDF text layer when it is usable,
// otherwise by OCR of the prepared page image. Each page is stored as soon as it is read, so a
// reload resumes after the last stored page and re-running extraction never re-OCRs.
import { createDocumentClient } from '../../clients/document-client.ts';
import { createOcrPool, type OcrPool } from '../../clients/ocr-pool.ts';
import { getDocument, getOriginal } from '../../db/documents.ts';
import { putEmbeddedFile } from '../../db/embedded-files.ts';
import { getPageModels, putPageModel } from '../../db/page-models.ts';
import { putPage } from '../../db/pages.ts';
import { loadSettings } from '../../db/settings.ts';
import { DocumentError } from '../../domain/document-error.ts';
import { xmlKinds } from '../../domain/file-kind.ts';
import type { PageModel, PageWord, Rotation } from '../../domain/page-model.ts';
import { ocrLanguageOptions, type Settings } from '../../domain/settings.ts';
import { findEmbeddedInvoice } from '../../einvoice/find-embedded.ts';
import { turnDisplayHalf } from '../../pipeline/page-display.ts';
import { mergeTextAndOcr } from '../../pipeline/pdf-text-merge.ts';
import { encodePgm } from '../../pipeline/ocr-input.ts';
import type { DocumentPage } from '../../domain/document.ts';
import type { StepContext } from '../job-runner.ts';

const documentClient = createDocumentClient();
let ocrPool: OcrPool | undefined;
let ocrPoolSize = -1;

/** One OCR pool for the tab, rebuilt when the worker setting changes. */
function ocrPoolFor(settings: Settings): OcrPool {
  if (!ocrPool || ocrPoolSize !== settings.ocrWorkers) {
    ocrPool?.dispose();
    ocrPool = createOcrPool(settings.ocrWorkers > 0 ? { size: settings.ocrWorkers } : {});
    ocrPoolSize = settings.ocrWorkers;
  }
  return ocrPool;
}

const ocrDpi = 300;

/** A word of the page turned by 180° (its box in the turned image). */
function turnedWord(word: PageWord): PageWord {
  const { box, norm } = word;
  const width = box.x1 / norm.x1 || 0;
  const height = box.y1 / norm.y1 || 0;
  return {
    ...word,
    box: { x0: width - box.x1, y0: height - box.y1, x1: width - box.x0, y1: height - box.y0 },
    norm: { x0: 1 - norm.x1, y0: 1 - norm.y1, x1: 1 - norm.x0, y1: 1 - norm.y0 },
  };
}

export async function readPagesStep(context: StepContext): Promise<void> {
  const { db, documentId, signal, progress } = context;
  const [document, original, settings] = await Promise.all([
    getDocument(db, documentId),
    getOriginal(db, documentId),
    loadSettings(db),
  ]);
  if (!document || !original) {
    throw new DocumentError('internal', 'The original file of this document is missing.');
  }
  if (xmlKinds.has(document.kind)) return; // e-invoice XML has no pages to read

  const stored = new Set((await getPageModels(db, documentId)).map((model) => model.index));
  const opened = await documentClient.open(
    { documentId, bytes: original.bytes, kind: document.kind, limits: settings.limits },
    signal,
  );
  if (!opened.ok) throw new DocumentError(opened.error.code, opened.error.message);
  const { handle, pageCount, attachments } = opened.value;
  try {
    const embedded = findEmbeddedInvoice(attachments);
    if (embedded) {
      await putEmbeddedFile(db, {
        documentId,
        filename: embedded.filename,
        file: { bytes: embedded.bytes.slice().buffer, type: 'application/xml' },
      });
    }
    const pending = [...Array(pageCount).keys()].filter((index) => !stored.has(index));
    let done = pageCount - pending.length;
    progress(done, pageCount, 'pages');
    const pool = ocrPoolFor(settings);
    const languages = settings.ocrLanguages.filter((language) =>
      (ocrLanguageOptions as readonly string[]).includes(language),
    );
    // Pages overlap (one prepared while another is OCRed) up to the pool's width.
    await forEachLimited(pending, Math.max(1, pool.size), async (index) => {
      const model = await readPage(handle, index, pool, languages, settings.keepOcrImages, signal);
      await putPage(db, model.page);
      await putPageModel(db, model.model);
      progress(++done, pageCount, model.model.source === 'ocr' ? 'pages (OCR)' : 'pages');
    });
  } finally {
    await documentClient.close(handle);
  }
}

async function readPage(
  handle: number,
  index: number,
  pool: OcrPool,
  languages: readonly string[],
  keepOcrImage: boolean,
  signal: AbortSignal,
): Promise<{ page: DocumentPage; model: PageModel }> {
  const result = await documentClient.page({ handle, index, ocrDpi }, signal);
  if (!result.ok) throw new DocumentError(result.error.code, result.error.message);
  const read = result.value;
  const page: DocumentPage = {
    documentId: read.documentId,
    index,
    width: read.pageSize.width,
    height: read.pageSize.height,
    image: { bytes: read.display.bytes, type: read.display.type },
  };
  if (read.kind === 'text') return { page, model: { ...read.model, timings: read.timings } };

  const { prepared } = read;
  // PGM is what the OCR engine reads anyway, and the native tesseract CLI reads it too.
  const ocrImage = keepOcrImage
    ? {
        ocrImage: {
          bytes: encodePgm(prepared.image).slice().buffer,
          type: 'image/x-portable-graymap',
        },
      }
    : {};
  const ocr = await pool.recognize(prepared.image, {
    languages: languages.length > 0 ? languages : ['eng'],
    dpi: prepared.dpi,
    signal,
    // All-caps text (receipts) has few ascenders to tell up from down, and the ink alone can be
    // confidently wrong: a page that reads poorly is read turned too, and the better reading kept.
    retryUpsideDown: true,
    // Dot-matrix and faint thermal print: a page that still reads poorly is read with bolder ink.
    retryBold: true,
  });
  const textWords = read.textModel?.words;
  const stamped = textWords && (ocr.turned === 180 ? textWords.map(turnedWord) : textWords);
  const words = stamped ? mergeTextAndOcr(stamped, ocr.words) : ocr.words;
  const shown = ocr.turned === 180 ? await turnDisplayHalf(read.display) : read.display;
  const model: PageModel = {
    documentId: read.documentId,
    index,
    width: ocr.width,
    height: ocr.height,
    rotation: ((read.pageRotation + prepared.rotation + ocr.turned) % 360) as Rotation,
    source: 'ocr',
    words,
    language: languages.join('+'),
    timings: { ...read.timings, ocr: ocr.ms },
  };
  return { page: { ...page, image: { bytes: shown.bytes, type: shown.type }, ...ocrImage }, model };
}

/** Runs `work` over `items` with at most `limit` in flight; the first failure stops the rest. */
async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
