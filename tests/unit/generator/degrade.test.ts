// OCR noise and scan/photo geometry are deterministic, keep labels, and move boxes consistently.
import { describe, expect, it } from 'vitest';
import { confuse, degradeWords, stripMarks } from '../../../models/generator/degrade.ts';
import {
  applyH,
  photoParams,
  scanParams,
  squareToQuad,
  transformPageBoxes,
} from '../../../models/generator/degrade-geometry.ts';
import { Rng } from '../../../models/generator/rng.ts';
import type { PageWords } from '../../../models/generator/types.ts';

const page: PageWords = {
  width: 800,
  height: 1000,
  words: Array.from({ length: 400 }, (_, i) => ({
    text: ['Rechnung', '1.234,56', 'Müller', 'INV-2024-0015', 'Total', 'rn0l5'][i % 6] ?? 'x',
    box: [
      40 + (i % 8) * 90,
      40 + Math.floor(i / 8) * 18,
      110 + (i % 8) * 90,
      52 + Math.floor(i / 8) * 18,
    ],
    label: i % 3 ? 'O' : 'grossTotal',
    line: -1,
  })),
};

describe('OCR noise on words', () => {
  it('is deterministic for a seed and different across seeds', () => {
    expect(degradeWords(page, 5)).toEqual(degradeWords(page, 5));
    expect(degradeWords(page, 5)).not.toEqual(degradeWords(page, 6));
  });

  it('changes some characters and words but keeps labels from the source', () => {
    const out = degradeWords(page, 1, {
      confusion: 0.05,
      dropWord: 0.05,
      mergeWords: 0.05,
      splitWord: 0.05,
    });
    expect(out.words.length).toBeGreaterThan(300);
    expect(out.words.some((w, i) => w.text !== page.words[i]?.text)).toBe(true);
    for (const w of out.words) expect(['O', 'grossTotal']).toContain(w.label);
  });

  it('without noise leaves words and boxes as they were', () => {
    const out = degradeWords(page, 1, {
      confusion: 0,
      dropWord: 0,
      mergeWords: 0,
      splitWord: 0,
      stripDiacritics: 0,
      jitter: 0,
      rotateDeg: 0,
    });
    expect(out.words).toEqual(page.words);
  });

  it('confuses look-alike characters and strips diacritics', () => {
    expect(stripMarks('Müller Société')).toBe('Muller Societe');
    const rng = new Rng(1);
    const seen = new Set(Array.from({ length: 200 }, () => confuse(rng, '0O1l5S', 0.5)));
    expect(seen.size).toBeGreaterThan(20);
  });
});

describe('scan and photo geometry', () => {
  it('maps the unit square onto the chosen quad', () => {
    const q = [
      [0.1, 0.05],
      [0.95, 0.1],
      [0.9, 0.97],
      [0.02, 0.9],
    ] as const;
    const H = squareToQuad(q);
    const corners = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
    ] as const;
    corners.forEach(([u, v], k) => {
      const [x, y] = applyH(H, u, v);
      expect(x).toBeCloseTo(q[k]![0], 9);
      expect(y).toBeCloseTo(q[k]![1], 9);
    });
  });

  it('keeps boxes on the page for scans and inside the frame for photos', () => {
    for (let s = 0; s < 20; s++) {
      for (const params of [scanParams(s), photoParams(s)]) {
        const out = transformPageBoxes(page, params);
        for (const w of out.words) {
          expect(w.box[0]).toBeLessThan(w.box[2]);
          expect(w.box[0]).toBeGreaterThan(-1);
          expect(w.box[3]).toBeLessThan(page.height + 1);
        }
      }
    }
  });
});
