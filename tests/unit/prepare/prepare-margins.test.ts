// The dark desk or scanner lid around a scan is cleared; ink, thin edge strips and dark areas
// inside the page are left alone.
import { describe, expect, it } from 'vitest';
import { greyImage, type GreyImage } from '../../../src/pipeline/prepare-grey.ts';
import { clearDarkMargins } from '../../../src/pipeline/prepare-margins.ts';
import { meanIn, textPage } from './synthetic-page.ts';

function paint(image: GreyImage, inside: (x: number, y: number) => boolean, value = 12) {
  const out = greyImage(image.width, image.height, image.data.slice());
  for (let y = 0; y < image.height; y++)
    for (let x = 0; x < image.width; x++) if (inside(x, y)) out.data[y * image.width + x] = value;
  return out;
}

describe('dark margins', () => {
  const page = textPage(600, 900, 8);

  it('clears a dark area that reaches into the page from the frame, and only that', () => {
    // The torn corner of a receipt on a black scanner lid.
    const scanned = paint(page, (x, y) => x > 480 && y < 200 - (600 - x));
    const cleared = clearDarkMargins(scanned);
    expect(meanIn(cleared, 560, 0, 600, 40)).toBeGreaterThan(250);
    // The text lines below the corner keep their ink, pixel for pixel.
    const below = (image: GreyImage) => [...image.data.subarray(220 * 600)];
    expect(below(cleared)).toEqual(below(scanned));
  });

  it('leaves a thin strip along an edge, a dark block inside the page and plain text alone', () => {
    const stripped = paint(page, (_, y) => y < 6);
    expect(clearDarkMargins(stripped)).toBe(stripped);
    const logo = paint(page, (x, y) => x > 200 && x < 400 && y > 300 && y < 420);
    expect(clearDarkMargins(logo)).toBe(logo);
    expect(clearDarkMargins(page)).toBe(page);
  });
});
