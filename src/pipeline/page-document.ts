// One opened document, read a page at a time so memory stays bounded for 200-page PDFs: each page
// comes back either as a finished text-layer PageModel, or as an image prepared for OCR (plus the
// exact text-layer words of a scan with stamped text). Runs in the document worker.
import { DocumentError } from '../domain/document-error.ts';
import { imageKinds, type FileKind } from '../domain/file-kind.ts';
import type { DocumentId } from '../domain/ids.ts';
import type { Limits } from '../domain/limits.ts';
import type { PageModel, Rotation, StageTimings } from '../domain/page-model.ts';
import type { PageDisplay } from './page-display.ts';
import { openImageDocument } from './page-image.ts';
import { openPdfDocument } from './page-pdf.ts';
import type { EmbeddedAttachment } from './pdf-attachments.ts';
import type { PreparedImage } from './prepare-image.ts';

export interface OpenDocumentInput {
  readonly documentId: DocumentId;
  /** Taken over (pdf.js detaches it). */
  readonly bytes: ArrayBuffer;
  readonly kind: FileKind;
  readonly limits: Limits;
  readonly password?: string;
  /** Default true; a re-open after a worker crash skips them. */
  readonly attachments?: boolean;
}

export interface PageOptions {
  /** 0-based. */
  readonly index: number;
  /** Resolution pages are rendered at for OCR; default 300. */
  readonly ocrDpi?: number;
  /** Resolution of the review image and of text-layer boxes; default 150. */
  readonly displayDpi?: number;
  /** Look for a sheet of paper in a photo; default: JPEG, WebP and HEIC are photos. */
  readonly photo?: boolean;
  /** 'ocr' reads the page by OCR even when its text layer is usable. Default 'auto'. */
  readonly mode?: 'auto' | 'ocr';
}

/** Size of the page itself: PDF points (72 dpi) after /Rotate, or image pixels. */
export interface PageSize {
  readonly width: number;
  readonly height: number;
}

interface PageCommon {
  readonly documentId: DocumentId;
  readonly index: number;
  readonly pageSize: PageSize;
  readonly display: PageDisplay;
  readonly timings: StageTimings;
}

export interface TextPage extends PageCommon {
  readonly kind: 'text';
  /** Boxes in the pixels of `display`. */
  readonly model: PageModel;
}

export interface OcrPage extends PageCommon {
  /** 'both': a scan whose few real text items are in `textModel`, to merge with the OCR words. */
  readonly kind: 'ocr' | 'both';
  /** The image to OCR; `prepared.image` is what the OCR words' boxes will refer to. */
  readonly prepared: PreparedImage;
  /** Text-layer words already mapped into `prepared.image` pixels. */
  readonly textModel?: PageModel;
  /** The PDF page's /Rotate (applied before preparation); 0 for images. */
  readonly pageRotation: Rotation;
}

export type DocumentPage = TextPage | OcrPage;

export interface PageDocument {
  readonly pageCount: number;
  readonly attachments: readonly EmbeddedAttachment[];
  page(options: PageOptions): Promise<DocumentPage>;
  close(): Promise<void>;
}

export const defaultOcrDpi = 300;
export const defaultDisplayDpi = 150;

export function openPageDocument(input: OpenDocumentInput): Promise<PageDocument> {
  if (input.kind === 'pdf') return openPdfDocument(input);
  if (imageKinds.has(input.kind)) return Promise.resolve(openImageDocument(input));
  return Promise.reject(
    new DocumentError('unsupported-type', 'An e-invoice XML file has no pages to read.'),
  );
}
