// Is a PDF page's text layer worth reading? 'text': yes; 'ocr': empty or garbage (unmapped glyphs,
// mostly symbols); 'both': a scan carrying a few real text items (a stamp, a typed-in number), so
// the page is OCRed and those exact words are kept. Pure: works on words and operator lists.
import type { Box } from '../domain/page-model.ts';
import { multiply, type Matrix } from './pdf-text-words.ts';

export type TextLayerChoice = 'text' | 'ocr' | 'both';

export interface TextLayerStats {
  /** Non-whitespace characters. */
  readonly chars: number;
  /** Letters and digits of any script. */
  readonly alphanumeric: number;
  /** U+FFFD, private-use and control characters: what unmapped glyphs come out as. */
  readonly broken: number;
  readonly words: number;
  /** Area of the word boxes as a fraction of the page. */
  readonly coverage: number;
}

// More than this share of broken characters, or less than this share of letters and digits: garbage.
const maxBrokenShare = 0.1;
const minAlphanumericShare = 0.5;
// A page mostly painted by images, with fewer words than this or words covering less than this
// share of the page, is a scan with some stamped text.
const scanImageCoverage = 0.5;
const fewWords = 25;
const smallTextCoverage = 0.01;

export function textLayerStats(
  words: readonly { readonly text: string; readonly box: Box }[],
  width: number,
  height: number,
): TextLayerStats {
  let chars = 0;
  let alphanumeric = 0;
  let broken = 0;
  let area = 0;
  for (const word of words) {
    for (const char of word.text) {
      chars++;
      if (/[\p{L}\p{N}]/u.test(char)) alphanumeric++;
      else if (/[\uFFFD\p{Co}\p{Cc}\p{Cs}]/u.test(char)) broken++;
    }
    area += Math.max(0, word.box.x1 - word.box.x0) * Math.max(0, word.box.y1 - word.box.y0);
  }
  const pageArea = width * height;
  return {
    chars,
    alphanumeric,
    broken,
    words: words.length,
    coverage: pageArea > 0 ? area / pageArea : 0,
  };
}

/** Whether the choice depends on how much of the page images cover (worth an operator list). */
export function needsImageCoverage(stats: TextLayerStats): boolean {
  return !isGarbage(stats) && (stats.words < fewWords || stats.coverage < smallTextCoverage);
}

/** `imageCoverage`: 0..1 of the page painted by images; only read when needsImageCoverage. */
export function chooseTextLayer(stats: TextLayerStats, imageCoverage = 0): TextLayerChoice {
  if (isGarbage(stats)) return 'ocr';
  if (needsImageCoverage(stats) && imageCoverage >= scanImageCoverage) return 'both';
  return 'text';
}

function isGarbage(stats: TextLayerStats): boolean {
  if (stats.chars === 0) return true;
  return (
    stats.broken / stats.chars > maxBrokenShare ||
    stats.alphanumeric / stats.chars < minAlphanumericShare
  );
}

/** pdf.js OPS codes the coverage scan reads (pdfjs.OPS, passed in so this module stays pure). */
export interface ImageOps {
  readonly save: number;
  readonly restore: number;
  readonly transform: number;
  readonly paintFormXObjectBegin: number;
  readonly paintFormXObjectEnd: number;
  readonly paintImageXObject: number;
  readonly paintInlineImageXObject: number;
  readonly paintImageMaskXObject: number;
  readonly paintImageXObjectRepeat: number;
}

export interface OperatorList {
  readonly fnArray: readonly number[];
  readonly argsArray: readonly unknown[];
}

/**
 * Share of the page (its view box, PDF user space) painted by images: every image is the unit
 * square under the current transform, tracked through save/restore and form XObjects. Overlaps
 * count twice, so the sum is capped at 1.
 */
export function imageCoverage(list: OperatorList, ops: ImageOps, view: readonly number[]): number {
  const [vx0 = 0, vy0 = 0, vx1 = 0, vy1 = 0] = view;
  const pageArea = (vx1 - vx0) * (vy1 - vy0);
  if (!(pageArea > 0)) return 0;
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  let covered = 0;
  const paint = (matrix: Matrix) => {
    const xs: number[] = [];
    const ys: number[] = [];
    for (const [x, y] of [
      [0, 0],
      [1, 0],
      [0, 1],
      [1, 1],
    ] as const) {
      const [, , , , e = 0, f = 0] = multiply(matrix, [1, 0, 0, 1, x, y]);
      xs.push(e);
      ys.push(f);
    }
    const width = Math.min(vx1, Math.max(...xs)) - Math.max(vx0, Math.min(...xs));
    const height = Math.min(vy1, Math.max(...ys)) - Math.max(vy0, Math.min(...ys));
    if (width > 0 && height > 0) covered += (width * height) / pageArea;
  };
  list.fnArray.forEach((fn, index) => {
    const args = list.argsArray[index];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore || fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform && isMatrix(args)) ctm = multiply(ctm, args);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = Array.isArray(args) ? (args[0] as unknown) : undefined;
      if (isMatrix(matrix)) ctm = multiply(ctm, matrix);
    } else if (
      fn === ops.paintImageXObject ||
      fn === ops.paintInlineImageXObject ||
      fn === ops.paintImageMaskXObject
    ) {
      paint(ctm);
    } else if (fn === ops.paintImageXObjectRepeat && Array.isArray(args)) {
      // [objId, scaleX, scaleY, positions]: one tile per position pair.
      const [, scaleX, scaleY, positions] = args as [unknown, number, number, ArrayLike<number>];
      for (let i = 0; i + 1 < (positions?.length ?? 0); i += 2) {
        paint(multiply(ctm, [scaleX, 0, 0, scaleY, positions[i] ?? 0, positions[i + 1] ?? 0]));
      }
    }
  });
  return Math.min(1, covered);
}

function isMatrix(value: unknown): value is Matrix {
  return (
    (Array.isArray(value) || ArrayBuffer.isView(value)) &&
    (value as ArrayLike<unknown>).length === 6 &&
    Array.from(value as ArrayLike<unknown>).every((n) => typeof n === 'number')
  );
}
