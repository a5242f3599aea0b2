// Field model features: the browser side of models/FEATURES.md (training has the Python side).
// Strings are handled as code points (Array.from), never UTF-16 units, to match Python.
export const featureVersion = 1;
export const featureSlots = 14;
export const featureVocabulary = 32768;

export interface FeatureWord {
  readonly text: string;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  readonly line: number;
}

export interface Features {
  /** words × featureSlots hashed ids. */
  readonly ids: Int32Array;
  /** words × 4 quantised box coordinates (0..1000). */
  readonly boxes: Int32Array;
}

const ws = '[ \\t\\n\\u00a0\\u202f]';
const notDigitOrSpace = '[^0-9 \\t\\n\\u00a0\\u202f]';
const percentPattern = new RegExp(`^[-+]?[0-9]+([.,][0-9]+)?${ws}?%$`, 'u');
const groupedAmountPattern = new RegExp(
  `^[-+(]?${notDigitOrSpace}{0,3}[0-9]{1,3}([.,' \\u00a0\\u202f][0-9]{3})*([.,][0-9]{2})[^0-9]{0,3}$`,
  'u',
);
const plainAmountPattern = new RegExp(
  `^[-+(]?${notDigitOrSpace}{0,3}[0-9]+[.,][0-9]{2}[^0-9]{0,3}$`,
  'u',
);
const datePattern = /^[0-9]{1,4}[./-][0-9]{1,2}[./-][0-9]{1,4}$/u;
const intPattern = /^[0-9]+$/u;

const codePoints = (text: string): string[] => Array.from(text);
const isUpper = (c: string) => c.toLowerCase() !== c;
const isLower = (c: string) => c.toUpperCase() !== c;
const isDigit = (c: string) => c >= '0' && c <= '9';

export function norm(text: string): string {
  return codePoints(text.normalize('NFKC').toLowerCase()).slice(0, 24).join('');
}

export function shape(text: string): string {
  const mapped = codePoints(text.normalize('NFKC')).map((c) =>
    isDigit(c) ? '0' : isUpper(c) ? 'A' : isLower(c) ? 'a' : c,
  );
  const cut: string[] = [];
  for (const c of mapped) {
    if (cut.length >= 2 && cut.at(-1) === c && cut.at(-2) === c) continue;
    cut.push(c);
  }
  return cut.slice(0, 16).join('');
}

export function numclass(text: string): string {
  const t = text.normalize('NFKC');
  if (percentPattern.test(t)) return 'pct';
  if (groupedAmountPattern.test(t) || plainAmountPattern.test(t)) return 'amount';
  if (datePattern.test(t)) return 'date';
  if (intPattern.test(t)) return 'int';
  const chars = codePoints(t);
  const hasDigit = chars.some(isDigit);
  const hasLetter = chars.some((c) => isUpper(c) || isLower(c));
  if (hasDigit && hasLetter) return 'code';
  return hasLetter ? 'alpha' : 'other';
}

function trigrams(normalised: string): string[] {
  const padded = codePoints(`^${normalised}$`);
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3).join(''));
  if (grams.length === 0) grams.push(padded.join(''));
  const n = grams.length;
  return [
    grams[0]!,
    n >= 2 ? grams[1]! : '',
    n >= 3 ? grams[n - 2]! : '',
    n >= 2 ? grams[n - 1]! : '',
  ];
}

const encoder = new TextEncoder();

export function fnv1a32(bytes: Uint8Array): number {
  let hash = 2166136261;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 16777619) >>> 0;
  return hash >>> 0;
}

const hashed = (slot: number, value: string) =>
  fnv1a32(encoder.encode(`${slot}:${value}`)) % featureVocabulary;

const quantise = (value: number) => Math.min(1000, Math.max(0, Math.floor(value * 1000 + 0.5)));

export function featurize(words: readonly FeatureWord[]): Features {
  const ids = new Int32Array(words.length * featureSlots);
  const boxes = new Int32Array(words.length * 4);
  const positionInLine = new Map<number, number>();
  words.forEach((word, i) => {
    const previous = words[i - 1];
    const next = words[i + 1];
    const indexInLine = positionInLine.get(word.line) ?? 0;
    positionInLine.set(word.line, indexInLine + 1);
    const n = norm(word.text);
    const chars = codePoints(n);
    const values = [
      n,
      shape(word.text),
      chars.slice(0, 3).join(''),
      chars.slice(-3).join(''),
      n.replace(/[0-9]/g, '0'),
      ...trigrams(n),
      previous?.line === word.line ? norm(previous.text) : '<bol>',
      next?.line === word.line ? norm(next.text) : '<eol>',
      numclass(word.text),
      String(Math.min(codePoints(word.text.normalize('NFKC')).length, 20)),
      String(Math.min(indexInLine, 7)),
    ];
    values.forEach((value, slot) => (ids[i * featureSlots + slot] = hashed(slot, value)));
    boxes.set([quantise(word.x0), quantise(word.y0), quantise(word.x1), quantise(word.y1)], i * 4);
  });
  return { ids, boxes };
}
