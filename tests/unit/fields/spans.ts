// Test data: spans and page words placed on a page, as the decoder would give them.
import type { FieldSpan } from '../../../src/pipeline/decode-labels.ts';
import type { ResolvePage, ResolveWord } from '../../../src/pipeline/resolve-candidates.ts';

export const lineHeight = 0.012;

// Each span gets its own word indices, as spans of different words have.
let nextWord = 1000;

/** A span of one or more words (split at spaces) starting at x, y; words are 0.06 wide. */
export function span(
  field: string,
  text: string,
  x: number,
  y: number,
  options: { confidence?: number; best?: boolean; page?: number } = {},
): FieldSpan {
  const parts = text.split(' ');
  return {
    field,
    page: options.page ?? 0,
    words: parts.map(() => nextWord++),
    text,
    confidence: options.confidence ?? 0.9,
    boxes: parts.map((_, i) => ({
      x0: x + i * 0.065,
      y0: y,
      x1: x + i * 0.065 + 0.06,
      y1: y + lineHeight,
    })),
    best: options.best ?? true,
  };
}

/** Page words from printed lines: [text, x, y] each, split into words at spaces. */
export function page(index: number, lines: readonly [string, number, number][]): ResolvePage {
  const words: ResolveWord[] = lines.flatMap(([text, x, y], line) =>
    text.split(' ').map((word, i) => ({
      text: word,
      norm: { x0: x + i * 0.065, y0: y, x1: x + i * 0.065 + 0.06, y1: y + lineHeight },
      line,
    })),
  );
  return { index, words };
}
