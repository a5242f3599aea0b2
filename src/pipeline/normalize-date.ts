// Printed dates → ISO (YYYY-MM-DD). A numeric date like 03/04/2024 is read day-first or month-first
// by the order the whole document shows (see fields-evidence.ts), never by the date alone.
import type { IsoDate } from '../domain/invoice.ts';
import { isDateFiller, monthNumber } from './normalize-date-names.ts';

export type DayMonthOrder = 'dmy' | 'mdy';

/** What a printed date says before its day/month order is known. */
export type DateReading =
  | { readonly kind: 'exact'; readonly year: number; readonly month: number; readonly day: number }
  /** Numeric day and month in an order still to be decided: a/b/year. */
  | { readonly kind: 'numeric'; readonly a: number; readonly b: number; readonly year: number }
  | {
      readonly kind: 'named';
      readonly year: number;
      readonly month: number;
      readonly day: number;
      /** The order the words were printed in ("Mar 15" is month first), a hint for numeric dates. */
      readonly order: DayMonthOrder;
    };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function fullYear(text: string): number | undefined {
  const n = Number(text.replace(/^'/, ''));
  if (!Number.isInteger(n)) return undefined;
  if (text.replace(/^'/, '').length === 2) return 2000 + n;
  return text.length === 4 && n >= 1900 && n <= 2099 ? n : undefined;
}

function valid(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): IsoDate | undefined {
  return valid(year, month, day) ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : undefined;
}

const numericDate = /^(\d{1,4})\s?[./\-\s]\s?(\d{1,2})\s?[./\-\s]\s?('?\d{1,4})$/;

function readNumeric(text: string): DateReading | undefined {
  const compact = /^(19|20)(\d{2})(\d{2})(\d{2})$/.exec(text);
  if (compact) {
    const [year, month, day] = [
      Number(compact[1]! + compact[2]!),
      Number(compact[3]),
      Number(compact[4]),
    ];
    return valid(year, month, day) ? { kind: 'exact', year, month, day } : undefined;
  }
  const match = numericDate.exec(text);
  if (!match) return undefined;
  const [, first = '', second = '', third = ''] = match;
  if (first.length === 4) {
    const [year, month, day] = [Number(first), Number(second), Number(third)];
    const ok = third.length <= 2 && year >= 1900 && year <= 2099 && valid(year, month, day);
    return ok ? { kind: 'exact', year, month, day } : undefined;
  }
  const year = fullYear(third);
  if (year === undefined || first.length > 2) return undefined;
  const [a, b] = [Number(first), Number(second)];
  const dmy = valid(year, b, a);
  const mdy = valid(year, a, b);
  if (dmy && mdy) return { kind: 'numeric', a, b, year };
  if (dmy) return { kind: 'exact', year, month: b, day: a };
  if (mdy) return { kind: 'exact', year, month: a, day: b };
  return undefined;
}

function readNamed(text: string): DateReading | undefined {
  const words = text
    .split(/[\s,/-]+|(?<=\.)(?=\S)/)
    .map((w) => w.trim())
    .filter((w) => w !== '' && !isDateFiller(w));
  let month: number | undefined;
  let monthAt = -1;
  let day: number | undefined;
  let dayAt = -1;
  let year: number | undefined;
  for (const [i, word] of words.entries()) {
    const asMonth = monthNumber(word);
    if (asMonth !== undefined && month === undefined) [month, monthAt] = [asMonth, i];
    else if (/^\d{4}[.,]?$/.test(word) || (/^'\d{2}$/.test(word) && year === undefined))
      year = fullYear(word.replace(/[.,]$/, ''));
    else if (/^\d{1,2}(st|nd|rd|th|er|re|e|º|°|ª|\.)?$/i.test(word) && day === undefined)
      [day, dayAt] = [parseInt(word, 10), i];
    else if (/^\d{2}$/.test(word) && day !== undefined && year === undefined) year = fullYear(word);
    else return undefined; // some other word: not a date
  }
  if (month === undefined || day === undefined || year === undefined) return undefined;
  if (!valid(year, month, day)) return undefined;
  return { kind: 'named', year, month, day, order: monthAt < dayAt ? 'mdy' : 'dmy' };
}

/** What the text says as a date, or undefined when it is not one. Times ("14:32") are ignored. */
export function readDate(text: string): DateReading | undefined {
  const cleaned = text
    .normalize('NFKC')
    .replace(/\b\d{1,2}:\d{2}(:\d{2})?\s*(am|pm)?/gi, '')
    .replace(/^[^\p{L}\p{N}']+|[^\p{L}\p{N}.]+$/gu, '')
    .replace(/\.$/, '')
    .trim();
  if (cleaned === '') return undefined;
  return readNumeric(cleaned) ?? readNamed(cleaned) ?? readNumeric(ocrDigits(cleaned));
}

/** OCR's letters for digits ("O4.1l.2O24"), tried only when the text reads as no date otherwise. */
const ocrDigits = (text: string) =>
  text.replace(/[OoDQIl|SB]/g, (c) => ({ S: '5', B: '8', I: '1', l: '1', '|': '1' })[c] ?? '0');

/** The ISO date of a reading, reading a numeric a/b by `order`. */
export function resolveDate(reading: DateReading, order: DayMonthOrder): IsoDate | undefined {
  if (reading.kind !== 'numeric') return isoDate(reading.year, reading.month, reading.day);
  return order === 'dmy'
    ? isoDate(reading.year, reading.b, reading.a)
    : isoDate(reading.year, reading.a, reading.b);
}

/** A vote for the day/month order from one printed date: a part above 12 decides it. */
export function orderVote(text: string): { order: DayMonthOrder; weight: number } | undefined {
  const match = numericDate.exec(text.trim());
  if (match && (match[1] ?? '').length <= 2) {
    const [a, b] = [Number(match[1]), Number(match[2])];
    if (a > 12 && b <= 12) return { order: 'dmy', weight: 1 };
    if (b > 12 && a <= 12) return { order: 'mdy', weight: 1 };
    return undefined;
  }
  const reading = readDate(text);
  return reading?.kind === 'named' ? { order: reading.order, weight: 0.3 } : undefined;
}

/** Normalises a printed date with a known day/month order. */
export function normalizeDate(text: string, order: DayMonthOrder): IsoDate | undefined {
  const reading = readDate(text);
  return reading ? resolveDate(reading, order) : undefined;
}
