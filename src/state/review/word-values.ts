// Turns the words a user clicked on the page into a field's value: amounts to decimal strings,
// dates to ISO, currency and country to their codes; text stays as printed.
import { parseAmount } from '../../i18n/format.ts';
import { countryIn, currencyIn } from '../../domain/code-lists.ts';
import type { FieldKind } from './field-catalog.ts';

const monthNames: readonly (readonly string[])[] = [
  ['jan', 'january', 'januar', 'jän', 'jänner'],
  ['feb', 'february', 'februar'],
  ['mar', 'march', 'mär', 'märz', 'maerz'],
  ['apr', 'april'],
  ['may', 'mai'],
  ['jun', 'june', 'juni'],
  ['jul', 'july', 'juli'],
  ['aug', 'august'],
  ['sep', 'sept', 'september'],
  ['oct', 'october', 'okt', 'oktober'],
  ['nov', 'november'],
  ['dec', 'december', 'dez', 'dezember'],
];

function iso(year: number, month: number, day: number): string | undefined {
  const fullYear = year < 100 ? 2000 + year : year;
  const date = new Date(Date.UTC(fullYear, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * A date as printed: "2024-03-15", "15.03.2024", "15/03/2024" ("03/15/2024" in US English),
 * "15 March 2024", "15. März 2024", "March 15, 2024". Undefined when it is not a date.
 */
export function parseDate(text: string, tag = 'en'): string | undefined {
  const value = text.trim().toLowerCase();
  let match = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(value);
  if (match) return iso(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /(\d{1,2})([./-])(\d{1,2})\2(\d{2,4})/.exec(value);
  if (match) {
    const [a, b, year] = [Number(match[1]), Number(match[3]), Number(match[4])];
    const monthFirst = match[2] === '/' && tag.toLowerCase() === 'en-us';
    return monthFirst ? iso(year, a, b) : iso(year, b, a);
  }
  const words = value.replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean);
  const monthAt = words.findIndex((word) => monthNames.some((names) => names.includes(word)));
  if (monthAt < 0) return undefined;
  const month = monthNames.findIndex((names) => names.includes(words[monthAt] ?? '')) + 1;
  const numbers = words.filter((word) => /^\d+$/.test(word)).map(Number);
  const year = numbers.find((n) => n > 31);
  const day = numbers.find((n) => n >= 1 && n <= 31);
  return year !== undefined && day !== undefined ? iso(year, month, day) : undefined;
}

/** The value to store for `kind` from clicked text; the raw text when it cannot be read. */
export function valueFromText(kind: FieldKind, text: string, tag: string): string {
  const trimmed = text.trim();
  switch (kind) {
    case 'amount':
    case 'decimal':
      return parseAmount(trimmed.replace(/%$/, ''), tag) ?? trimmed;
    case 'date':
      return parseDate(trimmed, tag) ?? trimmed;
    case 'currency':
      return currencyIn(trimmed) ?? trimmed;
    case 'country':
      return countryIn(trimmed) ?? trimmed;
    default:
      return trimmed;
  }
}
