// One model of a page for every source: the words a person sees, with boxes and confidences.
// Extraction (the field model, e-invoice comparison, review UI) reads only this.
import type { DocumentId } from './ids.ts';

/** Which stage produced a page's words. */
export type PageSource = 'text-layer' | 'ocr' | 'e-invoice';

export type Rotation = 0 | 90 | 180 | 270;

/** A rectangle: x0,y0 top-left, x1,y1 bottom-right. */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface PageWord {
  readonly text: string;
  /** In pixels of the page image the model refers to (width × height). */
  readonly box: Box;
  /** The same box divided by the page size: 0..1. */
  readonly norm: Box;
  /** 0..1; 1 for text-layer and e-invoice words. */
  readonly confidence: number;
  /** Line and block ids, unique within the page, in reading order. */
  readonly line: number;
  readonly block: number;
}

/** Milliseconds spent per stage on this page, for the benchmark and diagnostics. */
export type StageTimings = Partial<
  Record<'pdfText' | 'render' | 'prepare' | 'ocr' | 'model', number>
>;

export interface PageModel {
  readonly documentId: DocumentId;
  /** 0-based page index. */
  readonly index: number;
  /** Size of the coordinate space of the boxes (pixels of the rendered/prepared image). */
  readonly width: number;
  readonly height: number;
  /** Rotation that was applied to make the page upright. */
  readonly rotation: Rotation;
  readonly source: PageSource;
  readonly words: readonly PageWord[];
  /** OCR language(s) used, e.g. "eng+deu". */
  readonly language?: string;
  readonly timings: StageTimings;
}

export function normaliseBox(box: Box, width: number, height: number): Box {
  return { x0: box.x0 / width, y0: box.y0 / height, x1: box.x1 / width, y1: box.y1 / height };
}
