// The audit trail of review edits: one correction per changed field, in recorded order.
import { describe, expect, it } from 'vitest';
import type { Correction } from '../../../../src/domain/correction.ts';
import type { DocumentId } from '../../../../src/domain/ids.ts';
import { correctionsOf } from '../../../../src/state/review/review-edits.ts';

const documentId = 'doc-1' as DocumentId;

describe('correctionsOf', () => {
  it('records one correction per changed field, stamped now', () => {
    const corrections = correctionsOf(
      [
        { field: 'invoiceNumber', before: 'R-1', after: 'R-10' },
        { field: 'issueDate', before: undefined, after: '2026-11-27' },
      ],
      documentId,
      [],
      1_000,
    );
    expect(corrections.map((c) => [c.field, c.before, c.after, c.at, c.documentId])).toEqual([
      ['invoiceNumber', 'R-1', 'R-10', 1_000, documentId],
      ['issueDate', undefined, '2026-11-27', 1_000, documentId],
    ]);
    expect(new Set(corrections.map((c) => c.id)).size).toBe(2);
  });

  it('stamps an edit in the same millisecond after the last one recorded', () => {
    const last = { at: 1_000 } as Correction;
    const [next] = correctionsOf(
      [{ field: 'seller.name', before: 'A', after: 'B' }],
      documentId,
      [last],
      1_000,
    );
    expect(next!.at).toBe(1_001);
  });
});
