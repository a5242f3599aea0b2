import type { StoredBinary } from './binary.ts';
import type { DocumentErrorInfo } from './document-error.ts';
import type { FileKind } from './file-kind.ts';
import type { DocumentId } from './ids.ts';

export type DocumentStatus = 'queued' | 'processing' | 'ready' | 'failed';

/** A captured file's record; its bytes live apart (see OriginalFile) so listing stays cheap. */
export interface InvoiceDocument {
  readonly id: DocumentId;
  readonly sha256: string;
  readonly name: string;
  readonly kind: FileKind;
  readonly mimeType: string;
  readonly size: number;
  /** Epoch milliseconds. */
  readonly addedAt: number;
  readonly status: DocumentStatus;
  readonly error?: DocumentErrorInfo;
  readonly pageCount?: number;
  /** Set while a delete can still be undone; such documents are hidden and purged later. */
  readonly deletedAt?: number;
}

/** The original bytes exactly as captured. */
export interface OriginalFile {
  readonly documentId: DocumentId;
  readonly file: StoredBinary;
}

/** One page of a document as rendered for display. Later stages add words and boxes. */
export interface DocumentPage {
  readonly documentId: DocumentId;
  /** 0-based. */
  readonly index: number;
  readonly width: number;
  readonly height: number;
  readonly thumbnail?: StoredBinary;
}

/** Fields extracted from a document; the shape grows with the extraction stages. */
export interface ExtractionResult {
  readonly documentId: DocumentId;
  readonly source: 'e-invoice' | 'text-layer' | 'ocr';
  readonly fields: Readonly<Record<string, unknown>>;
  readonly createdAt: number;
}
