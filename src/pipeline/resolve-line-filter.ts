// Rows of the totals block that the model read as line items ("Umsatzsteuer (S) 37.62",
// "Subtotal 473.00", "(S) 19.25"): a row without a quantity whose description starts with a total
// word, or has no word at all, is a summary, not something bought.
import type { GroupedLine } from './group-lines.ts';
import { foldWord } from './normalize-date-names.ts';
import { totalWords } from './resolve-amounts.ts';

const summaryWord = (text: string) => {
  const folded = foldWord(text).replace(/[^\p{L}-]/gu, '');
  return Object.values(totalWords).some((pattern) => pattern.test(folded));
};

export function withoutSummaryRows(rows: readonly GroupedLine[]): GroupedLine[] {
  return rows.filter((row) => {
    if (row.cells.quantity !== undefined || row.description.length === 0) return true;
    const text = row.description.map((span) => span.text).join(' ');
    const first = text.split(' ')[0] ?? '';
    return /\p{L}{2}/u.test(text) && !summaryWord(first);
  });
}
