import { describe, expect, it } from 'vitest';
import { formatDec } from '../../../src/domain/rules/decimal.ts';
import { gatherEvidence } from '../../../src/pipeline/fields-evidence.ts';
import { amountReader, completeAmount } from '../../../src/pipeline/resolve-amounts.ts';
import type { ResolveWord } from '../../../src/pipeline/resolve-candidates.ts';
import { span } from './spans.ts';

/** Words on one printed line: [text, x0, x1] each, 0.012 high. */
const line = (...words: [string, number, number][]): ResolveWord[] =>
  words.map(([text, x0, x1]) => ({ text, norm: { x0, y0: 0.3, x1, y1: 0.312 }, line: 0 }));

describe('completeAmount', () => {
  it('grows an amount over the thousands group a narrow space set apart', () => {
    const words = line(['1', 0.6, 0.607], ['278.61', 0.611, 0.65]);
    expect(completeAmount(words, [1])).toEqual([0, 1]);
    expect(completeAmount(words, [0])).toEqual([0, 1]);
  });

  it('keeps a number of the column before it apart ("Total 1 278.61": quantity, price)', () => {
    const words = line(['Total', 0.51, 0.55], ['1', 0.595, 0.603], ['278.61', 0.635, 0.675]);
    expect(completeAmount(words, [2])).toEqual([2]);
    expect(completeAmount(words, [1])).toEqual([1]);
  });
});

describe('amountReader', () => {
  const read = (text: string) => {
    const reader = amountReader([{ index: 0, words: [] }], gatherEvidence([[]], 'de-DE'));
    const value = reader(span('line.lineTotal', text, 0.8, 0.3));
    return value && formatDec(value, 2);
  };

  it.each([
    // OCR cut the cents in two.
    ['233,0 8', '233.08'],
    // An amount with its cents, and the rate printed beside it.
    ['275,00 7', '275.00'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});
