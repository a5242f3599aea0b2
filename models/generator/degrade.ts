// Cheap, seeded OCR noise on word lists (confusions, dropped/merged/split words, diacritics, box
// jitter, page rotation). Images: degrade-image.ts (Chromium canvas) with degrade-geometry.ts.
import { Rng, hashSeed } from './rng.ts';
import type { GeneratedDoc, PageWords, Word } from './types.ts';

export { photoParams, scanParams, transformPageBoxes } from './degrade-geometry.ts';

export interface OcrNoise {
  /** Per-character probability of an OCR confusion (0/O, 1/l/I, 5/S, rn/m …). */
  readonly confusion: number;
  readonly dropWord: number;
  /** Probability that a word is glued to the next word on the same line. */
  readonly mergeWords: number;
  readonly splitWord: number;
  /** Probability that the whole page loses its diacritics (é → e, ü → u). */
  readonly stripDiacritics: number;
  /** Standard deviation of box-edge jitter in CSS px. */
  readonly jitter: number;
  /** Largest rotation of all boxes about the page centre, in degrees. */
  readonly rotateDeg: number;
}

export const DEFAULT_NOISE: OcrNoise = {
  confusion: 0.01,
  dropWord: 0.01,
  mergeWords: 0.015,
  splitWord: 0.01,
  stripDiacritics: 0.2,
  jitter: 0.8,
  rotateDeg: 1.2,
};

const CONFUSIONS: Record<string, readonly string[]> = {
  '0': ['O', 'o', 'D'],
  O: ['0', 'Q'],
  o: ['0', 'a'],
  '1': ['l', 'I', '7', 'i'],
  l: ['1', 'I', '|'],
  I: ['1', 'l'],
  '5': ['S', 's'],
  S: ['5', '$'],
  '8': ['B', '3'],
  B: ['8'],
  '2': ['Z'],
  Z: ['2'],
  '6': ['b', 'G'],
  e: ['c', 'o'],
  c: ['e'],
  ',': ['.', ''],
  '.': [',', ''],
  '€': ['E', 'C'],
  '-': ['~', ''],
};

const MULTI: readonly (readonly [string, string])[] = [
  ['rn', 'm'],
  ['m', 'rn'],
  ['cl', 'd'],
  ['vv', 'w'],
  ['li', 'h'],
];

function gauss(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
}

export function confuse(rng: Rng, text: string, p: number): string {
  for (const [from, to] of MULTI)
    if (text.includes(from) && rng.chance(p * 3)) text = text.replace(from, to);
  let out = '';
  for (const ch of text) {
    const options = CONFUSIONS[ch];
    out += options && rng.chance(p) ? rng.pick(options) : ch;
  }
  return out || text;
}

export const stripMarks = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

const sameLine = (a: Word, b: Word): boolean =>
  Math.abs((a.box[1] + a.box[3]) / 2 - (b.box[1] + b.box[3]) / 2) < 0.4 * (a.box[3] - a.box[1]) &&
  b.box[0] >= a.box[2] - 1;

/** Degrades one page's words; deterministic for a seed. */
export function degradeWords(
  page: PageWords,
  seed: number,
  noise: Partial<OcrNoise> = {},
): PageWords {
  const o = { ...DEFAULT_NOISE, ...noise };
  const rng = new Rng(hashSeed('ocr-noise', seed));
  const strip = rng.chance(o.stripDiacritics);
  const out: Word[] = [];
  for (const w of page.words) {
    if (rng.chance(o.dropWord)) continue;
    let text = confuse(rng, strip ? stripMarks(w.text) : w.text, o.confusion);
    const prev = out[out.length - 1];
    if (prev && rng.chance(o.mergeWords) && sameLine(prev, w)) {
      // A merged word keeps the field label over plain text.
      const label = prev.label === 'O' ? w.label : prev.label;
      const line = prev.label === 'O' ? w.line : prev.line;
      out[out.length - 1] = {
        text: prev.text + text,
        box: [
          prev.box[0],
          Math.min(prev.box[1], w.box[1]),
          w.box[2],
          Math.max(prev.box[3], w.box[3]),
        ],
        label,
        line,
      };
      continue;
    }
    if (text.length >= 4 && rng.chance(o.splitWord)) {
      const cut = rng.int(1, text.length - 1);
      const x = w.box[0] + ((w.box[2] - w.box[0]) * cut) / text.length;
      out.push({ ...w, text: text.slice(0, cut), box: [w.box[0], w.box[1], x, w.box[3]] });
      text = text.slice(cut);
      out.push({ ...w, text, box: [x, w.box[1], w.box[2], w.box[3]] });
      continue;
    }
    out.push({ ...w, text });
  }
  const angle = (rng.float(-1, 1) * o.rotateDeg * Math.PI) / 180;
  const [cx, cy] = [page.width / 2, page.height / 2];
  const rot = (x: number, y: number): [number, number] => [
    cx + (x - cx) * Math.cos(angle) - (y - cy) * Math.sin(angle),
    cy + (x - cx) * Math.sin(angle) + (y - cy) * Math.cos(angle),
  ];
  const words = out.map((w) => {
    const corners = [
      rot(w.box[0], w.box[1]),
      rot(w.box[2], w.box[1]),
      rot(w.box[0], w.box[3]),
      rot(w.box[2], w.box[3]),
    ];
    const xs = corners.map((c) => c[0]);
    const ys = corners.map((c) => c[1]);
    const j = (): number => gauss(rng) * o.jitter;
    const r2 = (v: number): number => Math.round(v * 100) / 100;
    const box: Word['box'] = [
      r2(Math.min(...xs) + j()),
      r2(Math.min(...ys) + j()),
      r2(Math.max(...xs) + j()),
      r2(Math.max(...ys) + j()),
    ];
    return { ...w, box };
  });
  return { width: page.width, height: page.height, words };
}

/** The whole document with OCR noise on every page (truth unchanged: the model must see through it). */
export function degradeDoc(
  doc: GeneratedDoc,
  seed: number,
  noise: Partial<OcrNoise> = {},
): GeneratedDoc {
  return {
    ...doc,
    pages: doc.pages.map((p, i) => degradeWords(p, hashSeed(seed, doc.id, i), noise)),
  };
}
