// Whether a page's text layer is read, OCRed, or both.
import { describe, expect, it } from 'vitest';
import {
  chooseTextLayer,
  imageCoverage,
  needsImageCoverage,
  textLayerStats,
  type ImageOps,
} from '../../../src/pipeline/pdf-text-quality.ts';

// About a word of 10 pt text at 150 dpi.
const box = { x0: 0, y0: 0, x1: 60, y1: 20 };
const words = (...texts: string[]) => texts.map((text) => ({ text, box }));
const many = (count: number, text = 'Invoice') =>
  words(...Array.from({ length: count }, () => text));
const choose = (list: ReturnType<typeof words>, coverage?: number) =>
  chooseTextLayer(textLayerStats(list, 1000, 1400), coverage);

describe('chooseTextLayer', () => {
  it('reads a normal digital page from its text layer', () => {
    expect(choose(many(120), 1)).toBe('text');
  });

  it('OCRs a page without text', () => {
    expect(choose([])).toBe('ocr');
  });

  it('OCRs unmapped glyphs: replacement, private-use and control characters', () => {
    expect(choose(many(80, '\uFFFD\uFFFDa\uFFFD'))).toBe('ocr');
    expect(choose(many(80, '\uE001\uE002\uE003b'))).toBe('ocr');
    expect(choose(many(80, '\u0003\u0011c\u0012'))).toBe('ocr');
  });

  it('OCRs text that is mostly symbols', () => {
    expect(choose(many(80, '#$%&*+'))).toBe('ocr');
  });

  it('accepts numbers and punctuation of tables', () => {
    expect(choose(words(...Array.from({ length: 60 }, () => '1.234,56')), 0)).toBe('text');
  });

  it('reads a scan with a stamped line as both', () => {
    const stamp = words('PAID', '2024-03-01');
    expect(needsImageCoverage(textLayerStats(stamp, 1000, 1400))).toBe(true);
    expect(choose(stamp, 0.95)).toBe('both');
  });

  it('keeps a sparse digital page (a cover letter) as text', () => {
    expect(choose(words('Thank', 'you'), 0)).toBe('text');
  });

  it('takes an invisible OCR layer over a scan (many words) as text', () => {
    const list = many(300).map((word) => ({ ...word, box: { x0: 0, y0: 0, x1: 60, y1: 20 } }));
    const stats = textLayerStats(list, 1000, 1400);
    expect(needsImageCoverage(stats)).toBe(false);
    expect(chooseTextLayer(stats, 1)).toBe('text');
  });
});

describe('imageCoverage', () => {
  const ops: ImageOps = {
    save: 10,
    restore: 11,
    transform: 12,
    paintFormXObjectBegin: 74,
    paintFormXObjectEnd: 75,
    paintImageXObject: 85,
    paintInlineImageXObject: 86,
    paintImageMaskXObject: 83,
    paintImageXObjectRepeat: 88,
  };
  const view = [0, 0, 600, 800];

  it('measures a full-page scan image placed by cm', () => {
    const list = {
      fnArray: [10, 12, 85, 11],
      argsArray: [null, [600, 0, 0, 800, 0, 0], ['img'], null],
    };
    expect(imageCoverage(list, ops, view)).toBeCloseTo(1);
  });

  it('measures a small logo and ignores images after restore', () => {
    const list = {
      fnArray: [10, 12, 85, 11, 85],
      argsArray: [null, [60, 0, 0, 40, 10, 700], ['logo'], null, ['tiny']],
    };
    expect(imageCoverage(list, ops, view)).toBeCloseTo((60 * 40 + 1) / (600 * 800));
  });

  it('follows form XObject matrices and clips to the page', () => {
    const list = {
      fnArray: [74, 12, 85, 75],
      argsArray: [
        [
          [2, 0, 0, 2, 0, 0],
          [0, 0, 1, 1],
        ],
        [300, 0, 0, 400, 300, 400],
        ['img'],
        null,
      ],
    };
    // The 600×800 image starts at (600, 800): outside the page.
    expect(imageCoverage(list, ops, view)).toBe(0);
  });

  it('caps overlapping images at the whole page', () => {
    const list = {
      fnArray: [12, 85, 85],
      argsArray: [[600, 0, 0, 800, 0, 0], ['a'], ['b']],
    };
    expect(imageCoverage(list, ops, view)).toBe(1);
  });
});
