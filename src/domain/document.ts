import type { StoredBinary } from './binary.ts';
import type { Finding } from './finding.ts';
import type { Invoice } from './invoice.ts';
import type { Box } from './page-model.ts';
import type { DocumentErrorInfo } from './document-error.ts';
import type { FileKind } from './file-kind.ts';
import type { DocumentId } from './ids.ts';

/** Processing status: where the document is in the pipeline. */
export type DocumentStatus = 'queued' | 'processing' | 'ready' | 'failed';

/** Review status: what the bookkeeper decided about a processed document. */
export type ReviewStatus = 'needs-review' | 'approved' | 'rejected' | 'exported';

export interface ReviewState {
  readonly status: ReviewStatus;
  /** Epoch milliseconds of the last change. */
  readonly at: number;
}

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
  /** Absent until processing produced a result; then 'needs-review' until the user decides. */
  readonly review?: ReviewState;
}

/** The original bytes exactly as captured. */
export interface OriginalFile {
  readonly documentId: DocumentId;
  readonly file: StoredBinary;
}

/** One page of a document as rendered for display; its words live in the PageModel. */
export interface DocumentPage {
  readonly documentId: DocumentId;
  /** 0-based. */
  readonly index: number;
  /** Page size in CSS pixels at 72 dpi (PDF points) or image pixels. */
  readonly width: number;
  readonly height: number;
  readonly thumbnail?: StoredBinary;
  /** The page rendered for review (about 150 dpi), stored once the page has been read. */
  readonly image?: StoredBinary;
  /** Diagnostics only (setting keepOcrImages): the prepared image OCR read, as PNG. */
  readonly ocrImage?: StoredBinary;
}

/** An e-invoice XML file found inside a PDF (Factur-X, ZUGFeRD, XRechnung attachments). */
export interface EmbeddedFile {
  readonly documentId: DocumentId;
  readonly filename: string;
  readonly file: StoredBinary;
}

/** Where a field's value was found on the page, for highlighting and review. */
export interface FieldEvidence {
  readonly page: number;
  /** Normalised 0..1 boxes of the words the value came from. */
  readonly boxes: readonly Box[];
  /** 0..1. */
  readonly confidence: number;
}

/** The invoice read from a document, how it was read, and what the checks found. */
export interface ExtractionResult {
  readonly documentId: DocumentId;
  /** 'e-invoice': exact structured data; 'model': the field model over the page words. */
  readonly source: 'e-invoice' | 'model';
  readonly invoice: Invoice;
  /** Keyed by invoice model path, e.g. "invoiceNumber", "totals.grossTotal", "lines[0].lineTotal". */
  readonly evidence: Readonly<Record<string, FieldEvidence>>;
  readonly findings: readonly Finding[];
  /** For e-invoices: the syntax (UBL, CII, ZUGFeRD1) and profile / specification id. */
  readonly syntax?: string;
  readonly profile?: string;
  readonly createdAt: number;
}
