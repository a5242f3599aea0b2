// tesseract.js block trees → page words, on a recorded real output.
import { describe, expect, it } from 'vitest';
import {
  joinSplitAmounts,
  pageWordsFromBlocks,
  toPreparedBox,
  type OcrBlock,
} from '../../../src/pipeline/ocr-words.ts';
import recorded from '../../fixtures/ocr/invoice-header-blocks.json';

const { width, height } = recorded;
const blocks = recorded.blocks as OcrBlock[];

describe('page words from tesseract.js blocks', () => {
  const words = pageWordsFromBlocks(blocks, width, height);

  it('keeps every recognised word in reading order with 0..1 confidences', () => {
    expect(words.map((word) => word.text).join(' ')).toContain(
      'Nordlicht Papier GmbH Invoice date: 2024-03-26',
    );
    expect(words.map((word) => word.text)).toContain('DE123456789');
    expect(words).toHaveLength(29);
    for (const word of words) {
      expect(word.confidence).toBeGreaterThan(0);
      expect(word.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('numbers lines and blocks densely across the page', () => {
    expect(new Set(words.map((word) => word.block))).toEqual(new Set([0, 1]));
    expect(new Set(words.map((word) => word.line))).toEqual(new Set([0, 1, 2, 3, 4, 5, 6, 7]));
    const lineOf = (text: string) => words.find((word) => word.text === text)?.line;
    expect(lineOf('Bill')).toBe(6);
    expect(lineOf('Kaffeeroesterei')).toBe(7);
    const ids = words.map((word) => word.line);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('gives pixel boxes and the same boxes normalised to the page', () => {
    const vat = words.find((word) => word.text === 'DE123456789');
    expect(vat?.box).toEqual({ x0: 198, y0: 269, x1: 459, y1: 299 });
    expect(vat?.norm.x0).toBeCloseTo(198 / width, 9);
    expect(vat?.norm.y1).toBeCloseTo(299 / height, 9);
  });

  it('drops empty and whitespace words and lines', () => {
    const box = { x0: 1, y0: 1, x1: 5, y1: 5 };
    const words = pageWordsFromBlocks(
      [
        { paragraphs: [{ lines: [{ words: [{ text: ' ', confidence: 90, bbox: box }] }] }] },
        {
          paragraphs: [
            { lines: [{ words: [] }, { words: [{ text: ' Net ', confidence: 80, bbox: box }] }] },
          ],
        },
      ],
      10,
      10,
    );
    expect(words).toEqual([
      {
        text: 'Net',
        box,
        norm: { x0: 0.1, y0: 0.1, x1: 0.5, y1: 0.5 },
        confidence: 0.8,
        line: 0,
        block: 0,
      },
    ]);
    expect(pageWordsFromBlocks(null, 10, 10)).toEqual([]);
  });
});

describe('boxes of a turned or rescaled OCR image', () => {
  // A 100×50 prepared image; the word sits at x 10..30, y 5..15.
  const box = { x0: 10, y0: 5, x1: 30, y1: 15 };

  it.each([
    [0, { x0: 10, y0: 5, x1: 30, y1: 15 }],
    [90, { x0: 35, y0: 10, x1: 45, y1: 30 }],
    [180, { x0: 70, y0: 35, x1: 90, y1: 45 }],
    [270, { x0: 5, y0: 70, x1: 15, y1: 90 }],
  ] as const)('maps back from a %i° turn', (rotation, seen) => {
    expect(toPreparedBox(seen, 100, 50, { rotation, scale: 1 })).toEqual(box);
  });

  it('maps back from a rescaled copy', () => {
    const seen = { x0: 20, y0: 10, x1: 60, y1: 30 };
    expect(toPreparedBox(seen, 100, 50, { rotation: 0, scale: 2 })).toEqual(box);
    const words = pageWordsFromBlocks(
      [{ paragraphs: [{ lines: [{ words: [{ text: 'x', confidence: 50, bbox: seen }] }] }] }],
      100,
      50,
      { rotation: 0, scale: 2 },
    );
    expect(words[0]?.box).toEqual(box);
  });
});

describe('amounts cut at the decimal mark', () => {
  const word = (text: string, x0: number, x1: number, line = 0) => ({
    text,
    box: { x0, y0: 100, x1, y1: 120 },
    norm: { x0: x0 / 1000, y0: 0.1, x1: x1 / 1000, y1: 0.12 },
    confidence: 0.8,
    line,
    block: 0,
  });

  it('joins "RM96." and "20" printed close on one line', () => {
    const joined = joinSplitAmounts([
      word('SUBTOTAL', 10, 150),
      word('RM96.', 400, 470),
      word('20', 480, 505),
    ]);
    expect(joined.map((w) => w.text)).toEqual(['SUBTOTAL', 'RM96.20']);
    expect(joined[1]?.box).toEqual({ x0: 400, y0: 100, x1: 505, y1: 120 });
  });

  it('leaves a sentence end, a far number and the next line alone', () => {
    const words = [
      word('Qty', 10, 60),
      word('2.', 70, 90),
      word('of', 100, 120),
      word('12.', 300, 330),
      word('50', 600, 630),
      word('7.', 700, 720),
      word('50', 725, 750, 1),
    ];
    expect(joinSplitAmounts(words).map((w) => w.text)).toEqual(words.map((w) => w.text));
  });
});
