// How amounts and dates look when printed: 1,234.56 / 1.234,56 / 1 234,56 and 05.03.2018 /
// 5 March 2018 / 2018-03-05 / 03/05/2018 … as patterns to find an XML value in a page's text.
import { abs, formatDec, parseDecimal, round } from '../domain/rules/decimal.ts';

const monthNames: readonly (readonly string[])[] = [
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'gennaio', 'januari'],
  ['february', 'feb', 'februar', 'février', 'févr', 'fevrier', 'febrero', 'febbraio', 'februari'],
  ['march', 'mar', 'märz', 'mär', 'maerz', 'mars', 'marzo', 'maart', 'mrt'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'mei'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre'],
  ['november', 'nov', 'novembre', 'noviembre'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'diciembre', 'dicembre'],
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A printed value must not be part of a longer number: no digit (or digit group) right before or after.
const before = '(?<![\\p{L}\\p{N}]|[\\p{N}][.,])';
const after = '(?![\\p{N}]|[.,][\\p{N}])';

/** A pattern matching the amount's usual printed forms (sign ignored; whole amounts also bare). */
export function amountPattern(amount: string): RegExp | undefined {
  const value = parseDecimal(amount);
  if (!value) return undefined;
  const text = formatDec(round(abs(value), 2), 2);
  const [whole = '0', cents = '00'] = text.split('.');
  const groups = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u0000').split('\u0000');
  const wholes = [whole, ...[',', '.', ' ', "'"].map((sep) => groups.join(sep))];
  const forms = new Set<string>();
  for (const w of wholes) {
    for (const decimal of ['.', ',']) {
      if (w.includes(decimal)) continue;
      forms.add(`${escape(w)}${escape(decimal)}${cents}`);
      if (cents === '00') forms.add(`${escape(w)}(?:${escape(decimal)}-{1,2})?`);
    }
  }
  return new RegExp(`${before}(?:${[...forms].join('|')})${after}`, 'u');
}

/** A pattern matching an ISO date's usual printed forms, numeric and with month names. */
export function datePattern(iso: string): RegExp | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const [, y = '', m = '', d = ''] = match;
  const day = `0?${Number(d)}`;
  const month = `0?${Number(m)}`;
  const year = `(?:${y}|${y.slice(2)})`;
  const names = (monthNames[Number(m) - 1] ?? []).map(escape).join('|');
  const ordinal = '(?:st|nd|rd|th|er|\\.)?';
  const forms = [
    `${day}[./-]\\s?${month}[./-]\\s?${year}`,
    `${month}/${day}/${year}`,
    `${y}[-/.]${m}[-/.]${d}`,
    `${y}${m}${d}`,
    `${day}${ordinal}[\\s.-]*(?:${names})\\.?[\\s,.-]*${y}`,
    `(?:${names})\\.?[\\s.-]*${day}${ordinal}[\\s,.-]*${y}`,
  ];
  return new RegExp(`${before}(?:${forms.join('|')})${after}`, 'iu');
}

/** Upper case without spaces, dots and dashes: how ids (VAT id, IBAN) are compared. */
export function compactId(text: string): string {
  return text.replace(/[\s.\-/]/g, '').toUpperCase();
}
