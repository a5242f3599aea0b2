// Plain pixel buffers and the resampling the preparation needs; no canvas, so they run in workers
// and in Node tests alike.
import type { Matrix3 } from './prepare-homography.ts';

/** 8-bit RGBA, row-major, as in ImageData. */
export interface RgbaImage {
  readonly data: Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
}

/** 8-bit greyscale (0 black … 255 white), row-major, one byte per pixel. */
export interface GreyImage {
  readonly data: Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
  readonly channels: 1;
}

export function greyImage(width: number, height: number, data?: Uint8ClampedArray): GreyImage {
  return { data: data ?? new Uint8ClampedArray(width * height), width, height, channels: 1 };
}

export function isGreyImage(image: RgbaImage | GreyImage): image is GreyImage {
  return image.data.length === image.width * image.height;
}

/** Luma (BT.601), transparent pixels laid on white paper. */
export function toGrey(image: RgbaImage | GreyImage): GreyImage {
  if (isGreyImage(image)) return greyImage(image.width, image.height, image.data);
  const { data, width, height } = image;
  if (data.length !== width * height * 4) throw new Error('The image buffer has the wrong size.');
  const out = new Uint8ClampedArray(width * height);
  for (let i = 0, j = 0; j < out.length; i += 4, j++) {
    const luma =
      (77 * (data[i] as number) + 150 * (data[i + 1] as number) + 29 * (data[i + 2] as number)) >>
      8;
    const alpha = data[i + 3] as number;
    out[j] = alpha === 255 ? luma : (luma * alpha + 255 * (255 - alpha)) / 255;
  }
  return greyImage(width, height, out);
}

/** The image turned by 180°. */
export function turnHalf(image: GreyImage): GreyImage {
  return greyImage(image.width, image.height, image.data.slice().reverse());
}

/** Ink a pixel bolder (the darkest of each 3×3 neighbourhood): dot-matrix and faint print join up. */
export function boldenInk(image: GreyImage): GreyImage {
  const { width, height, data } = image;
  const rows = new Uint8ClampedArray(data.length);
  for (let y = 0; y < height; y++) {
    const base = y * width;
    for (let x = 0; x < width; x++) {
      const left = data[base + Math.max(0, x - 1)] as number;
      const right = data[base + Math.min(width - 1, x + 1)] as number;
      rows[base + x] = Math.min(left, data[base + x] as number, right);
    }
  }
  const out = new Uint8ClampedArray(data.length);
  for (let y = 0; y < height; y++) {
    const above = Math.max(0, y - 1) * width;
    const below = Math.min(height - 1, y + 1) * width;
    for (let x = 0, i = y * width; x < width; x++, i++) {
      out[i] = Math.min(rows[above + x] as number, rows[i] as number, rows[below + x] as number);
    }
  }
  return greyImage(width, height, out);
}

/** Averages `factor`×`factor` blocks (area downscale, no aliasing). */
export function shrink(image: GreyImage, factor: number): GreyImage {
  if (factor <= 1) return image;
  const width = Math.max(1, Math.floor(image.width / factor));
  const height = Math.max(1, Math.floor(image.height / factor));
  const sums = new Uint32Array(width);
  const out = new Uint8ClampedArray(width * height);
  const area = factor * factor;
  for (let y = 0; y < height; y++) {
    sums.fill(0);
    for (let dy = 0; dy < factor; dy++) {
      const row = (y * factor + dy) * image.width;
      for (let x = 0; x < width; x++) {
        let sum = 0;
        const start = row + x * factor;
        for (let dx = 0; dx < factor; dx++) sum += image.data[start + dx] as number;
        sums[x] = (sums[x] as number) + sum;
      }
    }
    for (let x = 0; x < width; x++) out[y * width + x] = (sums[x] as number) / area;
  }
  return greyImage(width, height, out);
}

/**
 * Resamples `source` into a `width`×`height` image; `map` takes output pixel centres to source
 * coordinates. Bilinear; outside the source is white paper.
 */
export function warp(source: GreyImage, width: number, height: number, map: Matrix3): GreyImage {
  const out = new Uint8ClampedArray(width * height);
  const { data, width: sw, height: sh } = source;
  const [a, , , d, , , g] = map;
  for (let y = 0; y < height; y++) {
    // Homogeneous coordinates advance linearly along a row; only the division is per pixel.
    const start = applyHomogeneous(map, 0.5, y + 0.5);
    let hx = start[0];
    let hy = start[1];
    let hw = start[2];
    for (let x = 0, o = y * width; x < width; x++, o++) {
      const sx = hx / hw - 0.5;
      const sy = hy / hw - 0.5;
      hx += a;
      hy += d;
      hw += g;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < -1 || y0 < -1 || x0 >= sw || y0 >= sh) {
        out[o] = 255;
        continue;
      }
      const fx = sx - x0;
      const fy = sy - y0;
      const xa = x0 < 0 ? 0 : x0;
      const xb = x0 + 1 >= sw ? sw - 1 : x0 + 1;
      const ra = (y0 < 0 ? 0 : y0) * sw;
      const rb = (y0 + 1 >= sh ? sh - 1 : y0 + 1) * sw;
      const top = (data[ra + xa] as number) * (1 - fx) + (data[ra + xb] as number) * fx;
      const bottom = (data[rb + xa] as number) * (1 - fx) + (data[rb + xb] as number) * fx;
      out[o] = top + (bottom - top) * fy + 0.5;
    }
  }
  return greyImage(width, height, out);
}

function applyHomogeneous(m: Matrix3, x: number, y: number): [number, number, number] {
  const [a, b, c, d, e, f, g, h, i] = m;
  return [a * x + b * y + c, d * x + e * y + f, g * x + h * y + i];
}
