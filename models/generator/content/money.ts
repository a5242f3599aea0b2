// Exact decimal arithmetic in integer minor units, and printing/parsing amounts in every separator style.
import type { Dec, MoneyStyle, NumberStyle } from '../types.ts';

/** Rounds a BigInt fraction half away from zero (commercial rounding). */
function divRound(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (n * 2n + d) / (d * 2n);
  return negative ? -q : q;
}

/** quantity × unit price, rounded to cents. */
export function lineAmount(quantity: Dec, unitPrice: Dec): number {
  const scale = 10n ** BigInt(quantity.scale + unitPrice.scale - 2);
  return Number(divRound(BigInt(quantity.units) * BigInt(unitPrice.units), scale));
}

/** cents × basis points / 10000, rounded to cents. */
export function percentOf(cents: number, basisPoints: number): number {
  return Number(divRound(BigInt(cents) * BigInt(basisPoints), 10000n));
}

/** Net amount contained in a gross amount at a rate. */
export function netFromGross(grossCents: number, basisPoints: number): number {
  return Number(divRound(BigInt(grossCents) * 10000n, BigInt(10000 + basisPoints)));
}

export function dec(units: number, scale: number): Dec {
  return { units, scale };
}

export function decFromCents(cents: number): Dec {
  return { units: cents, scale: 2 };
}

/** Canonical decimal string with '.', at least `minDecimals` decimals, trailing zeros trimmed beyond. */
export function decToString(value: Dec, minDecimals = 0): string {
  const negative = value.units < 0;
  const digits = String(Math.abs(value.units)).padStart(value.scale + 1, '0');
  const int = digits.slice(0, digits.length - value.scale);
  let frac = digits.slice(digits.length - value.scale);
  while (frac.length > minDecimals && frac.endsWith('0')) frac = frac.slice(0, -1);
  return (negative ? '-' : '') + int + (frac ? '.' + frac : '');
}

export function centsToString(cents: number): string {
  return decToString(decFromCents(cents), 2);
}

function groupInteger(int: string, style: NumberStyle): string {
  if (!style.group || int.length <= 3) return int;
  if (style.indian) {
    const last3 = int.slice(-3);
    const rest = int.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, style.group);
    return rest + style.group + last3;
  }
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, style.group);
}

/** Prints |value| with the style's separators and exactly `decimals` decimals (≥ value.scale trims). */
export function formatNumber(value: Dec, style: NumberStyle, decimals: number): string {
  const text = decToString({ units: Math.abs(value.units), scale: value.scale }, decimals);
  const [int = '0', frac] = text.split('.');
  const fracPadded = frac === undefined ? '' : frac.padEnd(decimals, '0');
  return groupInteger(int, style) + (fracPadded ? style.decimal + fracPadded : '');
}

export interface PrintedMoney {
  /** Currency symbol or code printed with this amount, if any. */
  readonly symbol: string;
  readonly symbolBefore: boolean;
  /** Whether a space separates symbol and number (a separate word). */
  readonly spaced: boolean;
  /** A leading minus printed before a leading symbol ("-€12.00"), else empty. */
  readonly sign: string;
  /** The number itself with sign decoration ("-1.234,56", "(1,234.56)", "1.234,56-"). */
  readonly number: string;
  readonly text: string;
}

/** Prints an amount in minor units, or a Dec (unit prices with 3-4 decimals keep them). */
export function formatMoney(
  amount: number | Dec,
  style: MoneyStyle,
  withSymbol: boolean,
): PrintedMoney {
  const value = typeof amount === 'number' ? decFromCents(amount) : amount;
  const cents = value.units;
  const abs = formatNumber(value, style.number, Math.max(2, value.scale));
  const symbol = withSymbol ? style.symbol : '';
  const before = style.position === 'before';
  let number = abs;
  let sign = '';
  if (cents < 0) {
    if (style.negative === 'parens') number = `(${abs})`;
    else if (style.negative === 'trailing') number = `${abs}-`;
    else if (symbol && before) sign = '-';
    else number = `-${abs}`;
  }
  const gap = style.space ? ' ' : '';
  const text = sign + (!symbol ? number : before ? symbol + gap + number : number + gap + symbol);
  return { symbol, symbolBefore: before, spaced: style.space, sign, number, text };
}

/** Formats a VAT rate in basis points: "19%", "19 %", "5,5 %", "7.70%". */
export function formatRate(
  basisPoints: number,
  style: NumberStyle,
  variant: { decimals: 'min' | 2; space: boolean },
): string {
  const value = dec(basisPoints, 2);
  const decimals = variant.decimals === 2 ? 2 : (decToString(value).split('.')[1]?.length ?? 0);
  return formatNumber(value, style, decimals) + (variant.space ? ' %' : '%');
}

/**
 * Parses a printed number back with a known style; returns a canonical decimal string or null.
 * Currency symbols/codes and spaces are ignored; "(x)" and "x-" are negative.
 */
export function parseNumber(text: string, style: NumberStyle): string | null {
  let s = text.replace(/[\s\u00a0\u202f]/g, '');
  let negative = false;
  // Currency symbols and codes first, then the sign decorations around the bare number.
  const strip = (x: string): string => x.replace(/^[^\d\-(]+|[^\d\-)]+$/g, '');
  s = strip(s);
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1);
  }
  if (s.endsWith('-')) {
    negative = !negative;
    s = s.slice(0, -1);
  }
  s = strip(s);
  if (/^\(.*\)$/.test(s)) {
    negative = !negative;
    s = s.slice(1, -1);
  }
  s = s.replace(/^[^\d]+|[^\d]+$/g, '');
  if (style.group) s = s.split(style.group).join('');
  if (style.group !== "'") s = s.replace(/[’']/g, '');
  if (style.decimal !== '.') s = s.replace(style.decimal, '.');
  if (!/^\d+(\.\d+)?$/.test(s)) return null;
  const [int = '0', frac = ''] = s.split('.');
  const canonical = decToString(dec(Number(int + frac), frac.length), 0);
  return negative && canonical !== '0' ? '-' + canonical : canonical;
}

/** True when two canonical decimal strings are the same number. */
export function sameNumber(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && Math.abs(Number(a) - Number(b)) < 0.0005;
}
