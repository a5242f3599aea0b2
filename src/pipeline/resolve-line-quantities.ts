// The quantity a line prints but the model gave another field or none ("20" read as a VAT rate
// beside "19 %", "3" of "3 m²" read as a date): every plain number on the row's printed lines is
// a quantity candidate, after the ones the model labelled. resolveLines takes the first for which
// quantity × price = total, so a candidate that does not give the total is never used. A row with
// no price takes quantity and price from two numbers of its printed row that give its total.
import type { FieldSpan } from './decode-labels.ts';
import type { GroupedLine } from './group-lines.ts';
import { currencyFollows, factorsOnRow } from './line-spans.ts';
import { printedSpan, rowWords, type ResolvePage } from './resolve-candidates.ts';

const plainNumber = /^[-\u2212]?\d{1,6}([.,]\d{1,3})?$/;

export function withPrintedQuantities(
  rows: readonly GroupedLine[],
  pages: readonly ResolvePage[],
): GroupedLine[] {
  return rows.map((row) => {
    const page = pages.find((p) => p.index === row.page);
    const { unitPrice, lineTotal, quantity } = row.cells;
    if (!page || !lineTotal) return row;
    if (!unitPrice) return withPrintedPrice(row, page, lineTotal);
    // A "rate" without a percent sign may be the quantity column ("20" beside "19 %").
    const cells = Object.values(row.cells).filter(
      (span) => span !== row.cells.vatRate || span.text.includes('%'),
    );
    const taken = new Set([...row.description, ...cells].flatMap((span) => span.words));
    const firstBoxes = [...row.description.slice(0, 1), ...Object.values(row.cells)].map(
      (span) => span.boxes[0]!,
    );
    const printed = [...new Set(firstBoxes.flatMap((box) => rowWords(page, box)))]
      .map((word) => page.words.indexOf(word))
      .filter((i) => !taken.has(i) && plainNumber.test(page.words[i]!.text))
      .sort((a, b) => a - b)
      .map((i) => printedSpan(page, 'line.quantity', [i], 0.5));
    if (printed.length === 0) return row;
    const labelled: FieldSpan[] = row.quantities ? [...row.quantities] : quantity ? [quantity] : [];
    return { ...row, quantities: [...labelled, ...printed] };
  });
}

/**
 * A row without a price: two numbers on the total's printed row that multiply to it are quantity
 * and price, the price the one a currency follows ("400,00 Luftballon … 0,79 € 316,00 €").
 */
function withPrintedPrice(row: GroupedLine, page: ResolvePage, total: FieldSpan): GroupedLine {
  const taken = new Set(Object.values(row.cells).flatMap((span) => span.words));
  const priced = (i: number) => currencyFollows(page, i);
  const pair = factorsOnRow(total, page, taken).find(([a, b]) => priced(a) !== priced(b));
  if (!pair) return row;
  const [price, count] = priced(pair[0]) ? pair : [pair[1], pair[0]];
  return {
    ...row,
    cells: { ...row.cells, unitPrice: printedSpan(page, 'line.unitPrice', [price], 0.5) },
    quantities: [printedSpan(page, 'line.quantity', [count], 0.5)],
  };
}
