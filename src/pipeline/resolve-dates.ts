// Dates printed anywhere, for when the model labelled no issue date: a receipt's one date, often
// glued to its label by OCR ("Dater11/03/18", "[Sales]2018-01-05"). Weak candidates in reading
// order; the first usually is the issue date.
import type { FieldSpan } from './decode-labels.ts';
import { normalizeDate, type DayMonthOrder } from './normalize-date.ts';
import type { ResolvePage } from './resolve-candidates.ts';

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
      for (const match of word.text.matchAll(dateInText)) {
        const iso = normalizeDate(match[1]!, order);
        const year = Number(iso?.slice(0, 4));
        if (!iso || year < 1990 || year > 2100) continue;
        found.push({
          field,
          page: page.index,
          words: [index],
          text: match[1]!,
          confidence,
          boxes: [word.norm],
          best: false,
        });
      }
    });
  }
  return found;
}
