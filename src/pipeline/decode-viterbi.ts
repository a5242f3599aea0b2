// BIO-constrained Viterbi over log-softmax label scores: the best labelling of a page's words in
// which I-x only follows B-x or I-x. Pure arithmetic on the model's output; spans are made elsewhere.

export interface LabelInfo {
  readonly kind: 'O' | 'B' | 'I';
  readonly field: string;
}

export function parseLabels(labels: readonly string[]): LabelInfo[] {
  return labels.map((label) =>
    label === 'O'
      ? { kind: 'O', field: '' }
      : { kind: label.startsWith('I-') ? 'I' : 'B', field: label.slice(2) },
  );
}

/** Per word, log-softmax of its `labelCount` scores. */
export function logSoftmax(logits: Float32Array, labelCount: number): Float32Array {
  const out = new Float32Array(logits.length);
  for (let start = 0; start < logits.length; start += labelCount) {
    let max = -Infinity;
    for (let k = 0; k < labelCount; k++) max = Math.max(max, logits[start + k]!);
    let total = 0;
    for (let k = 0; k < labelCount; k++) total += Math.exp(logits[start + k]! - max);
    const log = max + Math.log(total);
    for (let k = 0; k < labelCount; k++) out[start + k] = logits[start + k]! - log;
  }
  return out;
}

export interface DecodedPath {
  /** Label id per word. */
  readonly labels: number[];
  /** Words labelled B-x that continue an earlier value of x (the model's I-x after other words). */
  readonly continues: boolean[];
}

/**
 * Best labels under the BIO constraint: I-x only after B-x or I-x. Training marks the later words
 * of a value I-x even when other words come between them in reading order (an address beside a
 * facts column), so where a word resumes after an interruption (`resumed[t]`: another line, row or
 * column) and follows a non-x word, B-x scores P(B-x) + P(I-x) and is flagged a continuation.
 */
export function viterbi(
  logProbs: Float32Array,
  labels: readonly string[],
  resumed: readonly boolean[] = [],
): DecodedPath {
  const info = parseLabels(labels);
  const size = labels.length;
  const count = logProbs.length / size;
  if (count === 0) return { labels: [], continues: [] };
  const insideOf = info.map((l) => (l.kind === 'B' ? labels.indexOf(`I-${l.field}`) : -1));
  const beginOf = info.map((l) => (l.kind === 'I' ? labels.indexOf(`B-${l.field}`) : -1));
  const entry = (t: number, k: number) => {
    const inside = insideOf[k]!;
    const b = logProbs[t * size + k]!;
    if (inside < 0 || !resumed[t]) return b;
    return Math.log(Math.exp(b) + Math.exp(logProbs[t * size + inside]!));
  };
  let score = info.map((l, k) => (l.kind === 'I' ? -Infinity : entry(0, k)));
  const back: Int16Array[] = [];
  for (let t = 1; t < count; t++) {
    const ranked = [...score.keys()].sort((a, b) => score[b]! - score[a]!).slice(0, 3);
    const pointers = new Int16Array(size);
    score = info.map((l, k) => {
      const own = logProbs[t * size + k]!;
      if (l.kind === 'I') {
        const from = score[beginOf[k]!]! >= score[k]! ? beginOf[k]! : k;
        pointers[k] = from;
        return score[from]! + own;
      }
      const best = ranked[0]!;
      if (l.kind === 'O') return ((pointers[k] = best), score[best]! + own);
      // From a word of the same field: a new value; from any other: maybe the same value again.
      const inside = insideOf[k]!;
      const same = Math.max(score[k]!, score[inside]!) + own;
      const other = ranked.find((r) => r !== k && r !== inside) ?? best;
      const fresh = score[other]! + entry(t, k);
      pointers[k] = fresh >= same ? other : score[k]! >= score[inside]! ? k : inside;
      return Math.max(same, fresh);
    });
    back.push(pointers);
  }
  let state = 0;
  for (let k = 1; k < size; k++) if (score[k]! > score[state]!) state = k;
  const path = [state];
  for (let t = count - 1; t > 0; t--) path.push((state = back[t - 1]![state]!));
  path.reverse();
  const continues = path.map((k, t) => {
    const inside = insideOf[k]!;
    if (inside < 0 || !resumed[t]) return false;
    const previous = path[t - 1]!;
    const sameField = previous === k || previous === inside;
    return !sameField && logProbs[t * size + inside]! > logProbs[t * size + k]!;
  });
  return { labels: path, continues };
}
