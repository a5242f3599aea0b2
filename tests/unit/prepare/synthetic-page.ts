// Synthetic pages for the preparation tests: lines of text-like blobs (a third of the glyphs with an
// ascender, a few with a descender, as in Latin text), turned, skewed or photographed on a desk.
import { greyImage, warp, type GreyImage } from '../../../src/pipeline/prepare-grey.ts';
import {
  applyMatrix,
  homographyFromPoints,
  rotateScaleMatrix,
  type Point,
} from '../../../src/pipeline/prepare-homography.ts';

export const paper = 235;
export const ink = 30;

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function fill(page: GreyImage, x0: number, y0: number, x1: number, y1: number, value: number) {
  for (let y = Math.max(0, Math.round(y0)); y < Math.min(page.height, Math.round(y1)); y++) {
    for (let x = Math.max(0, Math.round(x0)); x < Math.min(page.width, Math.round(x1)); x++) {
      page.data[y * page.width + x] = value;
    }
  }
}

/** An upright page `width`×`height` with text lines of x-height `xHeight` pixels. */
export function textPage(width = 850, height = 1200, xHeight = 8, seed = 1): GreyImage {
  const page = greyImage(width, height, new Uint8ClampedArray(width * height).fill(paper));
  const next = random(seed);
  let baseline = height * 0.08 + 2 * xHeight;
  while (baseline < height * 0.92) {
    let x = width * (0.08 + 0.02 * next());
    const end = width * (next() < 0.3 ? 0.5 : 0.92);
    while (x < end) {
      const letters = 2 + Math.floor(next() * 8);
      for (let k = 0; k < letters && x < end; k++) {
        // Proportional glyphs: widths and gaps vary, so no columns line up across lines.
        const glyph = Math.round(xHeight * (0.45 + 0.5 * next()));
        const roll = next();
        const top = roll < 0.35 ? baseline - 1.7 * xHeight : baseline - xHeight;
        const bottom = roll > 0.93 ? baseline + 0.5 * xHeight : baseline;
        fill(page, x, baseline - xHeight, x + glyph, baseline, ink);
        if (top < baseline - xHeight) fill(page, x, top, x + Math.max(2, glyph / 3), baseline, ink);
        if (bottom > baseline) fill(page, x + glyph - 2, baseline, x + glyph, bottom, ink);
        x += glyph + 1 + Math.floor(next() * 3);
      }
      x += xHeight * (0.8 + 0.6 * next());
    }
    baseline += 2.6 * xHeight * (next() < 0.2 ? 2 : 1);
  }
  return page;
}

/** Turns clockwise by `quarters` × 90°, pixel for pixel. */
export function turn(image: GreyImage, quarters: number): GreyImage {
  let current = image;
  for (let q = 0; q < ((quarters % 4) + 4) % 4; q++) {
    const { width, height, data } = current;
    const out = new Uint8ClampedArray(data.length);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++)
        out[x * height + (height - 1 - y)] = data[y * width + x] as number;
    }
    current = greyImage(height, width, out);
  }
  return current;
}

/** Turns clockwise by a small angle about the centre, same size, paper showing at the corners. */
export function skew(image: GreyImage, degrees: number): GreyImage {
  const turned = warp(
    image,
    image.width,
    image.height,
    rotateScaleMatrix(image, image, degrees, 1),
  );
  for (let i = 0; i < turned.data.length; i++) if (turned.data[i] === 255) turned.data[i] = paper;
  return turned;
}

/** The page photographed: its corners at `corners` (TL, TR, BR, BL) on a darker desk, light falling off. */
export function photograph(
  page: GreyImage,
  corners: readonly Point[],
  width: number,
  height: number,
) {
  const pageCorners = [
    { x: 0, y: 0 },
    { x: page.width, y: 0 },
    { x: page.width, y: page.height },
    { x: 0, y: page.height },
  ];
  const toPage = homographyFromPoints(corners, pageCorners);
  const photo = warp(page, width, height, toPage);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = applyMatrix(toPage, x + 0.5, y + 0.5);
      const onPage = p.x >= 0 && p.y >= 0 && p.x < page.width && p.y < page.height;
      const light = 1 - 0.35 * (x / width) * (y / height);
      const i = y * width + x;
      photo.data[i] = (onPage ? (photo.data[i] as number) : 70) * light;
    }
  }
  return photo;
}

/** Mean of the pixels in a rectangle. */
export function meanIn(image: GreyImage, x0: number, y0: number, x1: number, y1: number): number {
  let sum = 0;
  let count = 0;
  for (let y = Math.round(y0); y < Math.round(y1); y++) {
    for (let x = Math.round(x0); x < Math.round(x1); x++) {
      sum += image.data[y * image.width + x] as number;
      count++;
    }
  }
  return sum / count;
}
