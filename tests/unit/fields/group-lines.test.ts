import { describe, expect, it } from 'vitest';
import { groupLines, type GroupedLine } from '../../../src/pipeline/group-lines.ts';
import type { ResolvePage } from '../../../src/pipeline/resolve-candidates.ts';
import { lineHeight as h, page, span } from './spans.ts';

const summary = (lines: readonly GroupedLine[]) =>
  lines.map((line) => ({
    description: line.description.map((d) => d.text).join(' '),
    ...Object.fromEntries(Object.entries(line.cells).map(([field, s]) => [field, s.text])),
  }));

describe('groupLines', () => {
  it('makes one row per description, with the numbers printed beside it', () => {
    const spans = [
      span('line.description', 'Widget A', 0.1, 0.3),
      span('line.quantity', '2', 0.5, 0.3),
      span('line.unitPrice', '9,90', 0.6, 0.3),
      span('line.lineTotal', '19,80', 0.8, 0.3),
      span('line.description', 'Widget B', 0.1, 0.32),
      span('line.quantity', '1', 0.5, 0.32),
      span('line.lineTotal', '5,00', 0.8, 0.32),
    ];
    expect(summary(groupLines(spans, []))).toEqual([
      { description: 'Widget A', quantity: '2', unitPrice: '9,90', lineTotal: '19,80' },
      { description: 'Widget B', quantity: '1', lineTotal: '5,00' },
    ]);
  });

  it('reads a word of letters the model put in a number column as the description', () => {
    const spans = [
      span('line.quantity', 'Pfand', 0.3, 0.48),
      span('line.unitPrice', '2,7700', 0.6, 0.48),
      span('line.lineTotal', '55,40', 0.85, 0.49),
    ];
    expect(summary(groupLines(spans, []))).toEqual([
      { description: 'Pfand', unitPrice: '2,7700', lineTotal: '55,40' },
    ]);
  });

  it('reads a "rate" the currency follows as the line total', () => {
    const on = page(0, [['Justificatif Papier 0 3,50 € 0 €', 0.1, 0.3]]);
    const spans = [
      { ...span('line.description', 'Justificatif Papier', 0.1, 0.3), words: [0, 1] },
      { ...span('line.quantity', '0', 0.23, 0.3), words: [2] },
      { ...span('line.unitPrice', '3,50', 0.295, 0.3), words: [3] },
      { ...span('line.vatRate', '0', 0.425, 0.3), words: [5] },
    ];
    expect(summary(groupLines(spans, [on]))).toEqual([
      { description: 'Justificatif Papier', quantity: '0', unitPrice: '3,50', lineTotal: '0' },
    ]);
  });

  it('gives a row of numbers the name printed right under it', () => {
    const spans = [
      span('line.quantity', '-5,0000', 0.4, 0.388),
      span('line.unitPrice', '1,0000', 0.6, 0.388),
      span('line.lineTotal', '-5,00', 0.9, 0.388),
      span('line.description', 'Zitronensäure 100ml', 0.19, 0.399),
      span('line.description', 'Gelierzucker', 0.19, 0.44),
      span('line.quantity', '-2,0000', 0.4, 0.44),
      span('line.lineTotal', '-2,90', 0.9, 0.44),
    ];
    expect(summary(groupLines(spans, []))).toEqual([
      {
        description: 'Zitronensäure 100ml',
        quantity: '-5,0000',
        unitPrice: '1,0000',
        lineTotal: '-5,00',
      },
      { description: 'Gelierzucker', quantity: '-2,0000', lineTotal: '-2,90' },
    ]);
  });

  it('takes no name from text set up the margin', () => {
    // Set vertically up the margin: each word a narrow, tall box on one line.
    const margin: ResolvePage = {
      index: 0,
      words: ['Copyright', 'AWV', 'e.V.'].map((text, i) => ({
        text,
        norm: { x0: 0.028, x1: 0.04, y0: 0.46 - i * 0.03, y1: 0.485 - i * 0.03 },
        line: 0,
      })),
    };
    const spans = [
      { ...span('line.description', 'e.V.', 0.028, 0.399), words: [2] },
      span('line.description', 'Zitronensäure', 0.19, 0.399),
      span('line.lineTotal', '-5,00', 0.9, 0.399),
    ];
    expect(summary(groupLines(spans, [margin]))).toEqual([
      { description: 'Zitronensäure', lineTotal: '-5,00' },
    ]);
  });

  it('joins two description spans printed side by side on one line', () => {
    const spans = [
      span('line.description', 'Joghurt', 0.3, 0.3),
      span('line.description', 'Banane', 0.365, 0.3),
      span('line.lineTotal', '275,00', 0.8, 0.3),
    ];
    expect(summary(groupLines(spans, []))).toEqual([
      { description: 'Joghurt Banane', lineTotal: '275,00' },
    ]);
  });

  it('continues a description on the next line aligned with the start of its printed line', () => {
    const on = page(0, [
      ['[17589684] Beeswax XL', 0.054, 0.408],
      ['Acme beeswax', 0.054, 0.421],
      ['[FURN_7777] Office Chair', 0.054, 0.452],
    ]);
    const spans = [
      { ...span('line.description', 'Beeswax XL', 0.119, 0.408), words: [1, 2] },
      span('line.lineTotal', '42.00', 0.9, 0.408),
      { ...span('line.description', 'Acme beeswax', 0.054, 0.421), words: [3, 4] },
      { ...span('line.description', 'Office Chair', 0.119, 0.452), words: [6, 7] },
      span('line.lineTotal', '70.00', 0.9, 0.452),
    ];
    expect(summary(groupLines(spans, [on]))).toEqual([
      { description: 'Beeswax XL Acme beeswax', lineTotal: '42.00' },
      { description: 'Office Chair', lineTotal: '70.00' },
    ]);
  });

  it('finds rows by position even when the reading order went column by column', () => {
    const spans = [
      span('line.lineTotal', '19,80', 0.8, 0.3),
      span('line.lineTotal', '5,00', 0.8, 0.32),
      span('line.description', 'Widget B', 0.1, 0.32),
      span('line.description', 'Widget A', 0.1, 0.3),
    ];
    expect(summary(groupLines(spans, []))).toEqual([
      { description: 'Widget A', lineTotal: '19,80' },
      { description: 'Widget B', lineTotal: '5,00' },
    ]);
  });

  it('joins a description that wraps onto lines without numbers', () => {
    const spans = [
      span('line.description', 'Consulting', 0.1, 0.3),
      span('line.lineTotal', '800,00', 0.8, 0.3),
      span('line.description', 'March 2024,', 0.1, 0.3 + h * 1.2),
      span('line.description', 'on site', 0.1, 0.3 + h * 2.4),
      span('line.description', 'Travel', 0.1, 0.3 + h * 3.6),
      span('line.lineTotal', '50,00', 0.8, 0.3 + h * 3.6),
    ];
    expect(summary(groupLines(spans, []))).toEqual([
      { description: 'Consulting March 2024, on site', lineTotal: '800,00' },
      { description: 'Travel', lineTotal: '50,00' },
    ]);
  });

  it('joins a description whose numbers sit on its last line', () => {
    const spans = [
      span('line.description', 'Notebook 14"', 0.1, 0.3),
      span('line.description', '16 GB RAM', 0.1, 0.3 + h * 1.2),
      span('line.lineTotal', '999,00', 0.8, 0.3 + h * 1.2),
    ];
    expect(summary(groupLines(spans, []))).toEqual([
      { description: 'Notebook 14" 16 GB RAM', lineTotal: '999,00' },
    ]);
  });

  it('attaches a receipt’s amounts line to the item above it', () => {
    const spans = [
      span('line.description', 'MEE GORENG', 0.05, 0.4),
      span('line.quantity', '2', 0.4, 0.4 + h),
      span('line.unitPrice', '4.00', 0.55, 0.4 + h),
      span('line.lineTotal', '8.00', 0.8, 0.4 + h),
      span('line.description', 'TEH TARIK', 0.05, 0.4 + 2 * h),
      span('line.quantity', '1', 0.4, 0.4 + 3 * h),
      span('line.lineTotal', '2.50', 0.8, 0.4 + 3 * h),
    ];
    expect(summary(groupLines(spans, []))).toEqual([
      { description: 'MEE GORENG', quantity: '2', unitPrice: '4.00', lineTotal: '8.00' },
      { description: 'TEH TARIK', quantity: '1', lineTotal: '2.50' },
    ]);
  });

  it('keeps a table that continues on the next page in page order', () => {
    const spans = [
      span('line.description', 'Item 2', 0.1, 0.1, { page: 1 }),
      span('line.lineTotal', '2,00', 0.8, 0.1, { page: 1 }),
      span('line.description', 'Item 1', 0.1, 0.8),
      span('line.lineTotal', '1,00', 0.8, 0.8),
    ];
    expect(summary(groupLines(spans, [])).map((l) => l.description)).toEqual(['Item 1', 'Item 2']);
  });

  it('skips carried-forward subtotals and rows that bill nothing', () => {
    const pages = [
      page(0, [['Übertrag 1.234,00', 0.1, 0.2]]),
      page(1, [['Übertrag 1.234,00', 0.1, 0.1]]),
    ];
    const spans = [
      span('line.lineTotal', '1.234,00', 0.8, 0.2),
      span('line.lineTotal', '1.234,00', 0.8, 0.1, { page: 1 }),
      span('line.description', 'Item 9', 0.1, 0.15, { page: 1 }),
      span('line.lineTotal', '9,00', 0.8, 0.15, { page: 1 }),
      span('line.description', 'Section: hardware', 0.1, 0.3, { page: 1 }),
    ];
    expect(summary(groupLines(spans, pages))).toEqual([
      { description: 'Item 9', lineTotal: '9,00' },
    ]);
  });

  it('starts a row at the first line span of each printed row when there are no descriptions', () => {
    const spans = [
      span('line.quantity', '1', 0.5, 0.3),
      span('line.lineTotal', '10,00', 0.8, 0.3),
      span('line.quantity', '3', 0.5, 0.32),
      span('line.lineTotal', '30,00', 0.8, 0.32),
    ];
    expect(summary(groupLines(spans, []))).toEqual([
      { description: '', quantity: '1', lineTotal: '10,00' },
      { description: '', quantity: '3', lineTotal: '30,00' },
    ]);
  });

  it('ignores alternative spans', () => {
    const spans = [span('line.description', 'Widget', 0.1, 0.3, { best: false })];
    expect(groupLines(spans, [])).toEqual([]);
  });
});
