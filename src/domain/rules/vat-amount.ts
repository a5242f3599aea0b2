// VAT of one breakdown row = taxable amount × rate, rounded half up to cents (BR-CO-17, BR-S-09).
// The 2017 text asks for exact equality; the CEN validator since 1.3 accepts up to 1.00 off to allow
// for line-wise rounding. We report within ±0.01 as fine, up to ±1.00 as a warning, beyond as an error.
import type { VatBreakdown } from '../invoice.ts';
import { abs, compare, mul, shift, sub, type Dec } from './decimal.ts';
import { cents, dec, money } from './rule-helpers.ts';

export interface VatAmountCheck {
  readonly severity: 'ok' | 'warning' | 'error';
  readonly message: string;
}

const cent: Dec = { units: 1n, scale: 2 };
const unit: Dec = { units: 1n, scale: 0 };

export function vatAmountCheck(row: VatBreakdown): VatAmountCheck | undefined {
  const taxable = dec(row.taxableAmount);
  const stated = dec(row.taxAmount);
  const rate = dec(row.rate);
  if (!taxable || !stated || !rate) return undefined;
  const expected = cents(mul(taxable, shift(rate, 2)));
  const off = abs(sub(stated, expected));
  const severity = compare(off, cent) <= 0 ? 'ok' : compare(off, unit) < 0 ? 'warning' : 'error';
  const message =
    `The VAT for category ${row.category} at ${row.rate} % (${money(stated)}) is not ` +
    `${row.rate} % of ${money(taxable)} = ${money(expected)}; it is off by ${money(off)}.`;
  return { severity, message };
}
