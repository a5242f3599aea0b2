// Types shared by the document worker and its main-thread client (comlink API). Per-document and
// per-page calls keep memory bounded: a 200-page PDF is opened once and read one page at a time.
import type { DocumentErrorInfo } from '../src/domain/document-error.ts';
import type {
  DocumentPage,
  OpenDocumentInput,
  PageOptions,
} from '../src/pipeline/page-document.ts';
import type { EmbeddedAttachment } from '../src/pipeline/pdf-attachments.ts';

export type {
  DocumentPage,
  OcrPage,
  PageOptions,
  PageSize,
  TextPage,
} from '../src/pipeline/page-document.ts';
export type { PageDisplay } from '../src/pipeline/page-display.ts';
export type { EmbeddedAttachment } from '../src/pipeline/pdf-attachments.ts';

/** Names an open document; only valid with the client (or worker) that returned it. */
export type DocumentHandle = number;

/** `bytes`: the worker gets a copy; the client keeps the original to reopen after a crash. */
export type DocumentOpenRequest = OpenDocumentInput;

export interface OpenedDocument {
  readonly handle: DocumentHandle;
  /** PDF pages, TIFF pages, or 1 for other images. */
  readonly pageCount: number;
  /** Embedded files of a PDF, XML first, at most 20 MB together; bytes are transferred. */
  readonly attachments: readonly EmbeddedAttachment[];
}

export interface DocumentPageRequest extends PageOptions {
  readonly handle: DocumentHandle;
}

/**
 * Failures come back as data, never as rejections. An encrypted PDF opened without a password
 * fails with code 'encrypted'; with a wrong password, also 'encrypted', saying it is not correct.
 */
export type DocumentResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: DocumentErrorInfo };

export interface DocumentWorkerApi {
  open(request: DocumentOpenRequest): Promise<DocumentResult<OpenedDocument>>;
  /** Display bytes, prepared pixels and attachments are transferred, not copied. */
  page(request: DocumentPageRequest): Promise<DocumentResult<DocumentPage>>;
  close(handle: DocumentHandle): Promise<void>;
}
