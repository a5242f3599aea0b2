// Image pages (JPEG, PNG, WebP, HEIC, every TIFF page) for the document worker: decoded upright,
// prepared for OCR, and shown as prepared (the OCR boxes refer to it). Images have no text layer, so every page is 'ocr'.
import { DocumentError } from '../domain/document-error.ts';
import { openImagePages } from './decode-image.ts';
import {
  defaultDisplayDpi,
  defaultOcrDpi,
  type OcrPage,
  type OpenDocumentInput,
  type PageDocument,
  type PageOptions,
} from './page-document.ts';
import { encodePreparedDisplay } from './page-display.ts';
import { canvasPixels, releaseCanvas } from './pdf-render.ts';
import { prepareForOcr } from './prepare-image.ts';

export function openImageDocument(input: OpenDocumentInput): PageDocument {
  const pages = openImagePages(input.bytes, input.kind, input.limits);
  // Camera formats are taken for photos (find the sheet, fix perspective); PNG and TIFF for scans.
  const photoByDefault = input.kind === 'jpeg' || input.kind === 'webp' || input.kind === 'heic';
  return {
    pageCount: pages.count,
    attachments: [],
    async page(options: PageOptions): Promise<OcrPage> {
      const { index } = options;
      if (!Number.isInteger(index) || index < 0 || index >= pages.count) {
        throw new DocumentError('internal', `This image has no page ${index + 1}.`);
      }
      const decoded = await pages.decode(index);
      const { canvas } = decoded;
      const pageSize = { width: canvas.width, height: canvas.height };
      let pixels;
      try {
        pixels = canvasPixels(canvas);
      } finally {
        releaseCanvas(canvas);
      }
      const started = performance.now();
      const ocrDpi = options.ocrDpi ?? defaultOcrDpi;
      const photo = options.photo ?? photoByDefault;
      const prepared = prepareForOcr(pixels, { photo, targetDpi: ocrDpi, sourceDpi: decoded.dpi });
      const prepareMs = performance.now() - started;
      const display = await encodePreparedDisplay(
        prepared.image,
        prepared.dpi,
        options.displayDpi ?? defaultDisplayDpi,
      );
      // The review image is part of reading the image, as it is of rendering a PDF page.
      const timings = {
        render: decoded.ms + performance.now() - started - prepareMs,
        prepare: prepareMs,
      };
      return {
        documentId: input.documentId,
        index,
        kind: 'ocr',
        pageSize,
        display,
        prepared,
        pageRotation: 0,
        timings,
      };
    },
    close: () => Promise.resolve(),
  };
}
