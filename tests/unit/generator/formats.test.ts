// What the generator prints can be read back: amounts, rates and quantities with the document's
// separators, dates in every style and language, currency symbols to ISO codes.
import { describe, expect, it } from 'vitest';
import {
  ALL_DATE_STYLES,
  addDays,
  formatDate,
  parseDate,
} from '../../../models/generator/content/dates.ts';
import { currencyOfSymbol } from '../../../models/generator/content/format.ts';
import { makeInvoice } from '../../../models/generator/content/invoice.ts';
import {
  centsToString,
  decToString,
  formatMoney,
  formatNumber,
  formatRate,
  parseNumber,
  sameNumber,
} from '../../../models/generator/content/money.ts';
import { Rng } from '../../../models/generator/rng.ts';
import type { Lang, NumberStyle } from '../../../models/generator/types.ts';

const LANGS: Lang[] = ['en', 'de', 'fr', 'nl', 'es', 'it'];
const invoices = Array.from({ length: 400 }, (_, seed) =>
  makeInvoice(seed, {
    lines: [1, 12],
    docTypes: [
      ['380', 3],
      ['384', 1],
      ['receipt', 1],
    ],
  }),
);

describe('amounts', () => {
  it('every printed amount parses back to its value with the document style', () => {
    let checked = 0;
    for (const inv of invoices) {
      const style = inv.format.money;
      const t = inv.totals;
      const amounts = [
        t.net,
        t.tax,
        t.gross,
        t.due,
        -t.prepaid,
        t.rounding,
        ...t.vat.flatMap((v) => [v.base, v.amount]),
        ...inv.lines.map((l) => l.lineTotal),
      ];
      for (const cents of amounts) {
        for (const withSymbol of [true, false]) {
          const printed = formatMoney(cents, style, withSymbol).text;
          expect(parseNumber(printed, style.number), `${printed} (${JSON.stringify(style)})`).toBe(
            decToString({ units: cents, scale: 2 }),
          );
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(5000);
  });

  it('covers every separator convention, including Indian grouping and negatives', () => {
    const cases: [NumberStyle, number, string][] = [
      [{ group: ',', decimal: '.' }, 123456, '1,234.56'],
      [{ group: '.', decimal: ',' }, 123456, '1.234,56'],
      [{ group: '\u00a0', decimal: ',' }, 123456, '1\u00a0234,56'],
      [{ group: "'", decimal: '.' }, 123456, "1'234.56"],
      [{ group: '', decimal: '.' }, 123456, '1234.56'],
      [{ group: ',', decimal: '.', indian: true }, 1234567890, '1,23,45,678.90'],
    ];
    for (const [style, cents, text] of cases) {
      expect(formatNumber({ units: cents, scale: 2 }, style, 2)).toBe(text);
      expect(sameNumber(parseNumber(text, style), centsToString(cents))).toBe(true);
    }
    const money = {
      number: { group: '.', decimal: ',' },
      symbol: '€',
      position: 'after',
      space: true,
      on: 'all',
    } as const;
    expect(formatMoney(-123456, { ...money, negative: 'trailing' }, true).text).toBe('1.234,56- €');
    expect(
      formatMoney(-5, { ...money, negative: 'parens', position: 'before', space: false }, true)
        .text,
    ).toBe('€(0,05)');
    expect(
      formatMoney(-5, { ...money, negative: 'minus', position: 'before', space: false }, true).text,
    ).toBe('-€0,05');
    expect(parseNumber('1.234,56- €', money.number)).toBe('-1234.56');
  });

  it('rates and quantities parse back', () => {
    const rng = new Rng('rates');
    for (const bp of [1900, 700, 550, 810, 2100, 1350, 0, 625, 888]) {
      for (const style of [
        { group: '.', decimal: ',' },
        { group: ',', decimal: '.' },
      ]) {
        const printed = formatRate(bp, style, {
          decimals: rng.pick(['min', 2] as const),
          space: rng.chance(0.5),
        });
        expect(sameNumber(parseNumber(printed, style), String(bp / 100))).toBe(true);
      }
    }
    for (const inv of invoices) {
      for (const l of inv.lines) {
        const printed =
          (l.quantity.units < 0 ? '-' : '') +
          formatNumber(l.quantity, inv.format.number, l.quantity.scale);
        expect(sameNumber(parseNumber(printed, inv.format.number), decToString(l.quantity))).toBe(
          true,
        );
      }
    }
  });

  it('the printed currency symbol maps back to the document currency', () => {
    for (const inv of invoices)
      expect(currencyOfSymbol(inv.format.money.symbol, inv.format.country)).toBe(
        inv.format.currency,
      );
  });
});

describe('dates', () => {
  it('every style in every language parses back to the ISO date', () => {
    const rng = new Rng('dates');
    for (let i = 0; i < 300; i++) {
      const iso = addDays('2012-01-01', rng.int(0, 15 * 365));
      for (const lang of LANGS) {
        for (const style of ALL_DATE_STYLES) {
          const printed = formatDate(iso, style, lang, rng.chance(0.7));
          expect(parseDate(printed, style, lang), `${printed} ${style} ${lang}`).toBe(iso);
        }
      }
    }
  });

  it('prints the familiar forms', () => {
    expect(formatDate('2024-03-15', 'dmy-dot', 'de')).toBe('15.03.2024');
    expect(formatDate('2024-03-15', 'mdy-slash', 'en')).toBe('03/15/2024');
    expect(formatDate('2024-03-15', 'd-dot-month-y', 'de')).toBe('15. März 2024');
    expect(formatDate('2024-03-15', 'd-month-y', 'fr')).toBe('15 mars 2024');
    expect(formatDate('2024-03-15', 'mon-d-y', 'en')).toBe('Mar 15, 2024');
    expect(formatDate('2024-03-15', 'd-mon-y-dash', 'en')).toBe('15-Mar-2024');
    expect(formatDate('2024-03-15', 'd-month-y', 'es')).toBe('15 de marzo de 2024');
  });
});
