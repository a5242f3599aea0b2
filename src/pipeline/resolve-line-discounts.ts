// A discount printed under its item ("abzgl. 16,7% Rabatt ... -2,00" under "Kunstrasen … 12,00"):
// the line's total is what is left after it, as an e-invoice's line net amount is. Only a minus
// amount in the item's total column, on a line that names a discount, below the item and above
// the next one counts; where the line prints a percentage, it must be the discount's share.
import { topsOf, type GroupedLine } from './group-lines.ts';
import { foldWord } from './normalize-date-names.ts';
import { printedSpan, rowWords, type ResolvePage, type ResolveWord } from './resolve-candidates.ts';

const discountWord =
  /^(rabatt|artikelrabatt|nachlass|abzgl|abzuglich|discount|remise|rabais|reduction|sconto|descuento|korting|rebate)$/;

const minusAmount = /^[-\u2212\u2013]\s?\d[\d.,' ]*\d$|^\d[\d.,' ]*\d-$/u;

/** How far under the item's total its discount may be printed, in line heights. */
const reach = 6;

export function withLineDiscounts(
  rows: readonly GroupedLine[],
  pages: readonly ResolvePage[],
): GroupedLine[] {
  return rows.map((row, i) => {
    const total = row.cells.lineTotal;
    const page = pages.find((p) => p.index === row.page);
    if (!total || !page) return row;
    const next = rows[i + 1];
    const height = total.boxes[0]!.y1 - total.boxes[0]!.y0;
    const top = Math.min(...total.boxes.map((b) => b.y0));
    const right = Math.max(...total.boxes.map((b) => b.x1));
    const nextTop =
      next && next.page === row.page ? Math.min(...topsOf(next)) : Number.POSITIVE_INFINITY;
    const below = (word: ResolveWord) =>
      word.norm.y0 > top + 0.5 * height &&
      word.norm.y0 < Math.min(nextTop - 0.2 * height, top + reach * height);
    const named = page.words.find(
      (word) => below(word) && discountWord.test(foldWord(word.text).replace(/[^\p{L}]/gu, '')),
    );
    if (!named) return row;
    const line = rowWords(page, named.norm);
    const amounts = line.filter(
      (word) => minusAmount.test(word.text) && Math.abs(word.norm.x1 - right) < 0.03,
    );
    if (amounts.length !== 1) return row;
    const discount = printedSpan(
      page,
      'line.lineTotal',
      [page.words.indexOf(amounts[0]!)],
      total.confidence,
    );
    const percent = line.find((word) => /^\d{1,2}([.,]\d{1,3})?%$/.test(word.text));
    const rate =
      percent && printedSpan(page, 'line.discountRate', [page.words.indexOf(percent)], 1);
    return { ...row, discount: { amount: discount, ...(rate ? { rate } : {}) } };
  });
}
