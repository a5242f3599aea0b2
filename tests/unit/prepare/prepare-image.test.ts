// The whole preparation: photo → straight A4 page, turned and skewed scans → upright, scale and limits.
import { describe, expect, it } from 'vitest';
import { applyMatrix, invert, prepareForOcr } from '../../../src/pipeline/prepare-image.ts';
import { greyImage } from '../../../src/pipeline/prepare-grey.ts';
import { meanIn, photograph, skew, textPage, turn } from './synthetic-page.ts';

/** A text page with a solid black square whose centre is at (0.7, 0.2) of the page. */
function markedPage() {
  const page = textPage(850, 1200, 8);
  for (let y = 200; y < 280; y++) page.data.fill(0, y * 850 + 555, y * 850 + 635);
  return page;
}

describe('prepareForOcr', () => {
  it('cuts the sheet out of a photo and straightens it to an upright A4 page', () => {
    const corners = [
      { x: 140, y: 120 },
      { x: 920, y: 170 },
      { x: 980, y: 1260 },
      { x: 90, y: 1300 },
    ];
    const photo = photograph(markedPage(), corners, 1100, 1400);
    const prepared = prepareForOcr(photo, { photo: true });
    expect(prepared.cropped).toBe(true);
    expect(prepared.rotation).toBe(0);
    const { width, height } = prepared.image;
    expect(height / width).toBeCloseTo(Math.SQRT2, 1);
    // The square is where it was on the page, black on white paper.
    expect(
      meanIn(prepared.image, 0.68 * width, 0.19 * height, 0.72 * width, 0.215 * height),
    ).toBeLessThan(60);
    expect(
      meanIn(prepared.image, 0.02 * width, 0.01 * height, 0.06 * width, 0.03 * height),
    ).toBeGreaterThan(240);
    // toSource maps the prepared page's corners back onto the photo's corners of the sheet.
    const back = [
      applyMatrix(prepared.toSource, 0, 0),
      applyMatrix(prepared.toSource, width, height),
    ];
    expect(Math.hypot(back[0]!.x - 140, back[0]!.y - 120)).toBeLessThan(20);
    expect(Math.hypot(back[1]!.x - 980, back[1]!.y - 1260)).toBeLessThan(20);
  });

  it('leaves a photo without a clear sheet uncut', () => {
    const prepared = prepareForOcr(markedPage(), { photo: true, sourceDpi: 300 });
    expect(prepared.cropped).toBe(false);
    expect(prepared.image.width).toBe(850);
  });

  it.each([1, 2, 3])(
    'turns a scan turned by %i quarter(s) upright, boxes mapping back',
    (quarters) => {
      const source = turn(markedPage(), quarters);
      const prepared = prepareForOcr(source, { photo: false, sourceDpi: 300 });
      expect(prepared.rotation).toBe((360 - quarters * 90) % 360);
      expect([prepared.image.width, prepared.image.height]).toEqual([850, 1200]);
      expect(meanIn(prepared.image, 565, 210, 625, 270)).toBeLessThan(40);
      // The square's centre in the prepared image is the square's centre in the source.
      const inSource = applyMatrix(prepared.toSource, 595, 240);
      const value = source.data[Math.floor(inSource.y) * source.width + Math.floor(inSource.x)];
      expect(value).toBe(0);
      const forward = applyMatrix(invert(prepared.toSource), inSource.x, inSource.y);
      expect(forward.x).toBeCloseTo(595, 6);
    },
  );

  it('deskews a scan', () => {
    const prepared = prepareForOcr(skew(markedPage(), -3.2), { photo: false, sourceDpi: 300 });
    expect(prepared.skewDegrees).toBeCloseTo(-3.2, 0);
    expect(Math.abs(prepared.skewDegrees + 3.2)).toBeLessThanOrEqual(0.2);
    expect(meanIn(prepared.image, 565, 210, 625, 270)).toBeLessThan(60);
  });

  it('scales to the target resolution, within the pixel limit', () => {
    const page = markedPage();
    const at150 = prepareForOcr(page, { photo: false, sourceDpi: 150 });
    expect(at150.scale).toBe(2);
    expect(at150.image.width).toBe(1700);
    expect(at150.dpi).toBe(300);
    // Without a known resolution, a page-shaped image is taken to be 8.27 in wide.
    const guessed = prepareForOcr(page, { photo: false });
    expect(guessed.dpi).toBe(300);
    expect(guessed.image.width).toBe(Math.round(8.27 * 300));
    // A header's default 72 dpi on a whole page is not believed.
    expect(prepareForOcr(page, { photo: false, sourceDpi: 72 }).dpi).toBe(300);
    const capped = prepareForOcr(page, { photo: false, sourceDpi: 150, maxPixels: 2_000_000 });
    expect(capped.image.width * capped.image.height).toBeLessThanOrEqual(2_000_000);
  });

  it('makes paper white and ink black under uneven light', () => {
    const page = markedPage();
    const shaded = greyImage(page.width, page.height, new Uint8ClampedArray(page.data));
    for (let y = 0; y < page.height; y++) {
      for (let x = 0; x < page.width; x++) {
        const i = y * page.width + x;
        shaded.data[i] = (shaded.data[i] as number) * (0.5 + (0.5 * x) / page.width);
      }
    }
    const prepared = prepareForOcr(shaded, { photo: false, sourceDpi: 300 });
    expect(meanIn(prepared.image, 20, 20, 60, 60)).toBeGreaterThan(245);
    expect(meanIn(prepared.image, 790, 20, 830, 60)).toBeGreaterThan(245);
    expect(meanIn(prepared.image, 565, 210, 625, 270)).toBeLessThan(20);
    expect(Object.keys(prepared.timingsMs)).toEqual(
      expect.arrayContaining(['grey', 'page', 'orientation', 'warp', 'contrast', 'total']),
    );
  });

  it('passes tiny images through', () => {
    const tiny = greyImage(8, 8, new Uint8ClampedArray(64).fill(200));
    expect(prepareForOcr(tiny, { photo: true }).image.width).toBe(8);
  });
});
