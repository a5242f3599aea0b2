import type { CorrectionId, DocumentId } from './ids.ts';

/** One user edit of an extracted field; the list per document is its audit trail. */
export interface Correction {
  readonly id: CorrectionId;
  readonly documentId: DocumentId;
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
  /** Epoch milliseconds. */
  readonly at: number;
}
