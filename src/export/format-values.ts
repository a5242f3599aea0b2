// Model values (decimal strings, ISO dates) turned into the text an export writes. Amounts stay
// decimal strings end to end: no binary float ever rounds a cent.
import type { Decimal, IsoDate } from '../domain/invoice.ts';
import {
  add,
  equals,
  formatDec,
  neg,
  parseDecimal,
  round,
  zero,
  type Dec,
} from '../domain/rules/decimal.ts';

export type DecimalSeparator = '.' | ',';
export type DateFormat = 'YYYY-MM-DD' | 'DD.MM.YYYY' | 'MM/DD/YYYY' | 'DD/MM/YYYY' | 'YYYYMMDD';
export const dateFormats: readonly DateFormat[] = [
  'YYYY-MM-DD',
  'DD.MM.YYYY',
  'MM/DD/YYYY',
  'DD/MM/YYYY',
  'YYYYMMDD',
];

/** Canonical decimal text ("+1.50" → "1.50", ".5" → "0.5"), or undefined for non-numbers. */
export function canonicalDecimal(text: string | undefined, minScale = 0): Decimal | undefined {
  const value = parseDecimal(text);
  return value === undefined ? undefined : formatDec(value, minScale);
}

/** An amount with at least two decimals, more only where the source had more. */
export function amountText(text: string | undefined): Decimal | undefined {
  return canonicalDecimal(text, 2);
}

/** True when the amount has no significant digits beyond the cent (EN 16931 BR-DEC rules). */
export function fitsCents(text: string): boolean {
  const value = parseDecimal(text);
  return value !== undefined && equals(round(value, 2), value);
}

/** Exactly two decimals, for amounts that fit in cents ("12.5" → "12.50", "12.500" → "12.50"). */
export function centsText(text: string): Decimal {
  const value = parseDecimal(text);
  if (value === undefined) throw new TypeError(`not a decimal: ${text}`);
  return formatDec(round(value, 2), 2);
}

/** Decimal text with the chosen separator and no thousands grouping (machines read it back). */
export function localiseDecimal(text: Decimal, separator: DecimalSeparator): string {
  return separator === '.' ? text : text.replace('.', ',');
}

export function sumDecimals(values: readonly (Decimal | undefined)[]): Decimal {
  const total = values.reduce<Dec>((sum, value) => add(sum, parseDecimal(value) ?? zero), zero);
  return formatDec(total, 2);
}

export function negateDecimal(text: Decimal): Decimal {
  const value = parseDecimal(text);
  if (value === undefined) throw new TypeError(`not a decimal: ${text}`);
  return formatDec(neg(value), 2);
}

export function isNegative(text: Decimal | undefined): boolean {
  const value = parseDecimal(text);
  return value !== undefined && value.units < 0n;
}

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(text: string | undefined): text is IsoDate {
  const match = isoDatePattern.exec(text ?? '');
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** An ISO date in the chosen format; undefined when the model holds no calendar date. */
export function formatDate(iso: string | undefined, format: DateFormat): string | undefined {
  if (!isIsoDate(iso)) return undefined;
  const [y, m, d] = iso.split('-') as [string, string, string];
  switch (format) {
    case 'YYYY-MM-DD':
      return iso;
    case 'DD.MM.YYYY':
      return `${d}.${m}.${y}`;
    case 'MM/DD/YYYY':
      return `${m}/${d}/${y}`;
    case 'DD/MM/YYYY':
      return `${d}/${m}/${y}`;
    case 'YYYYMMDD':
      return `${y}${m}${d}`;
  }
}

/** A UTC midnight Date for spreadsheet date cells (Excel has no time zones). */
export function utcDate(iso: string | undefined): Date | undefined {
  if (!isIsoDate(iso)) return undefined;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** Text fields: whitespace runs (including line breaks) folded to one space. */
export function oneLine(text: string | undefined): string | undefined {
  const folded = text?.replace(/\s+/g, ' ').trim();
  return folded ? folded : undefined;
}
