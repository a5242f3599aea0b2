// Quarter turns and skew of a page found from its ink alone.
import { describe, expect, it } from 'vitest';
import { normaliseContrast } from '../../../src/pipeline/prepare-contrast.ts';
import {
  detectOrientation,
  findSkew,
  gapFraction,
  inkPoints,
  turnQuarter,
} from '../../../src/pipeline/prepare-orientation.ts';
import { greyImage } from '../../../src/pipeline/prepare-grey.ts';
import { skew, textPage, turn } from './synthetic-page.ts';

const page = textPage();

describe('page orientation', () => {
  it.each([0, 1, 2, 3])('turns a page turned by %i quarter(s) back upright', (quarters) => {
    const found = detectOrientation(normaliseContrast(turn(page, quarters)));
    expect(found.rotation).toBe((360 - quarters * 90) % 360);
    expect(found.skewDegrees).toBe(0);
    expect(found.uprightScore).toBeGreaterThan(0.2);
  });

  it.each([3.5, -2.2, 0.7, -9])('measures a skew of %f° to 0.2°', (degrees) => {
    const found = detectOrientation(normaliseContrast(skew(page, degrees)));
    expect(found.rotation).toBe(0);
    expect(Math.abs(found.skewDegrees - degrees)).toBeLessThanOrEqual(0.2);
  });

  it('measures skew and quarter turn together', () => {
    const found = detectOrientation(normaliseContrast(turn(skew(page, 2.5), 3)));
    expect(found.rotation).toBe(90);
    expect(Math.abs(found.skewDegrees - 2.5)).toBeLessThanOrEqual(0.2);
  });

  it('tells text lines from columns by the blank rows between lines', () => {
    const points = inkPoints(page);
    expect(gapFraction(points, findSkew(points))).toBeGreaterThan(0.3);
    const turned = turnQuarter(points);
    expect(gapFraction(turned, findSkew(turned))).toBeLessThan(0.15);
  });

  it('ignores long rules and frames when weighing the lines', () => {
    const framed = greyImage(page.width, page.height, new Uint8ClampedArray(page.data));
    for (let y = 0; y < page.height; y++) {
      for (const x of [20, 21, 22, page.width - 22, page.width - 21])
        framed.data[y * page.width + x] = 0;
    }
    const points = inkPoints(framed);
    const plain = inkPoints(page);
    expect(Math.abs(points.xs.length - plain.xs.length)).toBeLessThan(plain.xs.length * 0.01);
  });

  it('reports a blank page as upright, with the 0/180 call a guess', () => {
    const blank = greyImage(400, 560, new Uint8ClampedArray(400 * 560).fill(240));
    expect(detectOrientation(blank)).toMatchObject({
      rotation: 0,
      skewDegrees: 0,
      uprightScore: 0,
    });
  });

  it('estimates the height of a text line', () => {
    const { lineHeight } = detectOrientation(normaliseContrast(page));
    // Ascender (1.7 × x-height) to descender (0.5 ×) of an 8 px x-height.
    expect(lineHeight).toBeGreaterThanOrEqual(13);
    expect(lineHeight).toBeLessThanOrEqual(19);
  });
});
