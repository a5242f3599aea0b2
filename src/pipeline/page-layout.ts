// Page layout for positioned words of any source: lines (same baseline, no wide gap), blocks
// (vertically adjacent, overlapping lines) and reading order (recursive XY-cut over blocks, so
// side-by-side columns are read one after the other). Pure; ids are numbered in reading order.
import { normaliseBox, type Box, type PageWord } from '../domain/page-model.ts';
import type { Point } from './pdf-text-words.ts';

export interface LayoutWord {
  readonly text: string;
  readonly box: Box;
  readonly confidence: number;
  /** Baseline (or centre line) from the first character to the last, in page pixels. */
  readonly start: Point;
  readonly end: Point;
  /** Font size (or word height) in page pixels. */
  readonly size: number;
}

// A gap wider than this many font sizes ends a line: table cells and label/value columns.
const lineGap = 2.5;
// Baselines closer than this many font sizes belong to one line (sub- and superscripts included).
const baselineTolerance = 0.5;
// Lines whose baselines are closer than this many font sizes, and overlap sideways, form a block.
const blockSpacing = 1.7;
const angleStep = 5;

interface Line {
  readonly words: { word: LayoutWord; along0: number; along1: number }[];
  readonly across: number;
  readonly size: number;
  readonly along0: number;
  readonly along1: number;
  readonly box: Box;
}

/** Words in reading order with line and block ids, boxes also normalised to the page size. */
export function layoutWords(
  words: readonly LayoutWord[],
  width: number,
  height: number,
): PageWord[] {
  const byAngle = new Map<number, LayoutWord[]>();
  for (const word of words) {
    const angle = quantisedAngle(word);
    const group = byAngle.get(angle);
    if (group) group.push(word);
    else byAngle.set(angle, [word]);
  }
  const blocks: Line[][] = [];
  for (const [angle, group] of byAngle) blocks.push(...groupBlocks(findLines(group, angle)));
  // A page whose text mostly runs sideways (turned by /Rotate) is read in the text's own frame.
  const toFrame = frameOf(dominantAngle(byAngle));
  const framed = blocks.map((lines) => ({ lines, box: toFrame(union(lines.map((l) => l.box))) }));
  const result: PageWord[] = [];
  let line = 0;
  readingOrder(framed).forEach((block, blockId) => {
    for (const { words: lineWords } of block.lines) {
      for (const { word } of lineWords) {
        result.push({
          text: word.text,
          box: word.box,
          norm: normaliseBox(word.box, width, height),
          confidence: word.confidence,
          line,
          block: blockId,
        });
      }
      line++;
    }
  });
  return result;
}

function dominantAngle(byAngle: ReadonlyMap<number, readonly LayoutWord[]>): number {
  let best = 0;
  let bestChars = 0;
  for (const [angle, group] of byAngle) {
    const chars = group.reduce((sum, word) => sum + word.text.length, 0);
    if (chars > bestChars) [best, bestChars] = [angle, chars];
  }
  return best;
}

/** Maps page boxes into the frame where text at `angle` (a quarter turn) runs left to right. */
function frameOf(angle: number): (box: Box) => Box {
  if (angle === 90) return ({ x0, y0, x1, y1 }) => ({ x0: y0, y0: -x1, x1: y1, y1: -x0 });
  if (angle === 180) return ({ x0, y0, x1, y1 }) => ({ x0: -x1, y0: -y1, x1: -x0, y1: -y0 });
  if (angle === 270) return ({ x0, y0, x1, y1 }) => ({ x0: -y1, y0: x0, x1: -y0, y1: x1 });
  return (box) => box;
}

function quantisedAngle(word: LayoutWord): number {
  const degrees =
    (Math.atan2(word.end.y - word.start.y, word.end.x - word.start.x) * 180) / Math.PI;
  const step = Math.round(degrees / angleStep) * angleStep;
  return ((step % 360) + 360) % 360;
}

function findLines(words: readonly LayoutWord[], angle: number): Line[] {
  const radians = (angle * Math.PI) / 180;
  const u = { x: Math.cos(radians), y: Math.sin(radians) };
  const dot = (p: Point, v: Point) => p.x * v.x + p.y * v.y;
  const n = { x: -u.y, y: u.x };
  const placed = words
    .map((word) => {
      const a = dot(word.start, u);
      const b = dot(word.end, u);
      const across = (dot(word.start, n) + dot(word.end, n)) / 2;
      return { word, along0: Math.min(a, b), along1: Math.max(a, b), across };
    })
    .sort((p, q) => p.across - q.across);
  const rows: (typeof placed)[] = [];
  let row: typeof placed = [];
  let acrossSum = 0;
  let rowSize = 0;
  for (const item of placed) {
    const size = Math.max(item.word.size, rowSize);
    if (row.length > 0 && item.across - acrossSum / row.length > baselineTolerance * size) {
      rows.push(row);
      [row, acrossSum, rowSize] = [[], 0, 0];
    }
    row.push(item);
    acrossSum += item.across;
    rowSize = Math.max(rowSize, item.word.size);
  }
  if (row.length > 0) rows.push(row);
  const lines: Line[] = [];
  for (const items of rows) {
    items.sort((p, q) => p.along0 - q.along0);
    let segment: typeof placed = [];
    for (const item of items) {
      const last = segment.at(-1);
      const size = Math.max(item.word.size, last?.word.size ?? 0);
      if (last && item.along0 - last.along1 > lineGap * size) {
        lines.push(toLine(segment));
        segment = [];
      }
      segment.push(item);
    }
    if (segment.length > 0) lines.push(toLine(segment));
  }
  return lines;
}

function toLine(
  items: { word: LayoutWord; along0: number; along1: number; across: number }[],
): Line {
  return {
    words: items,
    across: items.reduce((sum, item) => sum + item.across, 0) / items.length,
    size: Math.max(...items.map((item) => item.word.size)),
    along0: Math.min(...items.map((item) => item.along0)),
    along1: Math.max(...items.map((item) => item.along1)),
    box: union(items.map((item) => item.word.box)),
  };
}

/** Lines (sorted by baseline) joined into blocks with union-find; blocks keep that line order. */
function groupBlocks(unsorted: readonly Line[]): Line[][] {
  const lines = [...unsorted].sort((a, b) => a.across - b.across);
  const parent = lines.map((_, index) => index);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i];
    if (!a) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const b = lines[j];
      if (!b) continue;
      const spacing = blockSpacing * Math.max(a.size, b.size);
      if (b.across - a.across > spacing) break;
      if (a.along0 < b.along1 && b.along0 < a.along1) parent[find(j)] = find(i);
    }
  }
  const blocks = new Map<number, Line[]>();
  lines.forEach((line, index) => {
    const root = find(index);
    const block = blocks.get(root);
    if (block) block.push(line);
    else blocks.set(root, [line]);
  });
  // Parts of one row (split at a wide gap) that joined the same block read left to right.
  const sameRow = (a: Line, b: Line) => Math.abs(a.across - b.across) < baselineTolerance * a.size;
  return [...blocks.values()].map((block) =>
    block.sort((a, b) => (sameRow(a, b) ? a.along0 - b.along0 : a.across - b.across)),
  );
}

/** Recursive XY-cut: split into horizontal bands, then each band into columns, and so on. */
export function readingOrder<T extends { readonly box: Box }>(
  blocks: readonly T[],
  horizontal = true,
): T[] {
  if (blocks.length <= 1) return [...blocks];
  const groups = cut(blocks, horizontal);
  if (groups.length > 1) return groups.flatMap((group) => readingOrder(group, !horizontal));
  const other = cut(blocks, !horizontal);
  if (other.length > 1) return other.flatMap((group) => readingOrder(group, horizontal));
  return [...blocks].sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0);
}

function cut<T extends { readonly box: Box }>(blocks: readonly T[], horizontal: boolean): T[][] {
  const start = (block: T) => (horizontal ? block.box.y0 : block.box.x0);
  const end = (block: T) => (horizontal ? block.box.y1 : block.box.x1);
  const sorted = [...blocks].sort((a, b) => start(a) - start(b));
  const groups: T[][] = [];
  let reach = -Infinity;
  for (const block of sorted) {
    // A tiny overlap (a descender touching the next ascender) still counts as a gap.
    const slack = 0.15 * (end(block) - start(block));
    if (groups.length === 0 || start(block) >= reach - slack) groups.push([block]);
    else groups.at(-1)?.push(block);
    reach = Math.max(reach, end(block));
  }
  return groups;
}

export function union(boxes: readonly Box[]): Box {
  return {
    x0: Math.min(...boxes.map((box) => box.x0)),
    y0: Math.min(...boxes.map((box) => box.y0)),
    x1: Math.max(...boxes.map((box) => box.x1)),
    y1: Math.max(...boxes.map((box) => box.y1)),
  };
}
