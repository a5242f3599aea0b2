import { describe, expect, it } from 'vitest';
import type { FeatureWord } from '../../../src/pipeline/featurize.ts';
import type { FieldSession } from '../../../src/pipeline/infer-session.ts';
import {
  labelPageWithTableRows,
  mergeTableLabels,
  tableLabelSets,
  rowOrder,
} from '../../../src/pipeline/infer-table-rows.ts';

const word = (text: string, x0: number, y0: number, line: number): FeatureWord => ({
  text,
  x0,
  y0,
  x1: x0 + 0.05,
  y1: y0 + 0.012,
  line,
});

// A table as XY-cut reads it: the description column, then the price column.
const columnWise = [
  word('Ballons', 0.2, 0.5, 0),
  word('Hot', 0.2, 0.53, 1),
  word('air', 0.26, 0.53, 1),
  word('316,00', 0.8, 0.5, 2),
  word('20,00', 0.8, 0.5302, 3),
];
const labels = ['O', 'B-sellerName', 'B-line.lineTotal', 'I-line.description'];

describe('row order for a text layer’s table', () => {
  it('reads a table cut into columns row by row, a row per baseline', () => {
    const rows = rowOrder(columnWise);
    expect(rows.words.map((w) => w.text)).toEqual(['Ballons', '316,00', 'Hot', 'air', '20,00']);
    expect(rows.words.map((w) => w.line)).toEqual([0, 0, 1, 1, 1]);
    expect(rows.order).toEqual([0, 3, 1, 2, 4]);
  });

  it('finds the line-item labels and those of number cells', () => {
    const table = tableLabelSets([...labels, 'B-line.quantity']);
    expect([[...table.line], [...table.cell]]).toEqual([[2, 3, 4], [4]]);
  });

  it('takes the row reading for words either reading puts in the table, the first otherwise', () => {
    const n = 3;
    // Word 0: first reading says line (1); word 1: second reading says line; word 2: neither;
    // word 3: first reading says a number cell (2), which it keeps.
    const first = Float32Array.from([0, 5, 0, 5, 0, 0, 5, 0, 0, 0, 0, 5]);
    const order = [2, 0, 1, 3];
    const second = Float32Array.from([9, 0, 0, 0, 7, 0, 1, 8, 0, 0, 6, 0]);
    const merged = mergeTableLabels(first, second, order, n, {
      line: new Set([1, 2]),
      cell: new Set([2]),
    });
    expect([...merged]).toEqual([0, 7, 0, 1, 8, 0, 5, 0, 0, 0, 0, 5]);
  });
});

describe('labelling a page with its table read twice', () => {
  const fakeSession = (perCall: ((word: number) => number)[]) => {
    const calls: number[] = [];
    const session: FieldSession = {
      backend: 'wasm',
      labelCount: labels.length,
      startMs: 0,
      release: () => Promise.resolve(),
      run: (_ids, _boxes, count) => {
        const label = perCall[calls.length]!;
        calls.push(count);
        return Promise.resolve(
          Float32Array.from({ length: count * labels.length }, (_, k) =>
            k % labels.length === label(Math.floor(k / labels.length)) ? 5 : 0,
          ),
        );
      },
    };
    return { session, calls };
  };
  const best = (logits: Float32Array, i: number) => {
    const row = [...logits.subarray(i * labels.length, (i + 1) * labels.length)];
    return labels[row.indexOf(Math.max(...row))];
  };

  it('reads a page without line items once', async () => {
    const { session, calls } = fakeSession([() => 1]);
    const page = await labelPageWithTableRows(session, columnWise, labels);
    expect(calls).toEqual([5]);
    expect(best(page.logits, 0)).toBe('B-sellerName');
  });

  it('gives the table the row reading’s labels and keeps the rest', async () => {
    // First reading: only "316,00" (word 3) is a line total; the row reading (in row order
    // Ballons, 316,00, Hot, air, 20,00) finds the descriptions and "20,00" too.
    const first = (i: number) => (i === 3 ? 2 : 1);
    const second = (k: number) => [3, 2, 3, 3, 2][k]!;
    const { session, calls } = fakeSession([first, second]);
    const page = await labelPageWithTableRows(session, columnWise, labels);
    expect(calls).toEqual([5, 5]);
    expect(columnWise.map((_, i) => best(page.logits, i))).toEqual([
      'I-line.description',
      'I-line.description',
      'I-line.description',
      'B-line.lineTotal',
      'B-line.lineTotal',
    ]);
  });
});
