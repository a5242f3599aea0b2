// Pages with a scan and a few real text items (a stamped line, a typed-in number): OCR reads the
// scan, the text layer keeps its exact words, and where both found the same word the text layer's
// wins. Both word lists must be in the same pixel space.
import type { Box, PageWord } from '../domain/page-model.ts';
import { layoutWords, type LayoutWord } from './page-layout.ts';

// Same word: boxes overlap this much (IoU), or one mostly covers the other (OCR joins or splits words).
const minIou = 0.3;
const minCover = 0.6;

export function boxIou(a: Box, b: Box): number {
  const overlap = intersection(a, b);
  return overlap === 0 ? 0 : overlap / (area(a) + area(b) - overlap);
}

export function overlaps(a: Box, b: Box): boolean {
  const overlap = intersection(a, b);
  if (overlap === 0) return false;
  const smaller = Math.min(area(a), area(b));
  return overlap / (area(a) + area(b) - overlap) >= minIou || overlap / smaller >= minCover;
}

/**
 * Text-layer words, plus the OCR words that no text-layer word overlaps; lines, blocks and reading
 * order are laid out again over the union, from the boxes.
 */
export function mergeTextAndOcr(
  textWords: readonly PageWord[],
  ocrWords: readonly PageWord[],
  page?: { readonly width: number; readonly height: number },
): PageWord[] {
  const kept = ocrWords.filter((ocr) => !textWords.some((text) => overlaps(text.box, ocr.box)));
  const all = [...textWords, ...kept];
  if (all.length === 0) return [];
  const size = page ?? pageSize(all);
  return layoutWords(all.map(fromBox), size.width, size.height);
}

/** A word with only a box laid out as upright text whose centre line runs through the box. */
function fromBox(word: PageWord): LayoutWord {
  const { x0, y0, x1, y1 } = word.box;
  const middle = (y0 + y1) / 2;
  return {
    text: word.text,
    box: word.box,
    confidence: word.confidence,
    start: { x: x0, y: middle },
    end: { x: x1, y: middle },
    size: Math.max(1, y1 - y0),
  };
}

/** The page size the words were measured in, recovered from box ÷ norm when not given. */
function pageSize(words: readonly PageWord[]): { width: number; height: number } {
  for (const { box, norm } of words) {
    if (norm.x1 > 0 && norm.y1 > 0) return { width: box.x1 / norm.x1, height: box.y1 / norm.y1 };
  }
  return { width: 1, height: 1 };
}

function intersection(a: Box, b: Box): number {
  const width = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const height = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return width > 0 && height > 0 ? width * height : 0;
}

function area(box: Box): number {
  return Math.max(0, box.x1 - box.x0) * Math.max(0, box.y1 - box.y0);
}
