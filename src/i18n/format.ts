// Dates and amounts for people: shown in the user's locale with Intl, typed in the way people
// type them ("1.234,56" or "1,234.56"), stored as ISO dates and decimal strings.
import { locale } from './locale.svelte.ts';

const amountPattern = /^-?\d+(\.\d+)?$/;

// Intl formatters are costly to build and the inbox formats thousands of cells: keep them.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${tag}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(tag, options)));
  return format;
}

function numberFormat(tag: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${tag}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(tag, options)));
  return format;
}

/** "2024-03-15" → "15.03.2024" / "3/15/2024"; anything not an ISO date is shown as it is. */
export function formatDate(iso: string | undefined, tag: string = locale.intl): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return dateFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

export function formatDateTime(epochMs: number, tag: string = locale.intl): string {
  return dateFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(epochMs));
}

/** A decimal string in the locale's digits and separators, with at least two decimals. */
export function formatAmount(
  decimal: string | undefined,
  tag: string = locale.intl,
  currency?: string,
): string {
  if (decimal === undefined || decimal === '') return '';
  if (!amountPattern.test(decimal)) return decimal;
  const decimals = decimal.split('.')[1]?.length ?? 0;
  const options: Intl.NumberFormatOptions = {
    minimumFractionDigits: Math.max(2, Math.min(decimals, 6)),
    maximumFractionDigits: Math.max(2, Math.min(decimals, 6)),
  };
  const number = Number(decimal);
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    try {
      return numberFormat(tag, { ...options, style: 'currency', currency }).format(number);
    } catch {
      // An unknown code falls through to the plain number.
    }
  }
  return numberFormat(tag, options).format(number);
}

/** A plain decimal for an input field: "1234,5" in German, "1234.5" in English, no grouping. */
export function amountForInput(decimal: string | undefined, tag: string = locale.intl): string {
  if (!decimal) return '';
  return decimalSeparator(tag) === ',' ? decimal.replace('.', ',') : decimal;
}

export function decimalSeparator(tag: string = locale.intl): string {
  return (
    numberFormat(tag, {})
      .formatToParts(1.5)
      .find((p) => p.type === 'decimal')?.value ?? '.'
  );
}

/**
 * What the user typed as a decimal string, or undefined when it is not an amount. Both separators
 * are understood: with both present the last one is the decimal point; a single one is the
 * locale's grouping only when exactly three digits follow it ("1.234" in German is 1234).
 */
export function parseAmount(text: string, tag: string = locale.intl): string | undefined {
  let cleaned = text.replace(/[\s\u00a0\u202f'’]/g, '').replace(/[^\d.,+-]/g, '');
  const negative = /^-|-$/.test(cleaned) || /^\(.*\)$/.test(text.trim());
  cleaned = cleaned.replace(/[+-]/g, '');
  if (!/\d/.test(cleaned)) return undefined;
  const lastDot = cleaned.lastIndexOf('.');
  const lastComma = cleaned.lastIndexOf(',');
  let whole = cleaned;
  let fraction = '';
  if (lastDot >= 0 && lastComma >= 0) {
    const at = Math.max(lastDot, lastComma);
    whole = cleaned.slice(0, at);
    fraction = cleaned.slice(at + 1);
  } else if (lastDot >= 0 || lastComma >= 0) {
    const separator = lastDot >= 0 ? '.' : ',';
    const parts = cleaned.split(separator);
    const tail = parts[parts.length - 1] ?? '';
    const grouping = parts.length > 2 || (separator !== decimalSeparator(tag) && tail.length === 3);
    if (!grouping) {
      whole = parts.slice(0, -1).join('');
      fraction = tail;
    }
  }
  whole = whole.replace(/[.,]/g, '');
  if (!/^\d*$/.test(whole) || !/^\d*$/.test(fraction) || whole + fraction === '') return undefined;
  const value = `${whole.replace(/^0+(?=\d)/, '') || '0'}${fraction ? `.${fraction}` : ''}`;
  return negative && /[1-9]/.test(value) ? `-${value}` : value;
}

/** Searchable spellings of an amount: "1234.5" → "1234.50 1234,50". */
export function amountSearchForms(decimal: string | undefined): string {
  if (!decimal || !amountPattern.test(decimal)) return '';
  const [whole = '', fraction = ''] = decimal.split('.');
  const cents = `${whole}.${fraction.padEnd(2, '0')}`;
  return `${cents} ${cents.replace('.', ',')}`;
}
