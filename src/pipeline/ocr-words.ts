// Tesseract's block tree (blocks → paragraphs → lines → words) flattened into the page model's words.
// Boxes refer to the PREPARED image (the page model's width × height); when the engine read a turned
// or rescaled copy of it, `frame` maps the boxes back.
import { normaliseBox, type Box, type PageWord, type Rotation } from '../domain/page-model.ts';

/** The part of tesseract.js's `blocks` output read here (structural, so no engine types leak in). */
export interface OcrBlock {
  readonly paragraphs: readonly {
    readonly lines: readonly {
      readonly words: readonly {
        readonly text: string;
        readonly confidence: number;
        readonly bbox: Box;
      }[];
    }[];
  }[];
}

/** How the image the engine read relates to the prepared image. */
export interface OcrFrame {
  /** Clockwise quarter turn that was applied to the prepared image before OCR. */
  readonly rotation: Rotation;
  /** Pixels of the OCR'd image per pixel of the prepared image. */
  readonly scale: number;
}

/**
 * Words in reading order; line and block ids count only lines and blocks that kept a word, and
 * amounts cut at the decimal mark are joined.
 */
export function pageWordsFromBlocks(
  blocks: readonly OcrBlock[] | null | undefined,
  width: number,
  height: number,
  frame: OcrFrame = { rotation: 0, scale: 1 },
): PageWord[] {
  const words: PageWord[] = [];
  let line = -1;
  let block = -1;
  for (const ocrBlock of blocks ?? []) {
    let blockUsed = false;
    for (const paragraph of ocrBlock.paragraphs) {
      for (const ocrLine of paragraph.lines) {
        let lineUsed = false;
        for (const word of ocrLine.words) {
          const text = word.text.trim();
          if (text === '') continue;
          if (!blockUsed) [block, blockUsed] = [block + 1, true];
          if (!lineUsed) [line, lineUsed] = [line + 1, true];
          const box = clampBox(toPreparedBox(word.bbox, width, height, frame), width, height);
          words.push({
            text,
            box,
            norm: normaliseBox(box, width, height),
            confidence: Math.min(1, Math.max(0, word.confidence / 100)),
            line,
            block,
          });
        }
      }
    }
  }
  return joinSplitAmounts(words);
}

/** A box of the OCR'd image in the prepared image's pixels (`width` × `height`). */
export function toPreparedBox(box: Box, width: number, height: number, frame: OcrFrame): Box {
  const s = frame.scale;
  const [x0, y0, x1, y1] = [box.x0 / s, box.y0 / s, box.x1 / s, box.y1 / s];
  // Undo the clockwise turn: a point (x, y) of the turned image came from these prepared coordinates.
  switch (frame.rotation) {
    case 0:
      return { x0, y0, x1, y1 };
    case 90:
      return { x0: y0, y0: height - x1, x1: y1, y1: height - x0 };
    case 180:
      return { x0: width - x1, y0: height - y1, x1: width - x0, y1: height - y0 };
    case 270:
      return { x0: width - y1, y0: x0, x1: width - y0, y1: x1 };
  }
}

function clampBox(box: Box, width: number, height: number): Box {
  const clamp = (v: number, max: number) => Math.round(Math.min(max, Math.max(0, v)));
  return {
    x0: clamp(box.x0, width),
    y0: clamp(box.y0, height),
    x1: clamp(box.x1, width),
    y1: clamp(box.y1, height),
  };
}

const amountHead = /^(?:[A-Z]{2,3}|\p{Sc})?-?\d{1,7}[.,]$/u;
const cents = /^\d{2}$/;

/**
 * Amounts OCR cut at the decimal mark ("RM96." + "20" on a receipt's widely spaced print) joined
 * back into one word ("RM96.20"), when the second part sits close after the first on its line.
 */
export function joinSplitAmounts(words: readonly PageWord[]): PageWord[] {
  const joined: PageWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    const height = word.box.y1 - word.box.y0;
    const split =
      next !== undefined &&
      next.line === word.line &&
      amountHead.test(word.text) &&
      cents.test(next.text) &&
      next.box.x0 - word.box.x1 < 1.2 * height;
    if (!split) {
      joined.push(word);
      continue;
    }
    const box = {
      x0: Math.min(word.box.x0, next.box.x0),
      y0: Math.min(word.box.y0, next.box.y0),
      x1: Math.max(word.box.x1, next.box.x1),
      y1: Math.max(word.box.y1, next.box.y1),
    };
    const norm = {
      x0: Math.min(word.norm.x0, next.norm.x0),
      y0: Math.min(word.norm.y0, next.norm.y0),
      x1: Math.max(word.norm.x1, next.norm.x1),
      y1: Math.max(word.norm.y1, next.norm.y1),
    };
    const confidence = Math.min(word.confidence, next.confidence);
    joined.push({ ...word, text: word.text + next.text, box, norm, confidence });
    i++;
  }
  return joined;
}
