// Scan/photo parameters and their geometry (a homography on the unit square), shared by the
// image degradation in Chromium and the word boxes, so labels stay aligned with the image.
import { Rng, hashSeed } from './rng.ts';
import type { PageWords } from './types.ts';

export interface ImageParams {
  readonly seed: number;
  /** Row-major 3×3 homography on the unit square: page (u, v) → image (u', v'). */
  readonly homography: readonly number[];
  readonly grey: boolean;
  readonly blurPx: number;
  /** Gaussian-ish noise amplitude in grey levels (0–255). */
  readonly noise: number;
  readonly jpegQuality: number;
  /** Desk or scanner-lid colour outside the page. */
  readonly background: string;
  /** Uneven light: darkening towards one side (0 = none). */
  readonly shade: number;
  readonly contrast: number;
}

type Pt = readonly [number, number];

/** Homography taking the unit square's corners (0,0),(1,0),(1,1),(0,1) to the quad q0..q3. */
export function squareToQuad(q: readonly [Pt, Pt, Pt, Pt]): number[] {
  const [[x0, y0], [x1, y1], [x2, y2], [x3, y3]] = q;
  const dx1 = x1 - x2,
    dx2 = x3 - x2,
    dy1 = y1 - y2,
    dy2 = y3 - y2;
  const sx = x0 - x1 + x2 - x3,
    sy = y0 - y1 + y2 - y3;
  const den = dx1 * dy2 - dx2 * dy1;
  const g = (sx * dy2 - dx2 * sy) / den;
  const h = (dx1 * sy - sx * dy1) / den;
  return [x1 - x0 + g * x1, x3 - x0 + h * x3, x0, y1 - y0 + g * y1, y3 - y0 + h * y3, y0, g, h, 1];
}

export function applyH(H: readonly number[], u: number, v: number): Pt {
  const [a = 1, b = 0, c = 0, d = 0, e = 1, f = 0, g = 0, h = 0, i = 1] = H;
  const w = g * u + h * v + i;
  return [(a * u + b * v + c) / w, (d * u + e * v + f) / w];
}

function rotatedQuad(angle: number, inset: readonly number[]): [Pt, Pt, Pt, Pt] {
  const corners: Pt[] = [
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 1],
  ];
  const centre = 0.5;
  return corners.map(([u, v], k) => {
    // Move each corner towards the centre by its inset, then rotate about the centre.
    const s = inset[k] ?? 0;
    const x = u + (centre - u) * s * 2;
    const y = v + (centre - v) * s * 2;
    return [
      centre + (x - centre) * Math.cos(angle) - (y - centre) * Math.sin(angle),
      centre + (x - centre) * Math.sin(angle) + (y - centre) * Math.cos(angle),
    ] as Pt;
  }) as [Pt, Pt, Pt, Pt];
}

export function scanParams(seed: number): ImageParams {
  const rng = new Rng(hashSeed('scan', seed));
  const inset = rng.float(0, 0.015);
  return {
    seed,
    homography: squareToQuad(
      rotatedQuad((rng.float(-1.5, 1.5) * Math.PI) / 180, [inset, inset, inset, inset]),
    ),
    grey: rng.chance(0.8),
    blurPx: rng.float(0, 0.9),
    noise: rng.float(3, 18),
    jpegQuality: rng.float(0.45, 0.9),
    background: rng.pick(['#fff', '#f4f4f4', '#e8e8e8', '#222']),
    shade: rng.float(0, 0.08),
    contrast: rng.float(0.85, 1.15),
  };
}

export function photoParams(seed: number): ImageParams {
  const rng = new Rng(hashSeed('photo', seed));
  const inset = [0, 1, 2, 3].map(() => rng.float(0.02, 0.12));
  return {
    seed,
    homography: squareToQuad(rotatedQuad((rng.float(-4, 4) * Math.PI) / 180, inset)),
    grey: false,
    blurPx: rng.float(0.4, 1.6),
    noise: rng.float(6, 24),
    jpegQuality: rng.float(0.5, 0.85),
    background: rng.pick(['#6b4f3a', '#8a7a66', '#3c3c3c', '#b9b2a6', '#24313d', '#9c8f7a']),
    shade: rng.float(0.1, 0.45),
    contrast: rng.float(0.75, 1.05),
  };
}

/** Maps every word box through the image transform (axis-aligned bounding box of its corners). */
export function transformPageBoxes(page: PageWords, p: ImageParams): PageWords {
  const { width: W, height: Hh } = page;
  const words = page.words.map((w) => {
    const pts = [
      applyH(p.homography, w.box[0] / W, w.box[1] / Hh),
      applyH(p.homography, w.box[2] / W, w.box[1] / Hh),
      applyH(p.homography, w.box[0] / W, w.box[3] / Hh),
      applyH(p.homography, w.box[2] / W, w.box[3] / Hh),
    ];
    const r2 = (v: number): number => Math.round(v * 100) / 100;
    return {
      ...w,
      box: [
        r2(Math.min(...pts.map((q) => q[0])) * W),
        r2(Math.min(...pts.map((q) => q[1])) * Hh),
        r2(Math.max(...pts.map((q) => q[0])) * W),
        r2(Math.max(...pts.map((q) => q[1])) * Hh),
      ] as [number, number, number, number],
    };
  });
  return { ...page, words };
}

export function invert(m: readonly number[]): number[] {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0, i = 0] = m;
  const A = e * i - f * h,
    B = -(d * i - f * g),
    C = d * h - e * g;
  const det = a * A + b * B + c * C;
  return [
    A,
    -(b * i - c * h),
    b * f - c * e,
    B,
    a * i - c * g,
    -(a * f - c * d),
    C,
    -(a * h - b * g),
    a * e - b * d,
  ].map((x) => x / det);
}
