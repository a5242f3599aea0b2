// Rows of the totals block that the model read as line items ("Umsatzsteuer (S) 37.62",
// "Subtotal 473.00"): a row whose description starts with a total word and that has neither a
// quantity nor a unit price is a summary, not something bought.
import type { GroupedLine } from './group-lines.ts';
import { foldWord } from './normalize-date-names.ts';
import { totalWords } from './resolve-amounts.ts';

const summaryWord = (text: string) => {
  const folded = foldWord(text).replace(/[^\p{L}-]/gu, '');
  return Object.values(totalWords).some((pattern) => pattern.test(folded));
};

export function withoutSummaryRows(rows: readonly GroupedLine[]): GroupedLine[] {
  return rows.filter((row) => {
    const first = row.description[0]?.text.split(' ')[0];
    const bought = row.cells.quantity !== undefined || row.cells.unitPrice !== undefined;
    return bought || first === undefined || !summaryWord(first);
  });
}
