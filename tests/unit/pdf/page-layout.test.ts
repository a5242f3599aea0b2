// Lines, blocks and reading order over positioned words.
import { describe, expect, it } from 'vitest';
import { layoutWords, readingOrder, type LayoutWord } from '../../../src/pipeline/page-layout.ts';
import { placeWords } from '../../../src/pipeline/pdf-text-words.ts';
import { a4, run, viewportTransform } from './text-fixtures.ts';

const transform = viewportTransform(a4, 2);
const layout = (runs: Parameters<typeof placeWords>[0]) =>
  layoutWords(
    placeWords(runs, transform, 1190, 1684).map((w) => ({ ...w, confidence: 1 })),
    1190,
    1684,
  );

describe('layoutWords', () => {
  it('puts words on one baseline into one line, left to right, whatever order they came in', () => {
    const words = layout([run('due', 90, 700), run('Amount', 40, 700), run('now', 115, 700.5)]);
    expect(words.map((w) => w.text)).toEqual(['Amount', 'due', 'now']);
    expect(new Set(words.map((w) => w.line)).size).toBe(1);
  });

  it('starts a new line at a wide gap on the same baseline', () => {
    const words = layout([run('Total', 40, 700), run('123.00', 400, 700)]);
    expect(words[0]!.line).not.toBe(words[1]!.line);
  });

  it('keeps superscripts on their line', () => {
    const words = layout([run('m', 40, 700), run('2', 46, 703, 6)]);
    expect(words[0]!.line).toBe(words[1]!.line);
  });

  it('groups a paragraph into one block and numbers lines top to bottom', () => {
    const words = layout([
      run('second line', 40, 688),
      run('first line', 40, 700),
      run('far below', 40, 400),
    ]);
    expect(words.map((w) => w.text)).toEqual(['first', 'line', 'second', 'line', 'far', 'below']);
    expect(words.map((w) => w.line)).toEqual([0, 0, 1, 1, 2, 2]);
    expect(words[0]!.block).toBe(words[2]!.block);
    expect(words[4]!.block).not.toBe(words[0]!.block);
  });

  it('reads side-by-side columns one after the other', () => {
    const words = layout([
      run('Bill to', 40, 700),
      run('Invoice no 42', 350, 700),
      run('ACME Ltd', 40, 688),
      run('Date 2024-01-05', 350, 688),
      run('Footer text across', 40, 500),
    ]);
    expect(words.map((w) => w.text).join(' ')).toBe(
      'Bill to ACME Ltd Invoice no 42 Date 2024-01-05 Footer text across',
    );
    const blocks = words.map((w) => w.block);
    expect([...blocks].sort((a, b) => a - b)).toEqual(blocks); // block ids in reading order
  });

  it('reads a page turned by /Rotate in the text’s own direction', () => {
    const runs = [
      run('Bill to', 40, 700),
      run('Invoice no 42', 350, 700),
      run('ACME Ltd', 40, 688),
      run('Date 2024-01-05', 350, 688),
      run('Footer text across', 40, 500),
    ];
    const upright = layout(runs).map((w) => w.text);
    for (const rotation of [90, 180, 270] as const) {
      const turned = viewportTransform(a4, 2, rotation);
      const [width, height] = rotation === 180 ? [1190, 1684] : [1684, 1190];
      const placed = placeWords(runs, turned, width, height).map((w) => ({ ...w, confidence: 1 }));
      expect(layoutWords(placed, width, height).map((w) => w.text)).toEqual(upright);
    }
  });

  it('normalises boxes to the page size', () => {
    const [word] = layout([run('x', 297.5, 421)]);
    expect(word!.norm.x0).toBeCloseTo(word!.box.x0 / 1190);
    expect(word!.norm.y1).toBeCloseTo(word!.box.y1 / 1684);
  });

  it('keeps vertical margin text out of the horizontal lines', () => {
    const words = layout([
      run('Body', 100, 700),
      { ...run('Margin', 20, 690), transform: [0, 10, -10, 0, 20, 690] },
    ]);
    expect(words.find((w) => w.text === 'Margin')!.line).not.toBe(
      words.find((w) => w.text === 'Body')!.line,
    );
  });

  it('lays out an empty page', () => {
    expect(layoutWords([], 100, 100)).toEqual([]);
  });
});

describe('readingOrder', () => {
  const block = (x0: number, y0: number, x1: number, y1: number) => ({ box: { x0, y0, x1, y1 } });
  it('cuts into bands first, then columns', () => {
    const header = block(0, 0, 100, 10);
    const left = block(0, 20, 45, 80);
    const right = block(55, 20, 100, 50);
    const rightLow = block(55, 60, 100, 80);
    expect(readingOrder([rightLow, right, left, header])).toEqual([header, left, right, rightLow]);
  });
});

export type { LayoutWord };
