// Invoice arithmetic as EN 16931 defines it: lines → allowances/charges → per-rate VAT → totals.
import type { Adjustment, LineItem, Totals, VatRow } from '../types.ts';
import { netFromGross, percentOf } from './money.ts';

export interface TotalsOptions {
  readonly pricesIncludeVat: boolean;
  /** Document discount in basis points of the line total, spread over the VAT rates. */
  readonly discountBp?: number;
  readonly shipping?: { readonly amount: number; readonly rate: number };
  readonly fee?: { readonly amount: number; readonly rate: number };
  /** Split each rate into two halves (India: CGST + SGST). */
  readonly splitTax?: readonly [string, string];
  readonly taxName?: string;
  readonly prepaid?: number;
  /** Round the payable amount to this many minor units (Malaysian 5-sen rounding). */
  readonly cashRounding?: number;
}

function sumBy<T>(items: readonly T[], f: (item: T) => number): number {
  return items.reduce((sum, item) => sum + f(item), 0);
}

export function computeTotals(lines: readonly LineItem[], options: TotalsOptions): Totals {
  const rates = [...new Set(lines.map((l) => l.vatRate))].sort((a, b) => b - a);
  const linesTotal = sumBy(lines, (l) => l.lineTotal);
  const adjustments: Adjustment[] = [];
  // Amounts per rate, in the document's price basis (net, or gross when prices include VAT).
  const perRate = new Map(
    rates.map((r) => [
      r,
      sumBy(
        lines.filter((l) => l.vatRate === r),
        (l) => l.lineTotal,
      ),
    ]),
  );
  if (options.discountBp) {
    let discount = 0;
    for (const r of rates) {
      const d = percentOf(perRate.get(r) ?? 0, options.discountBp);
      perRate.set(r, (perRate.get(r) ?? 0) - d);
      discount += d;
    }
    if (discount !== 0)
      adjustments.push({
        kind: 'discount',
        amount: discount,
        rate: rates[0] ?? 0,
        percent: options.discountBp,
      });
  }
  for (const [kind, charge] of [
    ['shipping', options.shipping],
    ['fee', options.fee],
  ] as const) {
    if (!charge || charge.amount === 0) continue;
    perRate.set(charge.rate, (perRate.get(charge.rate) ?? 0) + charge.amount);
    adjustments.push({ kind, amount: charge.amount, rate: charge.rate });
  }
  const vat: VatRow[] = [];
  for (const [rate, amount] of [...perRate.entries()].sort((a, b) => b[0] - a[0])) {
    const base = options.pricesIncludeVat ? netFromGross(amount, rate) : amount;
    if (options.splitTax && rate > 0) {
      const [first, second] = options.splitTax;
      vat.push({ rate: rate / 2, base, amount: percentOf(base, rate / 2), name: first });
      vat.push({ rate: rate / 2, base, amount: percentOf(base, rate / 2), name: second });
      continue;
    }
    const tax = options.pricesIncludeVat ? amount - base : percentOf(base, rate);
    vat.push({ rate, base, amount: tax, ...(options.taxName ? { name: options.taxName } : {}) });
  }
  const net = sumBy([...perRate.entries()], ([rate, amount]) =>
    options.pricesIncludeVat ? netFromGross(amount, rate) : amount,
  );
  const tax = sumBy(vat, (v) => v.amount);
  const gross = net + tax;
  const prepaid = options.prepaid ?? 0;
  const step = options.cashRounding ?? 0;
  const payable = gross - prepaid;
  const rounded = step > 0 ? Math.round(payable / step) * step : payable;
  return {
    linesTotal,
    adjustments,
    net,
    vat,
    tax,
    gross,
    prepaid,
    rounding: rounded - payable,
    due: rounded,
  };
}
