// Every generated invoice adds up: lines, allowances and charges, per-rate VAT, gross, amount due.
import { describe, expect, it } from 'vitest';
import { makeInvoice } from '../../../models/generator/content/invoice.ts';
import { computeTotals } from '../../../models/generator/content/totals.ts';
import type { DocumentType, LineItem } from '../../../models/generator/types.ts';

/** Half away from zero, written with plain numbers as a second opinion on the BigInt code. */
const round = (x: number): number => Math.sign(x) * Math.round(Math.abs(x) + 1e-9) || 0;

const TYPES: DocumentType[] = ['380', '381', '384', '389', 'receipt'];
const invoices = Array.from({ length: 600 }, (_, seed) =>
  makeInvoice(seed, { lines: [1, 25], docTypes: [[TYPES[seed % 5]!, 1]] }),
);

describe('invoice arithmetic', () => {
  it('line totals are quantity × unit price less the line discount, rounded to cents', () => {
    for (const inv of invoices) {
      for (const l of inv.lines) {
        const gross = round(
          (l.quantity.units / 10 ** l.quantity.scale) *
            (l.unitPrice.units / 10 ** l.unitPrice.scale) *
            100,
        );
        const expected = l.discountPct ? gross - round((gross * l.discountPct) / 10000) : gross;
        expect(Math.abs(l.lineTotal - expected)).toBeLessThanOrEqual(l.unitPrice.scale > 2 ? 1 : 0);
      }
    }
  });

  it('lines sum to the line total; allowances and charges lead to the net total', () => {
    for (const inv of invoices) {
      const t = inv.totals;
      expect(t.linesTotal).toBe(inv.lines.reduce((s, l) => s + l.lineTotal, 0));
      const adj = t.adjustments.reduce(
        (s, a) => s + (a.kind === 'discount' ? -a.amount : a.amount),
        0,
      );
      // CGST and SGST halves share one base: count it once.
      const baseSum = t.vat.filter((v) => v.name !== 'SGST').reduce((s, v) => s + v.base, 0);
      if (!inv.pricesIncludeVat) {
        expect(t.net).toBe(t.linesTotal + adj);
        expect(baseSum).toBe(t.net);
      }
    }
  });

  it('per-rate VAT is base × rate rounded; the VAT total is their sum; net + VAT = gross', () => {
    for (const inv of invoices) {
      const t = inv.totals;
      for (const v of t.vat) {
        if (!inv.pricesIncludeVat) expect(v.amount).toBe(round((v.base * v.rate) / 10000));
        else expect(Math.abs(v.amount - (v.base * v.rate) / 10000)).toBeLessThanOrEqual(1);
      }
      expect(t.tax).toBe(t.vat.reduce((s, v) => s + v.amount, 0));
      expect(t.gross).toBe(t.net + t.tax);
      expect(t.due).toBe(t.gross - t.prepaid + t.rounding);
    }
  });

  it('prices including VAT: the gross total is exactly the sum of the printed amounts', () => {
    const gross = invoices.filter((i) => i.pricesIncludeVat);
    expect(gross.length).toBeGreaterThan(20);
    for (const inv of gross) {
      const adj = inv.totals.adjustments.reduce(
        (s, a) => s + (a.kind === 'discount' ? -a.amount : a.amount),
        0,
      );
      expect(inv.totals.gross).toBe(inv.totals.linesTotal + adj);
    }
  });

  it('cash rounding on receipts lands on 5 sen and stays within 2 sen', () => {
    for (const inv of invoices.filter((i) => i.totals.rounding !== 0)) {
      expect(inv.totals.due % 5).toBe(0);
      expect(Math.abs(inv.totals.rounding)).toBeLessThanOrEqual(2);
    }
  });

  it('handles the textbook cases exactly', () => {
    const line = (lineTotal: number, vatRate: number): LineItem => ({
      index: 0,
      description: 'x',
      quantity: { units: 1, scale: 0 },
      unitPrice: { units: lineTotal, scale: 2 },
      vatRate,
      lineTotal,
    });
    const t = computeTotals([line(19800, 1900), line(27500, 700)], { pricesIncludeVat: false });
    expect([t.net, t.tax, t.gross]).toEqual([47300, 3762 + 1925, 47300 + 5687]);
    const half = computeTotals([line(1005, 1000)], { pricesIncludeVat: false, discountBp: 500 });
    expect(half.net).toBe(1005 - 50);
    expect(half.vat[0]?.amount).toBe(96);
    const split = computeTotals([line(10000, 1800)], {
      pricesIncludeVat: false,
      splitTax: ['CGST', 'SGST'],
    });
    expect(split.vat.map((v) => [v.name, v.rate, v.amount])).toEqual([
      ['CGST', 900, 900],
      ['SGST', 900, 900],
    ]);
  });
});
