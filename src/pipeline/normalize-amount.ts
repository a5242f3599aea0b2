// Printed amounts → decimal strings ("1.234,56 €" → "1234.56"), whatever the separator convention,
// sign style or currency decoration. Pure; ambiguous cases ("1,234") take the document's decimal
// separator when it is known (see detectDecimalSeparator), else the reading money usually means.
import type { Decimal } from '../domain/invoice.ts';

export type DecimalSeparator = '.' | ',';

export interface ParsedAmount {
  readonly value: Decimal;
  /** The separator used as decimal point, when the text shows one. */
  readonly decimal?: DecimalSeparator;
  /** Whether the text alone decides its decimal separator (false for "1,234" or "1.234"). */
  readonly certain: boolean;
  /** Currency symbol, code or word printed with the number, as printed. */
  readonly currency?: string;
}

export interface AmountOptions {
  /** The document's decimal separator, for texts whose separator is ambiguous. */
  readonly decimal?: DecimalSeparator;
}

const groupChars = "'’ \u00a0\u202f\u2009\u2007";
const separatorChars = `.,·${groupChars}`;
const ocrDigits: Readonly<Record<string, string>> = {
  O: '0',
  o: '0',
  D: '0',
  l: '1',
  I: '1',
  '|': '1',
};
const digitLike = /[0-9OoDlI|]/;

/** Normalises dashes and spaces, and strips "-" / "(" / ")" sign decorations. */
function signOf(text: string): { negative: boolean; rest: string } {
  let rest = text
    .normalize('NFKC')
    .replace(/[\u2212\u2012\u2013\u2014\u2010]/g, '-')
    .trim()
    // Label punctuation glued to the number: "169,01:" "= 12.00;".
    .replace(/^[:;=]+\s*|\s*[:;,=]+$/g, '');
  // "1.234,-" and "12,--" mean whole units, not a negative amount.
  rest = rest.replace(/([0-9])[.,]\s?-{1,2}$/, '$1');
  let negative = false;
  if (/^\(.*\)$/.test(rest)) [negative, rest] = [true, rest.slice(1, -1).trim()];
  if (/^[^0-9]{0,4}-/.test(rest) && !/-.*[0-9].*-/.test(rest)) {
    negative = true;
    rest = rest.replace('-', '');
  } else if (/[0-9][^0-9]{0,4}-$/.test(rest) || /-\s*[^0-9\s]{1,4}$/.test(rest)) {
    negative = true;
    rest = rest.replace(/-(?=[^-]*$)/, '');
  }
  if (rest.startsWith('+')) rest = rest.slice(1);
  // ".50" and "$.99" are cents without the leading zero.
  rest = rest.replace(/^([^\d.,]*)([.,]\d{1,2})$/, '$10$2');
  return { negative, rest: rest.trim() };
}

/** The number part of a text: from the first digit-like to the last, with what surrounds it. */
function splitCore(text: string): { before: string; core: string; after: string } | undefined {
  const chars = Array.from(text);
  const first = chars.findIndex((c) => c >= '0' && c <= '9');
  if (first < 0) return undefined;
  let last = chars.length - 1;
  while (!(chars[last]! >= '0' && chars[last]! <= '9')) last--;
  let start = first;
  let end = last;
  // OCR letters count as digits only when glued to the number ("l23.45", "1O0").
  while (start > 0 && digitLike.test(chars[start - 1]!) && !/[A-Za-z]/.test(chars[start - 2] ?? ''))
    start--;
  while (
    end < chars.length - 1 &&
    digitLike.test(chars[end + 1]!) &&
    !/[A-Za-z]/.test(chars[end + 2] ?? '')
  )
    end++;
  return {
    before: chars.slice(0, start).join('').trim(),
    core: chars.slice(start, end + 1).join(''),
    after: chars
      .slice(end + 1)
      .join('')
      .trim(),
  };
}

const currencyDecoration = /^[\p{Sc}\p{L}.$/ ]{0,8}$/u;

/** "1 234,56" → groups ["1","234","56"] with separators [" ", ","]. */
function tokens(core: string): { groups: string[]; separators: string[] } | undefined {
  const groups: string[] = [];
  const separators: string[] = [];
  let current = '';
  for (const raw of core) {
    const c = ocrDigits[raw] ?? raw;
    if (c >= '0' && c <= '9') current += c;
    else if (separatorChars.includes(c)) {
      if (current === '') return undefined; // two separators in a row
      groups.push(current);
      separators.push(c === '·' ? '.' : groupChars.includes(c) ? ' ' : c);
      current = '';
    } else return undefined;
  }
  if (current === '') return undefined;
  groups.push(current);
  return { groups, separators };
}

/** Group sizes after the first: 3 (or Indian 2s before the last 3). */
function validGrouping(groups: readonly string[]): boolean {
  if (groups.length === 1) return true;
  const [head, ...rest] = groups;
  if (!head || head.length > 3) return false;
  return rest.every((g, i) => g.length === 3 || (g.length === 2 && i < rest.length - 1));
}

function canonical(negative: boolean, whole: string, fraction: string): Decimal {
  const int = whole.replace(/^0+(?=\d)/, '');
  const sign = negative && /[1-9]/.test(int + fraction) ? '-' : '';
  return sign + int + (fraction ? `.${fraction}` : '');
}

export function parseAmount(text: string, options: AmountOptions = {}): ParsedAmount | undefined {
  const { negative, rest } = signOf(text);
  const parts = splitCore(rest);
  if (!parts) return undefined;
  const decoration = `${parts.before} ${parts.after}`.trim();
  if (decoration !== '' && !currencyDecoration.test(decoration)) return undefined;
  const read = tokens(parts.core);
  if (!read) return undefined;
  const { groups, separators } = read;
  const currency = decoration.replace(/[\s.]+$/, '') || undefined;
  const result = (whole: string[], fraction: string, decimal?: DecimalSeparator, certain = true) =>
    validGrouping(whole) && fraction.length <= 4
      ? ({
          value: canonical(negative, whole.join(''), fraction),
          certain,
          ...(decimal ? { decimal } : {}),
          ...(currency ? { currency } : {}),
        } satisfies ParsedAmount)
      : undefined;
  if (separators.length === 0) return result(groups, '');
  const last = separators.at(-1)!;
  const lastGroup = groups.at(-1)!;
  const head = groups.slice(0, -1);
  // Grouping separators are all the same character ("1 234 567,89", "12,34,567.89").
  const grouping = last === ' ' ? separators : separators.slice(0, -1);
  if (new Set(grouping).size > 1) return undefined;
  if (last === ' ') return result(groups, '');
  if (grouping.includes(last)) return lastGroup.length === 3 ? result(groups, '') : undefined;
  const decimal = last as DecimalSeparator;
  if (grouping.length > 0 || lastGroup.length !== 3) return result(head, lastGroup, decimal);
  // "0,500" is never grouped; "1,234" is 1234 unless the document writes decimals with ','.
  const leadingZero = /^0+$/.test(head[0] ?? '');
  if (leadingZero || options.decimal === decimal)
    return result(head, lastGroup, decimal, leadingZero);
  return result(groups, '', undefined, false);
}

/** The decimal separator most unambiguous amounts of a document use. */
export function detectDecimalSeparator(texts: readonly string[]): DecimalSeparator | undefined {
  let dot = 0;
  let comma = 0;
  for (const text of texts) {
    const parsed = parseAmount(text);
    if (!parsed?.certain || !parsed.decimal) continue;
    if (parsed.decimal === '.') dot++;
    else comma++;
  }
  if (dot === comma) return undefined;
  return dot > comma ? '.' : ',';
}

/** "19%", "7,5 %", "19.00" → "19", "7.5", "19.00"; undefined for anything else. */
export function parsePercent(text: string, options: AmountOptions = {}): Decimal | undefined {
  const t = text.normalize('NFKC').replace(/\s/g, '').replace(/%$/, '');
  if (!/^[0-9]{1,2}([.,][0-9]{1,3})?$/.test(t)) return undefined;
  return parseAmount(t, { decimal: options.decimal ?? (t.includes(',') ? ',' : '.') })?.value;
}
