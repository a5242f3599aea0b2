// Exact decimal arithmetic for invoice checks: BigInt scaled integers, never binary floats, so
// 0.1 + 0.2 is 0.3 and a rule never fires because of a rounding artefact of the checker itself.

/** value = units / 10^scale */
export interface Dec {
  readonly units: bigint;
  readonly scale: number;
}

const decimalPattern = /^([+-]?)(\d*)(?:\.(\d*))?$/;

/** True for plain decimal text as e-invoices write it: "12", "-3.50", "+0.5", ".5". */
export function isDecimalText(text: string): boolean {
  const match = decimalPattern.exec(text);
  return match !== null && (match[2] ?? '') + (match[3] ?? '') !== '';
}

export function parseDecimal(text: string | undefined): Dec | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  if (!isDecimalText(trimmed)) return undefined;
  const [, sign, whole = '', fraction = ''] = decimalPattern.exec(trimmed) ?? [];
  const units = BigInt((whole || '0') + fraction);
  return { units: sign === '-' ? -units : units, scale: fraction.length };
}

export const zero: Dec = { units: 0n, scale: 0 };

function rescale(a: Dec, scale: number): bigint {
  return a.units * 10n ** BigInt(scale - a.scale);
}

export function add(a: Dec, b: Dec): Dec {
  const scale = Math.max(a.scale, b.scale);
  return { units: rescale(a, scale) + rescale(b, scale), scale };
}

export function sub(a: Dec, b: Dec): Dec {
  return add(a, neg(b));
}

export function neg(a: Dec): Dec {
  return { units: -a.units, scale: a.scale };
}

export function abs(a: Dec): Dec {
  return a.units < 0n ? neg(a) : a;
}

export function mul(a: Dec, b: Dec): Dec {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

export function sum(values: readonly Dec[]): Dec {
  return values.reduce(add, zero);
}

/** -1, 0 or 1. */
export function compare(a: Dec, b: Dec): number {
  const scale = Math.max(a.scale, b.scale);
  const d = rescale(a, scale) - rescale(b, scale);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

export function equals(a: Dec, b: Dec): boolean {
  return compare(a, b) === 0;
}

export function isZero(a: Dec): boolean {
  return a.units === 0n;
}

/** Divides by 10^places exactly (a percentage by 100 is places = 2). */
export function shift(a: Dec, places: number): Dec {
  return { units: a.units, scale: a.scale + places };
}

/** Rounds half away from zero ("half up" on the amount's magnitude, as EN 16931 means it). */
export function round(a: Dec, scale: number): Dec {
  if (a.scale <= scale) return a;
  const divisor = 10n ** BigInt(a.scale - scale);
  const magnitude = a.units < 0n ? -a.units : a.units;
  let q = magnitude / divisor;
  if ((magnitude % divisor) * 2n >= divisor) q += 1n;
  return { units: a.units < 0n ? -q : q, scale };
}

/** Plain text with at least minScale decimals: format({units: 5n, scale: 0}, 2) === "5.00". */
export function formatDec(a: Dec, minScale = 0): string {
  const scaled = a.scale < minScale ? { units: rescale(a, minScale), scale: minScale } : a;
  const negative = scaled.units < 0n;
  const digits = (negative ? -scaled.units : scaled.units)
    .toString()
    .padStart(scaled.scale + 1, '0');
  const whole = digits.slice(0, digits.length - scaled.scale);
  const fraction = scaled.scale > 0 ? '.' + digits.slice(digits.length - scaled.scale) : '';
  return (negative ? '-' : '') + whole + fraction;
}
