// Dates printed anywhere, for when the model labelled no issue date: a receipt's one date, often
// glued to its label by OCR ("Dater11/03/18", "[Sales]2018-01-05"). Weak candidates in reading
// order; the first usually is the issue date.
import type { FieldSpan } from './decode-labels.ts';
import { normalizeDate, type DayMonthOrder } from './normalize-date.ts';
import type { ResolvePage, ResolveWord } from './resolve-candidates.ts';
import { foldWord } from './normalize-date-names.ts';

const confidence = 0.25;
const dateInText = /(?<!\d)(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2}))(?!\d)/g;

export function printedDates(
  pages: readonly ResolvePage[],
  field: string,
  order: DayMonthOrder,
): FieldSpan[] {
  const found: FieldSpan[] = [];
  for (const page of pages) {
    page.words.forEach((word, index) => {
      const texts = [...word.text.matchAll(dateInText)].map((match) => match[1]!);
      const compact = compactDate(word.text, page.words[index + 1]);
      for (const text of compact ? [...texts, compact] : texts) {
        const iso = normalizeDate(text, order);
        const year = Number(iso?.slice(0, 4));
        if (!iso || year < 1990 || year > 2100) continue;
        found.push({
          field,
          page: page.index,
          words: [index],
          text,
          confidence,
          boxes: [word.norm],
          best: false,
        });
      }
    });
  }
  return found;
}

/**
 * A till prints its date without separators just before the time ("21092017 10:20"): eight digits,
 * day (or month) first, followed by a time on the same line, read as "21/09/2017".
 */
function compactDate(text: string, next: ResolveWord | undefined): string | undefined {
  const match = /^(\d{2})(\d{2})((?:19|20)\d{2})$/.exec(text);
  if (!match || !next || !/^\d{1,2}:\d{2}/.test(next.text)) return undefined;
  return `${match[1]}/${match[2]}/${match[3]}`;
}

/** Digits OCR reads for another in a year ("2076" for "2016"). */
const yearMisreads: Readonly<Record<string, string>> = { '7': '1', '8': '3', '9': '0' };

/**
 * A date years in the future is a misread year: the one digit OCR confuses that brings it within
 * the last 30 years, or none (an invoice is not issued in 2076).
 */
export function plausibleDate(
  iso: string | undefined,
  thisYear = new Date().getFullYear(),
): string | undefined {
  if (!iso || Number(iso.slice(0, 4)) <= thisYear + 1) return iso;
  const year = iso.slice(0, 4);
  for (let i = 2; i < 4; i++) {
    const fixed = yearMisreads[year[i]!];
    const candidate = fixed && Number(year.slice(0, i) + fixed + year.slice(i + 1));
    if (candidate && candidate <= thisYear + 1 && candidate >= thisYear - 30) {
      return `${candidate}${iso.slice(4)}`;
    }
  }
  return undefined;
}

/** "vom", "du", "dated", "del": the word joining an invoice number to its date. */
const datedWord = /^(vom|von|du|dated|del|van|of|dd)$/;
/** How much "No. 4711 of <date>" outweighs a date the model labelled (and a "du" that reads as "from"). */
const datedBonus = 0.4;
const datedConfidence = 1;

/**
 * "Rechnung Nr. 471102 vom 05.03.2018", "Facture n° 12 du 03/12/2017": the date printed right
 * after the invoice number and its joining word is the issue date, whatever the model called it.
 */
export function datedByNumber(
  spans: readonly FieldSpan[],
  number: FieldSpan,
  pages: readonly ResolvePage[],
): FieldSpan[] {
  const page = pages.find((p) => p.index === number.page);
  const last = number.words.at(-1);
  if (!page || last === undefined) return [];
  const joining = page.words[last + 1];
  const sameLine = joining?.line === page.words[last]?.line;
  if (!joining || !sameLine || !datedWord.test(foldWord(joining.text).replace(/[^\p{L}]/gu, ''))) {
    return [];
  }
  return (
    spans
      .filter((s) => /Date$/.test(s.field) && s.page === number.page && s.words[0] === last + 2)
      // As explicit as a date gets: sure even where the model did not label it.
      .map((s) => ({
        ...s,
        field: 'issueDate',
        confidence: Math.max(s.confidence + datedBonus, datedConfidence),
      }))
  );
}
