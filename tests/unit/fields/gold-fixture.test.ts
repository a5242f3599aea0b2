// Committed generated documents, their generator labels used as a perfect model: decoding,
// normalising, resolving and grouping must give back exactly the document's truth.
import { describe, expect, it } from 'vitest';
import { committedDocuments, fieldCorrect, headerFields, matchLines, predict } from './gold.ts';

const fixture = committedDocuments();

describe('gold labels → invoice', () => {
  it.each(fixture.map((doc) => [doc.id, doc.family, doc.locale, doc] as const))(
    '%s (%s, %s) reads back its truth',
    (_id, _family, _locale, doc) => {
      const prediction = predict(doc);
      for (const field of headerFields) {
        const expected = doc.truth[field] as string | null;
        if (expected === null || expected === 'receipt') continue;
        expect([field, fieldCorrect(field, expected, prediction[field])]).toEqual([field, true]);
      }
      expect(matchLines(doc.truth.lines, prediction.lines)).toBe(doc.truth.lines.length);
      expect(prediction.lines).toHaveLength(doc.truth.lines.length);
    },
  );
});
