// Rows of the totals block that the model read as line items ("Umsatzsteuer (S) 37.62",
// "Subtotal 473.00", "(S) 19.25"): a row whose description starts with a total word (unless a
// quantity that gives its total makes it bought), or, without a quantity, has no word at all, is
// a summary, not something bought.
import type { GroupedLine } from './group-lines.ts';
import { numberOf } from './line-spans.ts';
import { foldWord } from './normalize-date-names.ts';
import { totalWords } from './total-labels.ts';

const summaryWord = (text: string) => {
  const folded = foldWord(text).replace(/[^\p{L}-]/gu, '');
  return Object.values(totalWords).some((pattern) => pattern.test(folded));
};

export function withoutSummaryRows(rows: readonly GroupedLine[]): GroupedLine[] {
  return rows.filter((row) => {
    if (row.description.length === 0) return true;
    const text = row.description.map((span) => span.text).join(' ');
    const first = text.split(' ')[0] ?? '';
    // A quantity makes it bought, unless it does not give the total ("Umsatzsteuer (S) -6,55
    // 403,55 76,67": a base misread as a price, a stray number as a quantity).
    if (row.cells.quantity !== undefined && !(summaryWord(first) && !quantityGivesTotal(row))) {
      return true;
    }
    return /\p{L}{2}/u.test(text) && !summaryWord(first);
  });
}

/** Whether quantity × price is the line total (net or with up to 25 % VAT), or cannot be told. */
function quantityGivesTotal(row: GroupedLine): boolean {
  const [quantity, price, total] = [
    row.cells.quantity,
    row.cells.unitPrice,
    row.cells.lineTotal,
  ].map((span) => (span ? numberOf(span.text) : Number.NaN));
  if (![quantity, price, total].every(Number.isFinite)) return true;
  const net = quantity! * price!;
  return (
    Math.sign(net) === Math.sign(total!) &&
    Math.abs(total!) >= Math.abs(net) * 0.995 &&
    Math.abs(total!) <= Math.abs(net) * 1.255
  );
}

const hasPrice = (row: GroupedLine) =>
  row.cells.lineTotal !== undefined || row.cells.unitPrice !== undefined;

function merged(first: GroupedLine, second: GroupedLine): GroupedLine {
  return {
    page: first.page,
    description: [...first.description, ...second.description],
    cells: { ...second.cells, ...first.cells },
  };
}

/**
 * Rows the model split: a description with no numbers next to numbers with no description
 * become one line; a description left alone (perhaps with a stray quantity) continues the line
 * above it (a second line of its text) and is dropped when there is none — a line with nothing
 * to pay is not an item.
 */
export function joinSplitRows(rows: readonly GroupedLine[]): GroupedLine[] {
  // What makes a row an item: where the table prints line totals, a line total — a row without
  // one is a note under a line ("4 kg Steaks à 5,50 nachgeliefert", "300cm x 100 cm");
  // elsewhere a price, or on a list of quantities only, a quantity.
  const priced = rows.some(hasPrice);
  const totalled = rows.some((row) => row.cells.lineTotal !== undefined);
  const hasAmount = (row: GroupedLine) =>
    totalled
      ? row.cells.lineTotal !== undefined
      : hasPrice(row) || (!priced && row.cells.quantity !== undefined);
  const result: GroupedLine[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const next = rows[i + 1];
    const textOnly = !hasAmount(row) && row.description.length > 0;
    const numbersOnly = hasAmount(row) && row.description.length === 0;
    if (next && next.page === row.page) {
      const nextTextOnly = !hasAmount(next) && next.description.length > 0;
      const nextNumbersOnly = hasAmount(next) && next.description.length === 0;
      if ((textOnly && nextNumbersOnly) || (numbersOnly && nextTextOnly)) {
        result.push(textOnly ? merged(row, next) : merged(next, row));
        i++;
        continue;
      }
    }
    if (!textOnly) {
      if (hasAmount(row)) result.push(row);
      continue;
    }
    const previous = result.at(-1);
    // A note with a number of its own ("Breite: 100 cm") is a detail, not more of the name.
    if (previous && previous.page === row.page && row.cells.quantity === undefined) {
      result[result.length - 1] = {
        ...previous,
        description: [...previous.description, ...row.description],
      };
    }
  }
  return result;
}
