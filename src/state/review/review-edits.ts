// What one review edit is: the invoice and evidence before and after it (for undo and redo), and
// the field changes it made, which become the audit trail's corrections.
import type { Correction } from '../../domain/correction.ts';
import { newCorrectionId, type DocumentId } from '../../domain/ids.ts';
import type { Invoice } from '../../domain/invoice.ts';
import type { MessageKey } from '../../i18n/en.ts';
import type { Evidence } from './line-operations.ts';

export interface ReviewSnapshot {
  readonly invoice: Invoice;
  readonly evidence: Evidence;
}

export interface FieldChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

export interface ReviewCommand {
  /** Names the change for the undo and redo buttons. */
  readonly label: MessageKey;
  readonly before: ReviewSnapshot;
  readonly after: ReviewSnapshot;
  readonly changes: readonly FieldChange[];
}

/** The audit-trail entries of one edit, stamped after the last one already recorded. */
export function correctionsOf(
  changes: readonly FieldChange[],
  documentId: DocumentId,
  previous: readonly Correction[],
  now = Date.now(),
): Correction[] {
  // Strictly increasing, so the audit trail keeps its order for edits in the same millisecond.
  const at = Math.max(now, (previous.at(-1)?.at ?? 0) + 1);
  return changes.map((change) => ({
    id: newCorrectionId(),
    documentId,
    field: change.field,
    before: change.before,
    after: change.after,
    at,
  }));
}
