// Text-layer geometry: pdf.js text runs become words with boxes in the pixel space of a render at
// the same viewport, so text-layer and OCR boxes of one page are comparable. Pure, no pdf.js import.
import type { Box } from '../domain/page-model.ts';

/** [a, b, c, d, e, f] as in PDF and pdf.js: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = readonly number[];

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** What word placement needs from a pdf.js TextItem and its font's TextStyle. */
export interface TextRun {
  readonly str: string;
  /** Text space → PDF user space at the run's start (TextItem.transform). */
  readonly transform: Matrix;
  /** Advance in PDF user space units (TextItem.width; TextItem.height for vertical fonts). */
  readonly width: number;
  readonly height: number;
  readonly dir?: string;
  /** Fractions of the font size; descent is negative. */
  readonly ascent?: number;
  readonly descent?: number;
  readonly vertical?: boolean;
  readonly monospace?: boolean;
  /** CSS family the characters are measured in ('sans-serif', 'serif', 'monospace'). */
  readonly family?: string;
}

/** Advance of one character in `family`, any unit (only proportions within a run matter). */
export type MeasureChar = (char: string, family: string) => number;

/** A word on the page: its box and its baseline from first to last character, in render pixels. */
export interface PlacedWord {
  readonly text: string;
  readonly box: Box;
  readonly start: Point;
  readonly end: Point;
  /** Font size in render pixels. */
  readonly size: number;
}

export function multiply(m: Matrix, n: Matrix): number[] {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = m;
  const [p = 0, q = 0, r = 0, s = 0, t = 0, u = 0] = n;
  return [
    a * p + c * q,
    b * p + d * q,
    a * r + c * s,
    b * r + d * s,
    a * t + c * u + e,
    b * t + d * u + f,
  ];
}

// Helvetica advance widths (per 1000 em) for printable ASCII: far better than equal widths when a
// run's characters must be placed without the font's own metrics.
const helveticaWidths = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
  611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
  222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const defaultWidth = 556;

export function charWidth(char: string, monospace = false): number {
  if (monospace) return 600;
  const code = char.codePointAt(0) ?? 0;
  if (code >= 32 && code <= 126) return helveticaWidths[code - 32] ?? defaultWidth;
  // Letters with diacritics are about as wide as their base letter; CJK is a full em.
  if (code >= 0x2e80) return 1000;
  return defaultWidth;
}

const whitespace = /\s/u;

/**
 * Words of one run. The run's advance is known, its characters' are not: they are placed by their
 * widths in a similar font (`measure`, e.g. canvas measureText) or Helvetica's.
 */
export function placeRunWords(run: TextRun, viewport: Matrix, measure?: MeasureChar): PlacedWord[] {
  const chars = Array.from(run.str);
  if (!chars.some((char) => !whitespace.test(char))) return [];
  const tx = multiply(viewport, run.transform);
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = tx;
  const scale = Math.hypot(viewport[0] ?? 0, viewport[1] ?? 0) || 1;
  const size = Math.hypot(c, d) || Math.abs(run.height * scale) || 1;
  let dirX = a;
  let dirY = b;
  let norm = Math.hypot(dirX, dirY);
  if (norm === 0) [dirX, dirY, norm] = [1, 0, 1];
  let along: Point = { x: dirX / norm, y: dirY / norm };
  // Up is the text matrix's y axis where it is usable, else perpendicular to the baseline.
  const upNorm = Math.hypot(c, d);
  let up: Point = upNorm > 0 ? { x: c / upNorm, y: d / upNorm } : { x: along.y, y: -along.x };
  let low = clamp(run.descent ?? -0.2, -0.5, 0) * size;
  let high = clamp(run.ascent ?? 0.8, 0.5, 1.2) * size;
  if (run.vertical) {
    // Vertical fonts advance down the page, centred on the origin.
    along = { x: -along.y, y: along.x };
    up = { x: along.y, y: -along.x };
    [low, high] = [-size / 2, size / 2];
  }
  const length = Math.abs((run.vertical ? run.height : run.width) * scale);
  const family = run.family ?? (run.monospace ? 'monospace' : 'sans-serif');
  const weights = chars.map((char) =>
    measure && !run.monospace ? measure(char, family) : charWidth(char, run.monospace),
  );
  const total = weights.reduce((sum, weight) => sum + weight, 0) || 1;
  const rtl = run.dir === 'rtl';
  const origin = { x: e, y: f };
  const words: PlacedWord[] = [];
  let offset = 0;
  let wordStart = -1;
  let text = '';
  const flush = (wordEnd: number) => {
    if (wordStart < 0) return;
    let t0 = (wordStart / total) * length;
    let t1 = (wordEnd / total) * length;
    if (rtl) [t0, t1] = [length - t1, length - t0];
    words.push(placeWord(text, origin, along, up, t0, t1, low, high, size));
    wordStart = -1;
    text = '';
  };
  chars.forEach((char, index) => {
    if (whitespace.test(char)) flush(offset);
    else {
      if (wordStart < 0) wordStart = offset;
      text += char;
    }
    offset += weights[index] ?? 0;
  });
  flush(offset);
  return words;
}

function placeWord(
  text: string,
  origin: Point,
  along: Point,
  up: Point,
  t0: number,
  t1: number,
  low: number,
  high: number,
  size: number,
): PlacedWord {
  const at = (t: number, h: number): Point => ({
    x: origin.x + along.x * t + up.x * h,
    y: origin.y + along.y * t + up.y * h,
  });
  const corners = [at(t0, low), at(t0, high), at(t1, low), at(t1, high)];
  const xs = corners.map((point) => point.x);
  const ys = corners.map((point) => point.y);
  return {
    text,
    box: { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) },
    start: at(t0, 0),
    end: at(t1, 0),
    size,
  };
}

/**
 * Words of all runs, clipped to the page; words wholly off the page are dropped. A word split
 * over two runs (pdf.js starts a new run at a font change, e.g. a ligature) is joined again.
 */
export function placeWords(
  runs: readonly TextRun[],
  viewport: Matrix,
  width: number,
  height: number,
  measure?: MeasureChar,
): PlacedWord[] {
  const words: PlacedWord[] = [];
  let previous: TextRun | undefined;
  for (const run of runs) {
    const placed = placeRunWords(run, viewport, measure);
    const last = words.at(-1);
    const first = placed[0];
    if (last && first && previous && continues(previous, run, last, first)) {
      words[words.length - 1] = join(last, first);
      placed.shift();
    }
    words.push(...placed);
    previous = run;
  }
  const onPage: PlacedWord[] = [];
  for (const word of words) {
    const { x0, y0, x1, y1 } = word.box;
    if (x1 <= 0 || y1 <= 0 || x0 >= width || y0 >= height) continue;
    const box = {
      x0: Math.max(0, x0),
      y0: Math.max(0, y0),
      x1: Math.min(width, x1),
      y1: Math.min(height, y1),
    };
    onPage.push({ ...word, box });
  }
  return dropDuplicates(onPage);
}

// Runs touch when the next starts within this many font sizes of where the last one ended.
const touching = 0.15;

function continues(previous: TextRun, run: TextRun, last: PlacedWord, first: PlacedWord): boolean {
  if (whitespace.test(previous.str.at(-1) ?? ' ') || whitespace.test(run.str[0] ?? ' '))
    return false;
  const size = Math.max(last.size, first.size);
  const gap = Math.hypot(first.start.x - last.end.x, first.start.y - last.end.y);
  return gap <= touching * size && Math.abs(last.size - first.size) <= 0.3 * size;
}

function join(a: PlacedWord, b: PlacedWord): PlacedWord {
  return {
    text: a.text + b.text,
    box: {
      x0: Math.min(a.box.x0, b.box.x0),
      y0: Math.min(a.box.y0, b.box.y0),
      x1: Math.max(a.box.x1, b.box.x1),
      y1: Math.max(a.box.y1, b.box.y1),
    },
    start: a.start,
    end: b.end,
    size: Math.max(a.size, b.size),
  };
}

/** Fake bold (the same text drawn twice, slightly offset) would otherwise give every word twice. */
export function dropDuplicates(words: readonly PlacedWord[]): PlacedWord[] {
  const kept: PlacedWord[] = [];
  const byText = new Map<string, PlacedWord[]>();
  for (const word of words) {
    const same = byText.get(word.text) ?? [];
    const tolerance = word.size * 0.2;
    const duplicate = same.some(
      (other) =>
        Math.abs(other.box.x0 - word.box.x0) <= tolerance &&
        Math.abs(other.box.y0 - word.box.y0) <= tolerance &&
        Math.abs(other.box.x1 - word.box.x1) <= tolerance,
    );
    if (duplicate) continue;
    same.push(word);
    byText.set(word.text, same);
    kept.push(word);
  }
  return kept;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
