// PDF pages for the document worker: the text layer when it is usable (rendered only for display),
// otherwise a 300 dpi render prepared for OCR, keeping the exact words of a scan's stamped text.
import type { OPS as PdfjsOps, PDFDocumentProxy } from 'pdfjs-dist';
import { DocumentError } from '../domain/document-error.ts';
import type { DocumentId } from '../domain/ids.ts';
import {
  normaliseBox,
  type PageModel,
  type PageWord,
  type StageTimings,
} from '../domain/page-model.ts';
import {
  defaultDisplayDpi,
  defaultOcrDpi,
  type DocumentPage,
  type OpenDocumentInput,
  type PageDocument,
  type PageOptions,
} from './page-document.ts';
import { encodeDisplay, encodePreparedDisplay } from './page-display.ts';
import { readAttachments, type EmbeddedAttachment } from './pdf-attachments.ts';
import { loadPdfjs, openPdf, toPdfError, type OpenedPdf } from './pdf-open.ts';
import { canvasPixels, pageRenderScale, releaseCanvas, renderPdfPage } from './pdf-render.ts';
import { readTextLayer, textLayerModel, type PageTextLayer } from './pdf-text.ts';
import { chooseTextLayer, imageCoverage, needsImageCoverage } from './pdf-text-quality.ts';
import { applyMatrix, invert, type Matrix3 } from './prepare-homography.ts';
import { prepareForOcr, type PreparedImage } from './prepare-image.ts';

export async function openPdfDocument(input: OpenDocumentInput): Promise<PageDocument> {
  const pdfjs = await loadPdfjs();
  let pdf: OpenedPdf;
  try {
    pdf = await openPdf(input.bytes, input.limits, { password: input.password });
  } catch (error) {
    throw passwordError(error, input.password !== undefined);
  }
  let attachments: EmbeddedAttachment[] = [];
  try {
    if (input.attachments !== false) attachments = await readAttachments(pdf.document);
  } catch (error) {
    await pdf.close();
    throw toPdfError(error);
  }
  return {
    pageCount: pdf.document.numPages,
    attachments,
    async page(options) {
      try {
        return await readPdfPage(pdf.document, pdfjs.OPS, input, options);
      } catch (error) {
        throw toPdfError(error);
      }
    },
    close: () => pdf.close(),
  };
}

/** pdf-open says protected PDFs are unsupported; here a password can be asked for. */
function passwordError(error: unknown, passwordGiven: boolean): unknown {
  if (!(error instanceof DocumentError) || error.code !== 'encrypted' || passwordGiven)
    return error;
  return new DocumentError(
    'encrypted',
    'This PDF is protected by a password. Enter it to open the PDF.',
  );
}

async function readPdfPage(
  document: PDFDocumentProxy,
  ops: typeof PdfjsOps,
  input: OpenDocumentInput,
  options: PageOptions,
): Promise<DocumentPage> {
  const { documentId, limits } = input;
  const { index } = options;
  if (!Number.isInteger(index) || index < 0 || index >= document.numPages) {
    throw new DocumentError('internal', `This PDF has no page ${index + 1}.`);
  }
  const page = await document.getPage(index + 1);
  try {
    const unit = page.getViewport({ scale: 1 });
    const pageSize = { width: unit.width, height: unit.height };
    const displayScale = pageRenderScale(
      page,
      options.displayDpi ?? defaultDisplayDpi,
      limits.maxImagePixels,
    );
    const layer = await readTextLayer(page, displayScale);
    let pdfText = layer.ms;
    let choice = options.mode === 'ocr' ? 'ocr' : chooseTextLayer(layer.stats);
    if (choice !== 'ocr' && needsImageCoverage(layer.stats)) {
      const started = performance.now();
      const coverage = imageCoverage(await page.getOperatorList(), ops, page.view);
      choice = chooseTextLayer(layer.stats, coverage);
      pdfText += performance.now() - started;
    }
    const common = { documentId, index, pageSize };
    if (choice === 'text') {
      const render = await renderPdfPage(page, displayScale);
      try {
        const started = performance.now();
        const display = await encodeDisplay(render.canvas, 1);
        // The review image is part of rendering the page.
        const timings = { pdfText, render: render.ms + performance.now() - started };
        const model = textLayerModel(layer, documentId, index, timings);
        return { ...common, kind: 'text', model, display, timings };
      } finally {
        releaseCanvas(render.canvas);
      }
    }
    const ocrDpi = options.ocrDpi ?? defaultOcrDpi;
    const render = await renderPdfPage(page, pageRenderScale(page, ocrDpi, limits.maxImagePixels));
    let pixels;
    try {
      pixels = canvasPixels(render.canvas);
    } finally {
      releaseCanvas(render.canvas);
    }
    const started = performance.now();
    const prepared = prepareForOcr(pixels, {
      photo: false,
      targetDpi: ocrDpi,
      sourceDpi: render.dpi,
    });
    const prepareMs = performance.now() - started;
    // Shown as prepared (turned, deskewed): the OCR boxes refer to that image.
    const display = await encodePreparedDisplay(
      prepared.image,
      prepared.dpi,
      options.displayDpi ?? defaultDisplayDpi,
    );
    const renderMs = render.ms + performance.now() - started - prepareMs;
    const timings = { pdfText, render: renderMs, prepare: prepareMs };
    const textModel =
      choice === 'both'
        ? preparedTextModel(
            layer,
            render.scale / displayScale,
            prepared,
            documentId,
            index,
            timings,
          )
        : undefined;
    return {
      ...common,
      kind: choice,
      prepared,
      textModel,
      pageRotation: layer.rotation,
      display,
      timings,
    };
  } finally {
    // Frees the page's operator lists and images, so long documents stay bounded in memory.
    page.cleanup();
  }
}

/** The text layer moved into the prepared image's pixels, where the OCR words will be. */
function preparedTextModel(
  layer: PageTextLayer,
  renderPerLayer: number,
  prepared: PreparedImage,
  documentId: DocumentId,
  index: number,
  timings: StageTimings,
): PageModel {
  const { width, height } = prepared.image;
  return {
    ...textLayerModel(layer, documentId, index, timings),
    width,
    height,
    rotation: prepared.rotation,
    words: mapWords(layer.words, renderPerLayer, invert(prepared.toSource), width, height),
  };
}

/** Scales word boxes into a render, then maps them through `toTarget`; words that leave the target are dropped. */
export function mapWords(
  words: readonly PageWord[],
  scale: number,
  toTarget: Matrix3,
  width: number,
  height: number,
): PageWord[] {
  const mapped: PageWord[] = [];
  for (const word of words) {
    const { x0, y0, x1, y1 } = word.box;
    const corners = [
      [x0, y0],
      [x1, y0],
      [x0, y1],
      [x1, y1],
    ].map(([x = 0, y = 0]) => applyMatrix(toTarget, x * scale, y * scale));
    const xs = corners.map((point) => point.x);
    const ys = corners.map((point) => point.y);
    const box = {
      x0: Math.max(0, Math.min(...xs)),
      y0: Math.max(0, Math.min(...ys)),
      x1: Math.min(width, Math.max(...xs)),
      y1: Math.min(height, Math.max(...ys)),
    };
    if (box.x1 <= box.x0 || box.y1 <= box.y0) continue;
    mapped.push({ ...word, box, norm: normaliseBox(box, width, height) });
  }
  return mapped;
}
