// A text layer's reading order (recursive XY-cut, src/pipeline/page-layout.ts) keeps address
// blocks and key/value columns together, which header fields need, but cuts a table whose cells
// stand apart into its columns: descriptions first, then every price, then every total. The model
// (trained on both orders) reads such a table far better row by row. So a page whose first reading
// found line items is read a second time in row order — baselines top to bottom, words left to
// right, as OCR reads a table — and the words either reading puts in the table take the second
// reading's labels, except the number cells the first reading found (it keeps a position number
// apart from the quantity); every other word keeps the first reading's.
import type { FeatureWord } from './featurize.ts';
import { labelPageWords, type FieldSession, type PageLabels } from './infer-session.ts';

// The row order the model was trained on (models/training/reading_order.py): baselines closer than
// half a font size are one row; a word box is about 1.15 font sizes high, its baseline 0.22 of it
// above the bottom.
const baselineTolerance = 0.5;
const boxToSize = 1 / 1.15;
const descent = 0.22;

/** Word indices in row order, with the row of each as its line id. */
export function rowOrder(words: readonly FeatureWord[]): {
  readonly order: number[];
  readonly words: FeatureWord[];
} {
  const baseline = (w: FeatureWord) => w.y1 - descent * (w.y1 - w.y0);
  const size = (w: FeatureWord) => Math.max(1e-6, (w.y1 - w.y0) * boxToSize);
  const byBaseline = words
    .map((_, i) => i)
    .sort((a, b) => baseline(words[a]!) - baseline(words[b]!));
  const rows: number[][] = [];
  let row: number[] = [];
  let sum = 0;
  let rowSize = 0;
  for (const i of byBaseline) {
    const word = words[i]!;
    if (
      row.length > 0 &&
      baseline(word) - sum / row.length > baselineTolerance * Math.max(size(word), rowSize)
    ) {
      rows.push(row);
      [row, sum, rowSize] = [[], 0, 0];
    }
    row.push(i);
    sum += baseline(word);
    rowSize = Math.max(rowSize, size(word));
  }
  if (row.length > 0) rows.push(row);
  const order: number[] = [];
  const ordered: FeatureWord[] = [];
  rows.forEach((indices, line) => {
    for (const i of indices.sort((a, b) => words[a]!.x0 - words[b]!.x0)) {
      order.push(i);
      ordered.push({ ...words[i]!, line });
    }
  });
  return { order, words: ordered };
}

const bestLabel = (logits: Float32Array, n: number, word: number): number => {
  let best = 0;
  for (let k = 1; k < n; k++) if (logits[word * n + k]! > logits[word * n + best]!) best = k;
  return best;
};

/** Label indices by their field: every line-item label, and those of a row's number cells. */
export function tableLabelSets(labels: readonly string[]): TableLabels {
  const indices = (pattern: RegExp) =>
    new Set(labels.flatMap((label, k) => (pattern.test(label) ? [k] : [])));
  return {
    line: indices(/^[BI]-line\./),
    cell: indices(/^[BI]-line\.(quantity|unitPrice|unit|vatRate)$/),
  };
}

export interface TableLabels {
  readonly line: ReadonlySet<number>;
  /** Quantity, unit, price and rate: read as well in the first reading, where the cells sit in
   * their columns; the row reading mistakes a position number for a quantity. */
  readonly cell: ReadonlySet<number>;
}

/**
 * The first reading's scores, with the row reading's (`second`, in `order`) for every word that
 * either reading gives a line-item label, unless the first reads it as a number cell.
 */
export function mergeTableLabels(
  first: Float32Array,
  second: Float32Array,
  order: readonly number[],
  n: number,
  table: TableLabels,
): Float32Array {
  const merged = first.slice();
  order.forEach((word, k) => {
    const firstLabel = bestLabel(first, n, word);
    const inTable = table.line.has(bestLabel(second, n, k)) || table.line.has(firstLabel);
    if (inTable && !table.cell.has(firstLabel))
      merged.set(second.subarray(k * n, (k + 1) * n), word * n);
  });
  return merged;
}

/** Labels a page; a page with line items is read a second time row by row for its table. */
export async function labelPageWithTableRows(
  session: FieldSession,
  words: readonly FeatureWord[],
  labels: readonly string[],
): Promise<PageLabels> {
  const first = await labelPageWords(session, words);
  const table = tableLabelSets(labels);
  const n = first.labelCount;
  const hasTable = words.some((_, i) => table.line.has(bestLabel(first.logits, n, i)));
  if (!hasTable) return first;
  const rows = rowOrder(words);
  const second = await labelPageWords(session, rows.words);
  return {
    logits: mergeTableLabels(first.logits, second.logits, rows.order, n, table),
    labelCount: n,
    ms: first.ms + second.ms,
  };
}
