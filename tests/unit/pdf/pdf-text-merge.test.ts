// Scans with stamped text: OCR words merged with the exact text-layer words.
import { describe, expect, it } from 'vitest';
import { normaliseBox, type Box, type PageWord } from '../../../src/domain/page-model.ts';
import { boxIou, mergeTextAndOcr, overlaps } from '../../../src/pipeline/pdf-text-merge.ts';

const page = { width: 1000, height: 1000 };
function word(text: string, box: Box, confidence = 1): PageWord {
  return {
    text,
    box,
    norm: normaliseBox(box, page.width, page.height),
    confidence,
    line: 0,
    block: 0,
  };
}

describe('boxIou and overlaps', () => {
  it('computes intersection over union', () => {
    const a = { x0: 0, y0: 0, x1: 10, y1: 10 };
    expect(boxIou(a, a)).toBe(1);
    expect(boxIou(a, { x0: 5, y0: 0, x1: 15, y1: 10 })).toBeCloseTo(1 / 3);
    expect(boxIou(a, { x0: 20, y0: 20, x1: 30, y1: 30 })).toBe(0);
  });

  it('takes a box mostly covered by a larger one as the same word', () => {
    expect(overlaps({ x0: 0, y0: 0, x1: 100, y1: 10 }, { x0: 10, y0: 1, x1: 30, y1: 9 })).toBe(
      true,
    );
  });
});

describe('mergeTextAndOcr', () => {
  const stamp = word('PAID', { x0: 700, y0: 100, x1: 800, y1: 140 });
  const ocrStamp = word('PA1D', { x0: 702, y0: 98, x1: 801, y1: 141 }, 0.6);
  const ocrBody = word('Invoice', { x0: 100, y0: 100, x1: 200, y1: 130 }, 0.9);
  const ocrTotal = word('42.00', { x0: 100, y0: 500, x1: 160, y1: 530 }, 0.95);

  it('keeps text-layer words over the OCR words they overlap, and OCR words elsewhere', () => {
    const merged = mergeTextAndOcr([stamp], [ocrBody, ocrStamp, ocrTotal], page);
    expect(merged.map((w) => w.text)).toEqual(['Invoice', 'PAID', '42.00']);
    expect(merged.find((w) => w.text === 'PAID')?.confidence).toBe(1);
    expect(merged.find((w) => w.text === 'Invoice')?.confidence).toBe(0.9);
  });

  it('drops an OCR word that joins two text-layer words', () => {
    const left = word('Net', { x0: 100, y0: 300, x1: 140, y1: 320 });
    const right = word('total', { x0: 145, y0: 300, x1: 200, y1: 320 });
    const joined = word('Nettotal', { x0: 100, y0: 299, x1: 201, y1: 321 }, 0.5);
    expect(mergeTextAndOcr([left, right], [joined], page).map((w) => w.text)).toEqual([
      'Net',
      'total',
    ]);
  });

  it('lays out lines and blocks again, with boxes and norms intact', () => {
    const merged = mergeTextAndOcr([stamp], [ocrBody, ocrTotal], page);
    const invoice = merged.find((w) => w.text === 'Invoice');
    const total = merged.find((w) => w.text === '42.00');
    expect(invoice?.line).not.toBe(total?.line);
    expect(invoice?.norm).toEqual(ocrBody.norm);
  });

  it('recovers the page size from the words when none is given', () => {
    const merged = mergeTextAndOcr([stamp], [ocrBody]);
    expect(merged.find((w) => w.text === 'PAID')?.norm.x1).toBeCloseTo(0.8);
  });

  it('returns OCR words alone when the text layer has none, and nothing for nothing', () => {
    expect(mergeTextAndOcr([], [ocrBody]).map((w) => w.text)).toEqual(['Invoice']);
    expect(mergeTextAndOcr([], [])).toEqual([]);
  });
});
