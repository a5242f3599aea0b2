import { describe, expect, it } from 'vitest';
import {
  normalizeDate,
  orderVote,
  readDate,
  type DayMonthOrder,
} from '../../../src/pipeline/normalize-date.ts';
import { gatherEvidence } from '../../../src/pipeline/fields-evidence.ts';

// [printed, order, ISO or undefined]
const dates: readonly [string, DayMonthOrder, string | undefined][] = [
  // numeric, order from the document
  ['15.03.2024', 'dmy', '2024-03-15'],
  ['15.03.2024', 'mdy', '2024-03-15'], // a part above 12 decides by itself
  ['03/04/2024', 'dmy', '2024-04-03'],
  ['03/04/2024', 'mdy', '2024-03-04'],
  ['03/15/2024', 'dmy', '2024-03-15'],
  ['4.3.24', 'dmy', '2024-03-04'],
  ['04-03-2024', 'dmy', '2024-03-04'],
  ['15 03 2024', 'dmy', '2024-03-15'],
  ['2024-03-15', 'mdy', '2024-03-15'],
  ['2024/3/5', 'dmy', '2024-03-05'],
  ['20240315', 'dmy', '2024-03-15'],
  ['29.02.2023', 'dmy', undefined],
  ['31.04.2024', 'dmy', undefined],
  ['29.02.2024', 'dmy', '2024-02-29'],
  ['15.03.2024 14:32', 'dmy', '2024-03-15'],
  ['Datum: 15.03.2024', 'dmy', undefined],
  // month names, every language, full and abbreviated
  ['15. März 2024', 'mdy', '2024-03-15'],
  ['15. Maerz 2024', 'mdy', '2024-03-15'],
  ['1. Jänner 2024', 'mdy', '2024-01-01'],
  ['15 mars 2024', 'mdy', '2024-03-15'],
  ['1er février 2024', 'mdy', '2024-02-01'],
  ['le 3 août 2023', 'mdy', '2023-08-03'],
  ['15 maart 2024', 'mdy', '2024-03-15'],
  ['15 mrt 2024', 'mdy', '2024-03-15'],
  ['15 de marzo de 2024', 'mdy', '2024-03-15'],
  ['3 dic. 2023', 'mdy', '2023-12-03'],
  ['15 settembre 2024', 'mdy', '2024-09-15'],
  ['7 giu 2024', 'mdy', '2024-06-07'],
  ['Mar 15, 2024', 'dmy', '2024-03-15'],
  ['March 15th, 2024', 'dmy', '2024-03-15'],
  ['Friday, March 15, 2024', 'dmy', '2024-03-15'],
  ['15th March 2024', 'mdy', '2024-03-15'],
  ['15-Mar-2024', 'mdy', '2024-03-15'],
  ['15-Mar-24', 'mdy', '2024-03-15'],
  ['15.Okt.2024', 'mdy', '2024-10-15'],
  ['Sept. 3, 2024', 'dmy', '2024-09-03'],
  ['5 mei 2024', 'mdy', '2024-05-05'],
  ['31 June 2024', 'dmy', undefined],
  ['Invoice 2024', 'dmy', undefined],
  ['12 pcs', 'dmy', undefined],
];

describe('normalizeDate', () => {
  it.each(dates)('%s (%s) → %s', (text, order, expected) => {
    expect(normalizeDate(text, order)).toBe(expected);
  });

  it('keeps a both-ways date undecided until the order is known', () => {
    expect(readDate('03/04/2024')).toEqual({ kind: 'numeric', a: 3, b: 4, year: 2024 });
    expect(readDate('13/04/2024')).toMatchObject({ kind: 'exact', month: 4, day: 13 });
  });
});

describe('orderVote', () => {
  it.each([
    ['15.03.2024', 'dmy'],
    ['03/15/2024', 'mdy'],
    ['03/04/2024', undefined],
    ['2024-03-15', undefined],
    ['Mar 15, 2024', 'mdy'],
    ['15 March 2024', 'dmy'],
  ])('%s votes %s', (text, order) => {
    expect(orderVote(text)?.order).toBe(order);
  });
});

/** One page; each argument is one printed line, split into words like OCR splits them. */
const page = (...lines: string[]) => [
  lines.flatMap((line, i) => line.split(' ').map((text) => ({ text, line: i }))),
];

describe('day/month order from the whole document', () => {
  it.each([
    // one unambiguous date anywhere fixes the order for all
    [page('Invoice', 'Date', '03/04/2024', 'Due', '03/18/2024'), 'mdy', 'dates'],
    [page('Invoice', 'Date', '03/04/2024', 'Delivery', '18/03/2024'), 'dmy', 'dates'],
    // labels in a language written day-first
    [page('Rechnung', 'Datum', '03.04.2024', 'Summe'), 'dmy', 'language'],
    [page('Factuur', 'datum', '03-04-2024', 'totaal', 'btw'), 'dmy', 'language'],
    // English: the country of valid ids and IBANs, then the currency
    [page('Invoice', 'date 03/04/2024', 'VAT: GB 123 4567 82'), 'dmy', 'country'],
    [page('Invoice', 'date 03/04/2024', 'IBAN DE89 3704 0044 0532 0130 00'), 'dmy', 'country'],
    [page('Invoice', 'date', '03/04/2024', 'Total', '$1,234.00'), 'mdy', 'country'],
    [page('Invoice', 'date', '03/04/2024', 'Total', 'RM12.50'), 'dmy', 'country'],
    // nothing to go on: the user's locale
    [page('Invoice', 'date', '03/04/2024'), 'dmy', 'locale'],
  ] as const)('%j → %s from %s', (pages, order, from) => {
    const evidence = gatherEvidence(pages, 'en-GB');
    expect([evidence.dateOrder, evidence.dateOrderFrom]).toEqual([order, from]);
  });

  it('falls back to a US locale as month-first', () => {
    expect(gatherEvidence(page('Invoice', '03/04/2024'), 'en-US').dateOrder).toBe('mdy');
  });
});
