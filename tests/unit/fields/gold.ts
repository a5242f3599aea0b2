// Generated documents with their generator labels as a perfect model: page words in the app's
// reading order (page-layout.ts), BIO labels as training makes them, one-hot scores. Whatever such
// a document loses on the way to the benchmark schema is lost by decoding, normalising or resolving.
import { readFileSync } from 'node:fs';
import labelSpec from '../../../models/labels.json';
import type { Box } from '../../../src/domain/page-model.ts';
import { toBench, type BenchPrediction } from '../../../src/einvoice/to-bench.ts';
import { extractFields, type LabelledPage } from '../../../src/pipeline/fields-extract.ts';
import { layoutWords, type LayoutWord } from '../../../src/pipeline/page-layout.ts';

export interface GeneratedWord {
  readonly text: string;
  readonly box: readonly [number, number, number, number];
  readonly label: string;
  readonly line: number;
}

export interface GeneratedDocument {
  readonly id: string;
  readonly family: string;
  readonly locale: string;
  readonly pages: readonly { width: number; height: number; words: readonly GeneratedWord[] }[];
  readonly truth: Record<string, unknown> & { lines: BenchLineTruth[]; fieldsCovered: string[] };
}

interface BenchLineTruth {
  readonly description: string | null;
  readonly quantity: string | null;
  readonly unitPrice: string | null;
  readonly lineTotal: string | null;
}

export const labels: readonly string[] = labelSpec.labels;

/** The generated documents committed as a fixture (tests/fixtures/fields). */
export function committedDocuments(): GeneratedDocument[] {
  const path = new URL('../../fixtures/fields/generated-invoices.json', import.meta.url);
  return (JSON.parse(readFileSync(path, 'utf8')) as { documents: GeneratedDocument[] }).documents;
}
const labelId = new Map(labels.map((label, i) => [label, i]));

/** One page: words in reading order with their field and value (a DOM run of one field). */
export function goldPage(page: GeneratedDocument['pages'][number], index: number): LabelledPage {
  const meta = new Map<Box, { field: string; value: number }>();
  let value = -1;
  let previousKey = '';
  const layout: LayoutWord[] = page.words.map((word) => {
    const [x0, y0, x1, y1] = word.box;
    const key = word.label === 'O' ? '' : `${word.label}@${word.line}`;
    if (key !== '' && key !== previousKey) value++;
    previousKey = key;
    const box = { x0, y0, x1, y1 };
    meta.set(box, { field: word.label, value: key === '' ? -1 : value });
    const baseline = y1 - 0.22 * (y1 - y0);
    const size = (y1 - y0) / 1.15;
    return {
      text: word.text,
      box,
      confidence: 1,
      start: { x: x0, y: baseline },
      end: { x: x1, y: baseline },
      size,
    };
  });
  const words = layoutWords(layout, page.width, page.height);
  const logits = new Float32Array(words.length * labels.length);
  const seen = new Set<number>();
  words.forEach((word, i) => {
    const { field, value: v } = meta.get(word.box) ?? { field: 'O', value: -1 };
    const label = field === 'O' ? 'O' : `${seen.has(v) ? 'I' : 'B'}-${field}`;
    seen.add(v);
    logits[i * labels.length + (labelId.get(label) ?? 0)] = 12;
  });
  return { index, words, logits };
}

export function predict(document: GeneratedDocument, locale = 'en-US'): BenchPrediction {
  const pages = document.pages.map(goldPage);
  return toBench(extractFields(pages, labels, { locale }).invoice);
}

// The benchmark's comparison rules (../shared/bench/score.mjs), for generated truth.
export const headerFields = [
  'documentType',
  'invoiceNumber',
  'issueDate',
  'dueDate',
  'currency',
  'sellerName',
  'buyerName',
  'sellerVatId',
  'netTotal',
  'taxTotal',
  'grossTotal',
] as const;
const amounts = new Set(['netTotal', 'taxTotal', 'grossTotal']);
const normText = (s: string | number) =>
  String(s)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function fieldCorrect(
  field: string,
  expected: string | number,
  predicted: string | number | null | undefined,
): boolean {
  if (predicted === null || predicted === undefined || predicted === '') return false;
  if (amounts.has(field)) return Math.abs(Number(expected) - Number(predicted)) < 0.005;
  if (field === 'sellerName' || field === 'buyerName')
    return normText(expected) === normText(predicted);
  if (field === 'sellerVatId')
    return (
      String(expected)
        .toUpperCase()
        .replace(/[^A-Z0-9]/g, '') ===
      String(predicted)
        .toUpperCase()
        .replace(/[^A-Z0-9]/g, '')
    );
  if (field === 'invoiceNumber')
    return (
      String(expected).toUpperCase().replace(/\s+/g, '') ===
      String(predicted).toUpperCase().replace(/\s+/g, '')
    );
  return String(expected).trim().toUpperCase() === String(predicted).trim().toUpperCase();
}

function similarity(a: string, b: string): number {
  const [x, y] = [normText(a), normText(b)];
  if (!x.length && !y.length) return 1;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++)
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return 1 - previous[y.length]! / Math.max(x.length, y.length);
}

/** Matched lines, as score.mjs matches them (equal totals, descriptions ≥ 70 % alike). */
export function matchLines(
  truth: readonly BenchLineTruth[],
  predicted: BenchPrediction['lines'],
): number {
  const used = new Set<number>();
  let matched = 0;
  for (const g of truth) {
    let best = -1;
    let bestSim = -1;
    predicted.forEach((p, k) => {
      if (used.has(k) || !(Math.abs(Number(g.lineTotal) - Number(p.lineTotal)) < 0.005)) return;
      const sim = g.description ? similarity(g.description, p.description ?? '') : 1;
      if (sim >= 0.7 && sim > bestSim) [best, bestSim] = [k, sim];
    });
    if (best < 0) continue;
    used.add(best);
    matched++;
  }
  return matched;
}
