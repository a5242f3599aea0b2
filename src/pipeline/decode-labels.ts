// Label scores → field spans. BIO-constrained Viterbi (I-x only after B-x or I-x) gives the best
// labelling; besides its spans, likely starts the path did not take are kept as alternatives, so
// the resolver can pick a candidate that agrees with the rest of the invoice over the top-1 one.
import type { Box } from '../domain/page-model.ts';
import { logSoftmax, parseLabels, viterbi, type LabelInfo } from './decode-viterbi.ts';

export interface DecodeWord {
  readonly text: string;
  /** Normalised 0..1 box. */
  readonly norm: Box;
  /** Visual line id; a value interrupted by other words resumes only on another line. */
  readonly line?: number;
}

export interface FieldSpan {
  /** Field name from models/labels.json, e.g. "grossTotal", "line.lineTotal". */
  readonly field: string;
  readonly page: number;
  /** Indices into the page's words, in order. */
  readonly words: readonly number[];
  readonly text: string;
  /** Mean probability of the span's labels, 0..1. */
  readonly confidence: number;
  readonly boxes: readonly Box[];
  /** On the best labelling (true) or an alternative the resolver may choose (false). */
  readonly best: boolean;
}

export interface DecodeOptions {
  /** A B- probability at least this opens an alternative span. */
  readonly alternativeMin?: number;
  /** Alternatives kept per field and page. */
  readonly alternativesPerField?: number;
}

/** Whether a word does not directly follow the one before it (another line, row or column). */
function resumes(before: DecodeWord, word: DecodeWord): boolean {
  const [p, q] = [before.norm, word.norm];
  const height = Math.max(p.y1 - p.y0, q.y1 - q.y0);
  const sameRow = Math.abs(p.y0 - q.y0) < 0.5 * height;
  return before.line !== word.line || !sameRow || q.x0 < p.x1 - 0.5 * height;
}

/** Fields whose values are numbers: printed on one line, never wrapped onto the next. */
export const numericField =
  /Total$|^amountDue$|^vat(Base|Amount|Rate)$|^line\.(quantity|unitPrice|lineTotal|vatRate)$/;

/**
 * Whether word b can continue a value of `field` that word a ended: same line, or (not for a
 * number: "27,50" over a rate "7" is two values) the line right below.
 */
function nearby(words: readonly DecodeWord[], a: number, b: number, field: string): boolean {
  const [p, q] = [words[a]!.norm, words[b]!.norm];
  const height = Math.max(p.y1 - p.y0, q.y1 - q.y0);
  const sameRow = Math.abs(p.y0 - q.y0) < 0.5 * height;
  const below = q.y0 >= p.y0 && q.y0 - p.y1 < 1.5 * height;
  const aligned = q.x0 < p.x1 + 0.05 && q.x1 > p.x0 - 0.3;
  return sameRow || (below && aligned && !numericField.test(field));
}

function makeSpan(
  field: string,
  page: number,
  indices: number[],
  probabilities: number[],
  words: readonly DecodeWord[],
  best: boolean,
): FieldSpan {
  const confidence = probabilities.reduce((a, b) => a + b, 0) / probabilities.length;
  return {
    field,
    page,
    words: indices,
    text: indices.map((i) => words[i]!.text).join(' '),
    confidence,
    boxes: indices.map((i) => words[i]!.norm),
    best,
  };
}

/** Spans of one page: the best labelling's, then alternatives (best: false). */
export function decodeLabels(
  logits: Float32Array,
  labels: readonly string[],
  words: readonly DecodeWord[],
  page: number,
  options: DecodeOptions = {},
): FieldSpan[] {
  const size = labels.length;
  const logProbs = logSoftmax(logits, size);
  const prob = (t: number, k: number) => Math.exp(logProbs[t * size + k]!);
  const info = parseLabels(labels);
  const resumed = words.map((w, t) => t > 0 && resumes(words[t - 1]!, w));
  const { labels: path, continues } = viterbi(logProbs, labels, resumed);
  const parts: { field: string; indices: number[]; probabilities: number[] }[] = [];
  const lastOf = new Map<string, (typeof parts)[number]>();
  const starts = new Set<string>();
  for (let t = 0; t < path.length; t++) {
    const label = info[path[t]!]!;
    if (label.kind !== 'B') continue;
    const indices = [t];
    const probabilities = [prob(t, path[t]!)];
    const inside = labels.indexOf(`I-${label.field}`);
    const oneRow = numericField.test(label.field);
    while (path[indices.at(-1)! + 1] === inside) {
      const next = indices.at(-1)! + 1;
      if (oneRow && resumes(words[next - 1]!, words[next]!)) break;
      indices.push(next);
      probabilities.push(prob(next, inside));
    }
    starts.add(`${label.field}@${t}`);
    const earlier = lastOf.get(label.field);
    if (continues[t] && earlier && nearby(words, earlier.indices.at(-1)!, t, label.field)) {
      earlier.indices.push(...indices);
      // A continuation word's confidence is its I- probability, which the model gave it.
      probabilities[0] = prob(t, inside);
      earlier.probabilities.push(...probabilities);
      continue;
    }
    const part = { field: label.field, indices, probabilities };
    parts.push(part);
    lastOf.set(label.field, part);
  }
  const spans = parts.map((part) =>
    makeSpan(part.field, page, part.indices, part.probabilities, words, true),
  );
  return [...spans, ...alternatives(info, labels, path.length, prob, starts, words, page, options)];
}

function alternatives(
  info: readonly LabelInfo[],
  labels: readonly string[],
  count: number,
  prob: (t: number, k: number) => number,
  taken: ReadonlySet<string>,
  words: readonly DecodeWord[],
  page: number,
  options: DecodeOptions,
): FieldSpan[] {
  const minimum = options.alternativeMin ?? 0.08;
  const keep = options.alternativesPerField ?? 4;
  const result: FieldSpan[] = [];
  info.forEach((label, begin) => {
    if (label.kind !== 'B') return;
    const inside = labels.indexOf(`I-${label.field}`);
    const found: FieldSpan[] = [];
    for (let t = 0; t < count; t++) {
      const p = prob(t, begin);
      if (p < minimum || taken.has(`${label.field}@${t}`)) continue;
      const indices = [t];
      const probabilities = [p];
      // Grow while continuing is likelier than starting anew.
      for (let u = t + 1; u < count && prob(u, inside) >= Math.max(minimum, prob(u, begin)); u++) {
        indices.push(u);
        probabilities.push(prob(u, inside));
      }
      found.push(makeSpan(label.field, page, indices, probabilities, words, false));
    }
    result.push(...found.sort((a, b) => b.confidence - a.confidence).slice(0, keep));
  });
  return result;
}
