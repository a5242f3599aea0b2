// Page orientation from the ink alone, on a small flattened copy. Across text lines the ink profile
// has blank rows between lines (0/180 vs 90/270) and is sharpest when the lines are level (skew);
// Latin text has far more ascenders (capitals, digits, b d f h k l t) than descenders (0 vs 180).
import type { GreyImage } from './prepare-grey.ts';
import { otsuThreshold } from './prepare-page-quad.ts';

export interface InkPoints {
  readonly xs: Float32Array;
  readonly ys: Float32Array;
  readonly width: number;
  readonly height: number;
}

export interface PageOrientation {
  /** Clockwise quarter turn that makes the text lines horizontal and upright. */
  readonly rotation: 0 | 90 | 180 | 270;
  /** Slope of the text lines after the quarter turn, clockwise positive; undo by turning −skew. */
  readonly skewDegrees: number;
  /** (ascender − descender ink) / (both): > 0 upright; near 0 means the 0/180 call is a guess. */
  readonly uprightScore: number;
  /** Median height of a text line in pixels of the analysed image; undefined without text. */
  readonly lineHeight?: number;
}

const maxSkew = 10;
const maxPoints = 150_000;

export function inkPoints(image: GreyImage): InkPoints {
  const { data, width, height } = image;
  const threshold = Math.min(otsuThreshold(image), 200);
  const ink = new Uint8Array(width * height);
  for (let i = 0; i < ink.length; i++) ink[i] = (data[i] as number) <= threshold ? 1 : 0;
  // Rules, frames and the paper's edge are longer than any glyph stroke and would outweigh the text.
  const longest = Math.max(16, Math.round(Math.max(width, height) / 50));
  dropLongRuns(ink, height, width, 1, width, longest);
  dropLongRuns(ink, width, height, width, 1, longest);
  dropSpecks(ink, width, height);
  let count = 0;
  for (const value of ink) count += value & 1;
  const stride = Math.max(1, Math.ceil(count / maxPoints));
  const xs = new Float32Array(Math.ceil(count / stride));
  const ys = new Float32Array(xs.length);
  let seen = 0;
  let n = 0;
  for (let i = 0; i < ink.length; i++) {
    if ((ink[i] as number) !== 1 || seen++ % stride !== 0) continue;
    xs[n] = (i % width) + 0.5;
    ys[n++] = Math.floor(i / width) + 0.5;
  }
  return { xs: xs.subarray(0, n), ys: ys.subarray(0, n), width, height };
}

/** Clears ink pixels with no ink among their eight neighbours: scanner dust, not text. */
function dropSpecks(ink: Uint8Array, width: number, height: number): void {
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1, i = y * width + 1; x < width - 1; x++, i++) {
      if (ink[i] !== 1) continue;
      const above =
        (ink[i - width - 1] as number) |
        (ink[i - width] as number) |
        (ink[i - width + 1] as number);
      const beside = (ink[i - 1] as number) | (ink[i + 1] as number);
      const below =
        (ink[i + width - 1] as number) |
        (ink[i + width] as number) |
        (ink[i + width + 1] as number);
      if ((above | beside | below) === 0) ink[i] = 0;
    }
  }
}

/** Marks runs of ink longer than `longest` along one axis with 2 (kept for the other axis' pass). */
function dropLongRuns(
  ink: Uint8Array,
  lines: number,
  length: number,
  step: number,
  lineStep: number,
  longest: number,
): void {
  for (let line = 0; line < lines; line++) {
    let run = 0;
    for (let k = 0; k <= length; k++) {
      const i = line * lineStep + k * step;
      if (k < length && (ink[i] as number) !== 0) {
        run++;
        continue;
      }
      if (run > longest) for (let j = 1; j <= run; j++) ink[i - j * step] = 2;
      run = 0;
    }
  }
}

/** Quarter turn clockwise: what was a vertical line becomes horizontal. */
export function turnQuarter(points: InkPoints): InkPoints {
  const xs = new Float32Array(points.xs.length);
  const ys = new Float32Array(points.xs.length);
  for (let k = 0; k < xs.length; k++) {
    xs[k] = points.height - (points.ys[k] as number);
    ys[k] = points.xs[k] as number;
  }
  return { xs, ys, width: points.height, height: points.width };
}

/** Ink counts along lines of slope `degrees` (deskewed rows), `binSize` rows per bin. */
export function rowProfile(points: InkPoints, degrees: number, binSize = 1): Float64Array {
  const tan = Math.tan((degrees * Math.PI) / 180);
  const offset = Math.abs(tan) * points.width + 1;
  const bins = new Float64Array(Math.ceil((points.height + 2 * offset) / binSize) + 1);
  const { xs, ys } = points;
  for (let k = 0; k < xs.length; k++) {
    const bin = Math.floor(((ys[k] as number) - (xs[k] as number) * tan + offset) / binSize);
    bins[bin] = (bins[bin] as number) + 1;
  }
  return bins;
}

/** Sum of squared differences of the row profile (Postl's measure): peaks when lines are level. */
export function profileSharpness(points: InkPoints, degrees: number, binSize = 1): number {
  const bins = rowProfile(points, degrees, binSize);
  let sum = 0;
  for (let b = 1; b < bins.length; b++) sum += ((bins[b] as number) - (bins[b - 1] as number)) ** 2;
  return sum * binSize;
}

/** The text-line slope in −10°…10° at 0.1° resolution. */
export function findSkew(points: InkPoints): number {
  const search = (from: number, to: number, step: number, binSize: number) => {
    let best = { degrees: 0, sharpness: -1 };
    for (let degrees = from; degrees <= to + 1e-9; degrees += step) {
      const sharpness = profileSharpness(points, degrees, binSize);
      if (sharpness > best.sharpness) best = { degrees, sharpness };
    }
    return best.degrees;
  };
  const coarse = search(-maxSkew, maxSkew, 0.5, 2);
  // `|| 0` turns −0 into 0.
  return Math.round(search(coarse - 0.6, coarse + 0.6, 0.1, 1) * 10) / 10 || 0;
}

/**
 * Share of empty rows between the first and last inked row. Across text lines the gaps between
 * lines are blank (~0.5); across columns of text almost nothing is (~0.05), even for monospace.
 */
export function gapFraction(points: InkPoints, degrees: number): number {
  const bins = rowProfile(points, degrees);
  // Between the rows holding the first and the last 2% of the ink: specks far out do not count.
  const total = bins.reduce((sum, v) => sum + v, 0);
  let first = -1;
  let last = -1;
  for (let b = 0, seen = 0; b < bins.length; b++) {
    seen += bins[b] as number;
    if (first < 0 && seen > 0.02 * total) first = b;
    if (last < 0 && seen >= 0.98 * total) last = b;
  }
  if (first < 0 || last <= first) return 0;
  const used = [...bins.subarray(first, last + 1)];
  const high = [...used].sort((a, b) => a - b)[Math.floor(used.length * 0.9)] as number;
  return used.filter((v) => v <= 0.03 * high).length / used.length;
}

export function detectOrientation(image: GreyImage): PageOrientation {
  const points = inkPoints(image);
  if (points.xs.length < 50) return { rotation: 0, skewDegrees: 0, uprightScore: 0 };
  const turned = turnQuarter(points);
  const horizontal = findSkew(points);
  const vertical = findSkew(turned);
  const quarter = gapFraction(turned, vertical) > gapFraction(points, horizontal);
  const skewDegrees = quarter ? vertical : horizontal;
  const lines = textLines(quarter ? turned : points, skewDegrees);
  const flip = lines.uprightScore < 0;
  const rotation = ((quarter ? 90 : 0) + (flip ? 180 : 0)) as PageOrientation['rotation'];
  return {
    rotation,
    skewDegrees,
    uprightScore: Math.abs(lines.uprightScore),
    lineHeight: lines.lineHeight,
  };
}

/**
 * Splits each of four vertical strips (so columns with different baselines do not blur together)
 * into text lines, and weighs the ink above vs below each line's core.
 */
export function textLines(points: InkPoints, degrees: number, strips = 4) {
  const heights: number[] = [];
  let score = 0;
  for (let strip = 0; strip < strips; strip++) {
    const from = (strip * points.width) / strips;
    const to = ((strip + 1) * points.width) / strips;
    const inside = (k: number) => (points.xs[k] as number) >= from && (points.xs[k] as number) < to;
    const keep = [...points.xs.keys()].filter(inside);
    const part: InkPoints = {
      xs: Float32Array.from(keep, (k) => points.xs[k] as number),
      ys: Float32Array.from(keep, (k) => points.ys[k] as number),
      width: points.width,
      height: points.height,
    };
    const { above, below } = weighLines(rowProfile(part, degrees), heights);
    if (above + below > 0) score += (above - below) / (above + below) / strips;
  }
  heights.sort((a, b) => a - b);
  return { uprightScore: score, lineHeight: heights[Math.floor(heights.length / 2)] };
}

function weighLines(profile: Float64Array, heights: number[]) {
  const sorted = [...profile].filter((v) => v > 0).sort((a, b) => a - b);
  const floor = 0.05 * (sorted[Math.floor(sorted.length * 0.95)] ?? 0);
  let above = 0;
  let below = 0;
  for (let row = 0; row < profile.length;) {
    if ((profile[row] as number) <= floor) {
      row++;
      continue;
    }
    const start = row;
    while (row < profile.length && (profile[row] as number) > floor) row++;
    const line = profile.subarray(start, row);
    if (line.length < 4) continue;
    heights.push(line.length);
    // The core (x-height band) is where the line is at least half as dense as its densest row.
    const peak = Math.max(...line);
    const first = line.findIndex((v) => v >= peak / 2);
    const last = line.findLastIndex((v) => v >= peak / 2);
    for (let k = 0; k < first; k++) above += line[k] as number;
    for (let k = last + 1; k < line.length; k++) below += line[k] as number;
  }
  return { above, below };
}
