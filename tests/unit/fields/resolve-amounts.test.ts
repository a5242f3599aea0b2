import { describe, expect, it } from 'vitest';
import { completeAmount } from '../../../src/pipeline/resolve-amounts.ts';
import type { ResolveWord } from '../../../src/pipeline/resolve-candidates.ts';

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
