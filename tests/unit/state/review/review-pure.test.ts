// The pure parts of the review: paths, word values, line operations, shortcuts, outlines.
import { describe, expect, it } from 'vitest';
import { emptyInvoice, type Invoice } from '../../../../src/domain/invoice.ts';
import { getAt, parsePath, setAt, textAt } from '../../../../src/state/review/invoice-paths.ts';
import { moveLine, reindex, splitLine } from '../../../../src/state/review/line-operations.ts';
import { mergeByLine } from '../../../../src/state/review/outline-boxes.ts';
import { actionFor, type KeyPress } from '../../../../src/state/review/shortcuts.ts';
import { parseDate, valueFromText } from '../../../../src/state/review/word-values.ts';
import { countryIn, currencyIn } from '../../../../src/domain/code-lists.ts';

describe('invoice paths', () => {
  const invoice: Invoice = {
    ...emptyInvoice,
    lines: [{ name: 'A', lineTotal: '1' }],
    seller: { name: 'S', address: { lines: ['Street 1'] } },
  };

  it('parses and reads paths with indexes', () => {
    expect(parsePath('lines[2].lineTotal')).toEqual(['lines', 2, 'lineTotal']);
    expect(getAt(invoice, 'lines[0].name')).toBe('A');
    expect(textAt(invoice, 'seller.address.lines[0]')).toBe('Street 1');
    expect(textAt(invoice, 'buyer.name')).toBe('');
  });

  it('writes immutably and removes emptied values', () => {
    const next = setAt(invoice, 'lines[0].lineTotal', '2');
    expect(next.lines[0]?.lineTotal).toBe('2');
    expect(invoice.lines[0]?.lineTotal).toBe('1');
    expect(next.seller).toBe(invoice.seller);
    expect(setAt(invoice, 'seller.name', '').seller).toEqual({ address: { lines: ['Street 1'] } });
  });
});

describe('values from clicked words', () => {
  it.each([
    ['2024-03-15', 'en', '2024-03-15'],
    ['15.03.2024', 'de', '2024-03-15'],
    ['15/03/2024', 'en-GB', '2024-03-15'],
    ['03/15/2024', 'en-US', '2024-03-15'],
    ['15. März 2024', 'de', '2024-03-15'],
    ['March 15, 2024', 'en', '2024-03-15'],
    ['1.3.24', 'de', '2024-03-01'],
  ])('reads the date %s (%s)', (text, tag, iso) => {
    expect(parseDate(text, tag)).toBe(iso);
  });

  it('refuses impossible dates', () => {
    expect(parseDate('31.02.2024', 'de')).toBeUndefined();
    expect(parseDate('Invoice', 'de')).toBeUndefined();
  });

  it('reads amounts, codes and keeps text as printed', () => {
    expect(valueFromText('amount', 'EUR 1.234,56', 'de-DE')).toBe('1234.56');
    expect(valueFromText('decimal', '19%', 'de-DE')).toBe('19');
    expect(valueFromText('text', '  Hafenstraße 12 ', 'de')).toBe('Hafenstraße 12');
    expect(valueFromText('date', 'soon', 'de')).toBe('soon');
    expect(currencyIn('€')).toBe('EUR');
    expect(currencyIn('CHF 12.00')).toBe('CHF');
    expect(countryIn('Deutschland')).toBe('DE');
    expect(countryIn('nl')).toBe('NL');
  });
});

describe('line operations', () => {
  const invoice: Invoice = {
    ...emptyInvoice,
    lines: [{ name: 'one' }, { name: 'two words here' }, { name: 'three' }],
  };
  const evidence = {
    'lines[0].name': { page: 0, boxes: [], confidence: 1 },
    'lines[2].lineTotal': { page: 0, boxes: [], confidence: 0.5 },
    invoiceNumber: { page: 0, boxes: [], confidence: 1 },
  };

  it('moves a line and its evidence', () => {
    const moved = moveLine(invoice, evidence, 0, 2);
    expect(moved.invoice.lines.map((l) => l.name)).toEqual(['two words here', 'three', 'one']);
    expect(Object.keys(moved.evidence).sort()).toEqual(
      ['invoiceNumber', 'lines[1].lineTotal', 'lines[2].name'].sort(),
    );
  });

  it('splits the text of a line in two', () => {
    const split = splitLine(invoice, evidence, 1);
    expect(split.invoice.lines.map((l) => l.name)).toEqual(['one', 'two words', 'here', 'three']);
    expect(Object.keys(split.evidence)).toContain('lines[3].lineTotal');
  });

  it('reindex drops the evidence of removed lines', () => {
    expect(Object.keys(reindex(evidence, (i) => (i === 0 ? undefined : i)))).toEqual([
      'lines[2].lineTotal',
      'invoiceNumber',
    ]);
  });
});

describe('shortcuts', () => {
  const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
    key,
    code: extra.code ?? `Key${key.toUpperCase()}`,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    ...extra,
  });

  it('maps keys to review actions', () => {
    expect(actionFor(press('j'), false)).toBe('nextField');
    expect(actionFor(press('ArrowDown', { altKey: true }), true)).toBe('nextField');
    expect(actionFor(press('Enter', { ctrlKey: true }), true)).toBe('approveAndNext');
    expect(actionFor(press('ArrowRight', { altKey: true }), false)).toBe('nextDocument');
    expect(actionFor(press('å', { altKey: true, code: 'KeyA' }), true)).toBe('acceptField');
    expect(actionFor(press('z', { metaKey: true }), false)).toBe('undo');
    expect(actionFor(press('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(actionFor(press('?', { shiftKey: true }), false)).toBe('help');
  });

  it('leaves letters and Ctrl+Z to text fields while typing', () => {
    expect(actionFor(press('j'), true)).toBeUndefined();
    expect(actionFor(press('z', { ctrlKey: true }), true)).toBeUndefined();
    expect(actionFor(press('?'), true)).toBeUndefined();
  });
});

describe('outlines', () => {
  it('draws the words of a field on one line as one rectangle', () => {
    const boxes = [
      { x0: 0.1, y0: 0.1, x1: 0.2, y1: 0.12 },
      { x0: 0.25, y0: 0.101, x1: 0.3, y1: 0.121 },
      { x0: 0.1, y0: 0.2, x1: 0.2, y1: 0.22 },
    ];
    expect(mergeByLine(boxes)).toEqual([
      { x0: 0.1, y0: 0.1, x1: 0.3, y1: 0.121 },
      { x0: 0.1, y0: 0.2, x1: 0.2, y1: 0.22 },
    ]);
  });
});
