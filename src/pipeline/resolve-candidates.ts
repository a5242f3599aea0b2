// Candidates for one field: spans normalised to values, the same value found twice counted once
// (with a little more confidence), and the evidence a chosen value points back to.
import type { FieldEvidence } from '../domain/document.ts';
import type { Box } from '../domain/page-model.ts';
import type { FieldSpan } from './decode-labels.ts';

export interface Candidate<T> {
  readonly value: T;
  /** 0..1: the best span's confidence, a little more when the value is printed again. */
  readonly confidence: number;
  /** The most confident span that says this value. */
  readonly span: FieldSpan;
  /** How many spans say it. */
  readonly count: number;
}

/** Where the resolver looks things up: the spans of every page and the page words. */
export interface ResolveWord {
  readonly text: string;
  readonly norm: Box;
  readonly line: number;
}

export interface ResolvePage {
  readonly index: number;
  readonly words: readonly ResolveWord[];
}

const repeatBonus = 0.05;

/** Spans of `field` normalised by `read` (undefined drops a span), grouped by `key`, best first. */
export function candidatesOf<T>(
  spans: readonly FieldSpan[],
  field: string,
  read: (span: FieldSpan) => T | undefined,
  key: (value: T) => string = String,
): Candidate<T>[] {
  const byKey = new Map<string, Candidate<T>>();
  for (const span of spans) {
    if (span.field !== field) continue;
    const value = read(span);
    if (value === undefined) continue;
    const k = key(value);
    const seen = byKey.get(k);
    if (!seen) {
      byKey.set(k, { value, confidence: span.confidence, span, count: 1 });
      continue;
    }
    const best = span.confidence > seen.span.confidence ? span : seen.span;
    const confidence = Math.min(1, Math.max(seen.confidence, span.confidence) + repeatBonus);
    byKey.set(k, { value: seen.value, confidence, span: best, count: seen.count + 1 });
  }
  return [...byKey.values()].sort((a, b) => b.confidence - a.confidence);
}

/** Whether two spans share a printed word. */
export const sameWords = (a: FieldSpan, b: FieldSpan): boolean =>
  a.page === b.page && a.words.some((w) => b.words.includes(w));

/** One printed value is never two values, unless it is printed more than once. */
export const conflict = <A, B>(a: Candidate<A>, b: Candidate<B>): boolean =>
  sameWords(a.span, b.span) && (a.count === 1 || b.count === 1);

export const clamp01 = (value: number): number => Math.min(1, Math.max(0, value));

export function evidenceOf(span: FieldSpan, confidence: number): FieldEvidence {
  return { page: span.page, boxes: span.boxes, confidence: clamp01(confidence) };
}

/** Evidence of several spans of one page (an address over lines); the first span's page. */
export function evidenceOfAll(spans: readonly FieldSpan[], confidence: number): FieldEvidence {
  const first = spans[0]!;
  const boxes = spans.filter((s) => s.page === first.page).flatMap((s) => s.boxes);
  return { page: first.page, boxes, confidence: clamp01(confidence) };
}

/** A span like `like` over other words of its page: words, text and boxes taken from the page. */
export function spanOfWords(
  page: ResolvePage,
  indices: readonly number[],
  like: FieldSpan,
): FieldSpan {
  return {
    ...like,
    words: [...indices],
    text: indices.map((i) => page.words[i]!.text).join(' '),
    boxes: indices.map((i) => page.words[i]!.norm),
  };
}

/** A candidate the page itself states (not the model): `field` over these words of the page. */
export function printedSpan(
  page: ResolvePage,
  field: string,
  indices: readonly number[],
  confidence: number,
): FieldSpan {
  const like = { field, page: page.index, words: [], text: '', confidence, boxes: [], best: false };
  return spanOfWords(page, indices, like);
}

/** The word indices of each printed line of a page (by line id), in reading order. */
export function lineIndices(page: ResolvePage): Map<number, number[]> {
  const lines = new Map<number, number[]>();
  page.words.forEach((word, index) => {
    const line = lines.get(word.line);
    if (line) line.push(index);
    else lines.set(word.line, [index]);
  });
  return lines;
}

/** Text with outer punctuation and label leftovers trimmed: ": ACME GmbH," → "ACME GmbH". */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/^[\s:;,.|*•\-–]+|[\s:;,|*•\-–]+$/g, '')
    .trim();
}

/** A value printed twice in one run ("ACME GmbH ACME GmbH": letterhead, then sender line) once. */
export function onceOnly(text: string): string {
  const words = text.split(' ');
  const half = words.length / 2;
  if (!Number.isInteger(half) || half === 0) return text;
  const first = words.slice(0, half).join(' ');
  return first === words.slice(half).join(' ') ? first : text;
}

/** Vertical centre of a span's first word. */
export const centreY = (span: FieldSpan): number => {
  const box = span.boxes[0]!;
  return (box.y0 + box.y1) / 2;
};

/** Words of a page on the same visual row as a box (vertical centres within half a height). */
export function rowWords(page: ResolvePage, box: Box): ResolveWord[] {
  const centre = (box.y0 + box.y1) / 2;
  const tolerance = Math.max(0.004, (box.y1 - box.y0) * 0.6);
  return page.words.filter((w) => Math.abs((w.norm.y0 + w.norm.y1) / 2 - centre) <= tolerance);
}
