import { describe, expect, it } from 'vitest';
import { decodeLabels } from '../../../src/pipeline/decode-labels.ts';
import { logSoftmax, viterbi } from '../../../src/pipeline/decode-viterbi.ts';

const labels = ['O', 'B-invoiceNumber', 'I-invoiceNumber', 'B-sellerAddress', 'I-sellerAddress'];

/** Per word, probabilities by label (the rest share what is left); as logits. */
function logitsOf(rows: readonly Partial<Record<string, number>>[]): Float32Array {
  const out = new Float32Array(rows.length * labels.length);
  rows.forEach((row, t) => {
    const given = Object.values(row).reduce<number>((a, b) => a + (b ?? 0), 0);
    const rest = (1 - given) / (labels.length - Object.keys(row).length);
    labels.forEach((label, k) => (out[t * labels.length + k] = Math.log(row[label] ?? rest)));
  });
  return out;
}

const word = (text: string, x0: number, y0: number, line = 0) => ({
  text,
  norm: { x0, y0, x1: x0 + 0.08, y1: y0 + 0.012 },
  line,
});

describe('logSoftmax', () => {
  it('gives log probabilities that sum to 1 per word', () => {
    const out = logSoftmax(new Float32Array([1, 2, 3, 0, 0, 0]), 3);
    expect(Math.exp(out[0]!) + Math.exp(out[1]!) + Math.exp(out[2]!)).toBeCloseTo(1, 6);
    expect(Math.exp(out[3]!)).toBeCloseTo(1 / 3, 6);
  });
});

describe('viterbi', () => {
  it('never puts I-x after a word that is not x', () => {
    // Greedy would read O, I-invoiceNumber: an I- with nothing to continue.
    const rows = [{ O: 0.9 }, { 'I-invoiceNumber': 0.5, 'B-invoiceNumber': 0.4 }];
    const { labels: path } = viterbi(logSoftmax(logitsOf(rows), labels.length), labels);
    expect(path.map((k) => labels[k])).toEqual(['O', 'B-invoiceNumber']);
  });

  it('keeps B-x I-x I-x together when the middle word is unsure', () => {
    const rows = [
      { 'B-invoiceNumber': 0.9 },
      { O: 0.45, 'I-invoiceNumber': 0.4 },
      { 'I-invoiceNumber': 0.9 },
    ];
    const logProbs = logSoftmax(logitsOf(rows), labels.length);
    const { labels: path } = viterbi(logProbs, labels, [false, false, false]);
    expect(path.map((k) => labels[k])).toEqual([
      'B-invoiceNumber',
      'I-invoiceNumber',
      'I-invoiceNumber',
    ]);
  });
});

describe('decodeLabels', () => {
  it('gives spans with text, mean probability and boxes', () => {
    const words = [word('No.', 0.1, 0.1), word('RE-2024', 0.2, 0.1), word('-001', 0.3, 0.1)];
    const rows = [{ O: 0.95 }, { 'B-invoiceNumber': 0.9 }, { 'I-invoiceNumber': 0.8 }];
    const [span] = decodeLabels(logitsOf(rows), labels, words, 0);
    expect(span).toMatchObject({ field: 'invoiceNumber', page: 0, words: [1, 2], best: true });
    expect(span!.text).toBe('RE-2024 -001');
    expect(span!.confidence).toBeCloseTo(0.85, 2);
    expect(span!.boxes).toEqual([words[1]!.norm, words[2]!.norm]);
  });

  it('never runs a number onto the next line ("27,50" over the rate "7")', () => {
    const amountLabels = ['O', 'B-line.lineTotal', 'I-line.lineTotal'];
    const words = [word('27,50', 0.8, 0.3, 0), word('7', 0.9, 0.315, 1)];
    const logits = Float32Array.from([0, 5, 0, 0, 0, 4]);
    const spans = decodeLabels(logits, amountLabels, words, 0).filter((s) => s.best);
    expect(spans.map((s) => s.text)).toEqual(['27,50']);
  });

  it('joins a value the reading order interrupted (an address beside a facts column)', () => {
    const words = [
      word('Hauptstr.', 0.1, 0.2, 0),
      word('Datum:', 0.6, 0.2, 1),
      word('10115', 0.1, 0.215, 2),
      word('Berlin', 0.19, 0.215, 2),
    ];
    const rows = [
      { 'B-sellerAddress': 0.9 },
      { O: 0.9 },
      { 'I-sellerAddress': 0.8, 'B-sellerAddress': 0.1 },
      { 'I-sellerAddress': 0.9 },
    ];
    const spans = decodeLabels(logitsOf(rows), labels, words, 0).filter((s) => s.best);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ text: 'Hauptstr. 10115 Berlin', words: [0, 2, 3] });
  });

  it('does not join a continuation printed far away', () => {
    const words = [
      word('Hauptstr.', 0.1, 0.2, 0),
      word('Datum:', 0.6, 0.2, 1),
      word('Berlin', 0.1, 0.8, 2),
    ];
    const rows = [{ 'B-sellerAddress': 0.9 }, { O: 0.9 }, { 'I-sellerAddress': 0.8 }];
    const spans = decodeLabels(logitsOf(rows), labels, words, 0).filter((s) => s.best);
    expect(spans.map((s) => s.text)).toEqual(['Hauptstr.', 'Berlin']);
  });

  it('keeps likely starts the best path did not take as alternatives', () => {
    const words = [word('4711', 0.1, 0.1), word('RE-1', 0.5, 0.1)];
    const rows = [{ 'B-invoiceNumber': 0.6 }, { O: 0.6, 'B-invoiceNumber': 0.3 }];
    const spans = decodeLabels(logitsOf(rows), labels, words, 0);
    expect(spans.filter((s) => s.best).map((s) => s.text)).toEqual(['4711']);
    const alternative = spans.find((s) => !s.best);
    expect(alternative).toMatchObject({ field: 'invoiceNumber', text: 'RE-1' });
    expect(alternative!.confidence).toBeCloseTo(0.3, 2);
  });
});
