// Text-layer geometry: pdf.js runs → words with boxes in render pixels, for rotated pages and text.
import { describe, expect, it } from 'vitest';
import {
  charWidth,
  dropDuplicates,
  placeRunWords,
  placeWords,
} from '../../../src/pipeline/pdf-text-words.ts';
import { a4, run, viewportTransform } from './text-fixtures.ts';

const scale = 2;
const upright = viewportTransform(a4, scale);

describe('placeRunWords', () => {
  it('places an upright run at scale 2 with the font ascent above the baseline', () => {
    const [word] = placeRunWords(run('Invoice', 100, 700, 10), upright);
    expect(word?.text).toBe('Invoice');
    // Baseline y in pixels: (842 - 700) · 2 = 284; ascent 0.8 · 10 · 2 = 16 above, descent 4 below.
    expect(word?.box.x0).toBeCloseTo(200);
    expect(word?.box.y0).toBeCloseTo(268);
    expect(word?.box.y1).toBeCloseTo(288);
    expect(word?.box.x1).toBeCloseTo(200 + 7 * 5 * 2);
    expect(word?.size).toBeCloseTo(20);
  });

  it('splits a run into words at whitespace, placing them by character widths', () => {
    const words = placeRunWords(run('Total due:  1,234.00', 50, 100, 10), upright);
    expect(words.map((w) => w.text)).toEqual(['Total', 'due:', '1,234.00']);
    const [total, due, amount] = words;
    // Words follow each other left to right without overlapping, and end at the run's end.
    expect(total!.box.x1).toBeLessThan(due!.box.x0);
    expect(due!.box.x1).toBeLessThan(amount!.box.x0);
    expect(amount!.box.x1).toBeCloseTo(100 + 20 * 10);
    // "Total" (narrow letters) is narrower than "1,234.00" (digits) in proportion to their widths.
    const widthOf = (text: string) => Array.from(text).reduce((sum, c) => sum + charWidth(c), 0);
    const ratio = (total!.box.x1 - total!.box.x0) / (amount!.box.x1 - amount!.box.x0);
    expect(ratio).toBeCloseTo(widthOf('Total') / widthOf('1,234.00'), 5);
  });

  it('ignores runs with only whitespace', () => {
    expect(placeRunWords(run('   ', 50, 100), upright)).toEqual([]);
  });

  it('follows the page /Rotate: a 90° page puts the top of the page on the right', () => {
    const rotated = viewportTransform(a4, scale, 90);
    const [word] = placeRunWords(run('Top', 0, 832, 10), rotated);
    // Rotated canvas is 1684 × 1190: the page's top-left corner lands at the top-right, and the
    // baseline 10 pt below the page's top edge is 20 px left of the canvas's right edge.
    expect(word?.start.x).toBeCloseTo(1664);
    expect(word?.start.y).toBeCloseTo(0);
    expect(word?.box.x1).toBeCloseTo(1664 + 16);
    // Upright text on a page turned 90° clockwise runs top to bottom.
    expect(word!.end.y).toBeGreaterThan(word!.start.y);
    expect(word!.end.x).toBeCloseTo(word!.start.x);
  });

  it('handles 180° and 270° pages', () => {
    for (const rotation of [180, 270] as const) {
      const transform = viewportTransform(a4, scale, rotation);
      const [word] = placeRunWords(run('Mid', 297.5, 421, 10), transform);
      const cx = (word!.box.x0 + word!.box.x1) / 2;
      const cy = (word!.box.y0 + word!.box.y1) / 2;
      const [width, height] = rotation === 180 ? [1190, 1684] : [1684, 1190];
      expect(Math.abs(cx - width / 2)).toBeLessThan(40);
      expect(Math.abs(cy - height / 2)).toBeLessThan(40);
    }
  });

  it('places rotated text items along their direction', () => {
    // Text turned 90° counter-clockwise (reads bottom to top), as on a form's margin.
    const [word] = placeRunWords(
      { ...run('Margin', 50, 100, 10), transform: [0, 10, -10, 0, 50, 100] },
      upright,
    );
    expect(word!.end.y).toBeLessThan(word!.start.y);
    expect(word!.box.y1 - word!.box.y0).toBeCloseTo(6 * 5 * 2);
    expect(word!.box.x1 - word!.box.x0).toBeCloseTo(20);
  });

  it('mirrors character positions of right-to-left runs', () => {
    const words = placeRunWords(run('abc def', 0, 100, 10, { dir: 'rtl' }), upright);
    expect(words[0]!.box.x0).toBeGreaterThan(words[1]!.box.x0);
  });
});

describe('placeWords', () => {
  it('drops words off the page and clips those across its edge', () => {
    const words = placeWords(
      [run('Outside', -200, 100), run('Edge', -5, 100)],
      upright,
      1190,
      1684,
    );
    expect(words.map((w) => w.text)).toEqual(['Edge']);
    expect(words[0]!.box.x0).toBe(0);
  });

  it('joins a word split over two runs, but not across a space or a gap', () => {
    // pdf.js starts a new run at a font change: "(", "fl" (a ligature), "at rate)".
    const open = run('(', 100, 100, 10);
    const ligature = run('fl', 105, 100, 10);
    const rest = run('at rate)', 115, 100, 10);
    const words = placeWords([open, ligature, rest], upright, 1190, 1684);
    expect(words.map((w) => w.text)).toEqual(['(flat', 'rate)']);
    const spaced = placeWords(
      [run('Net', 100, 100), run(' ', 115, 100), run('total', 120, 100)],
      upright,
      1190,
      1684,
    );
    expect(spaced.map((w) => w.text)).toEqual(['Net', 'total']);
    const apart = placeWords([run('Net', 100, 100), run('total', 140, 100)], upright, 1190, 1684);
    expect(apart.map((w) => w.text)).toEqual(['Net', 'total']);
  });

  it('places characters by a measured font when one is given', () => {
    const measure = (char: string) => (char === 'W' ? 3 : 1);
    const [w, i] = placeRunWords(run('W i', 0, 100, 10), upright, measure);
    // Weights 3, 1 (space), 1: "W" takes 3/5 of the run's 30 pt advance.
    expect(w!.box.x1 - w!.box.x0).toBeCloseTo((3 / 5) * 15 * 2);
    expect(i!.box.x0).toBeCloseTo((4 / 5) * 15 * 2);
  });

  it('drops fake-bold duplicates drawn slightly offset', () => {
    const words = placeWords(
      [run('Bold', 100, 100), run('Bold', 100.3, 100), run('Bold', 100, 300)],
      upright,
      1190,
      1684,
    );
    expect(words).toHaveLength(2);
    expect(dropDuplicates(words)).toHaveLength(2);
  });
});
