// The model's line-item spans read against the page they came from: text set up the margin is no
// item, a word of letters in a number column names the item, a "rate" the currency follows is an
// amount; and the numbers of a total's row that multiply to it (quantity and price).
import { numericField, type FieldSpan } from './decode-labels.ts';
import { isVertical } from './infer-session.ts';
import { parseAmount } from './normalize-amount.ts';
import { rowWords, type ResolvePage } from './resolve-candidates.ts';

/** The best line.* spans, relabelled or dropped where the page says otherwise. */
export function lineSpansAsPrinted(
  spans: readonly FieldSpan[],
  pages: readonly ResolvePage[],
): FieldSpan[] {
  const byPage = new Map(pages.map((p) => [p.index, p]));
  return spans
    .filter((s) => s.best && s.field.startsWith('line.'))
    .filter((s) => !onVerticalLine(s, byPage.get(s.page)))
    .map((s) => (wordsInANumberColumn(s) ? { ...s, field: 'line.description' } : s))
    .map((s) => (moneyAsRate(s, byPage.get(s.page)) ? { ...s, field: 'line.lineTotal' } : s));
}

/** A word of a line set vertically up the margin ("… Copyright AWV e.V. 2013"): no item. */
function onVerticalLine(span: FieldSpan, page: ResolvePage | undefined): boolean {
  const line = page?.words[span.words[0]!]?.line;
  if (!page || line === undefined) return false;
  const words = page.words.filter((w) => w.line === line);
  const vertical = words.filter((w) => isVertical({ text: w.text, ...w.norm, line }));
  return vertical.length * 2 > words.length;
}

/** A "rate" the currency follows ("0 €") is an amount: a line total the model read as a rate. */
function moneyAsRate(span: FieldSpan, page: ResolvePage | undefined): boolean {
  if (span.field !== 'line.vatRate' || span.text.includes('%') || !page) return false;
  return currencyFollows(page, span.words.at(-1)!);
}

/** A word of letters the model put in a number column ("Pfand" as a quantity) names the item. */
const wordsInANumberColumn = (span: FieldSpan) =>
  numericField.test(span.field) && !/\d/.test(span.text) && /\p{L}{2}/u.test(span.text);

/** A printed number's value, NaN for a word that is none ("12,50" → 12.5). */
export const numberOf = (text: string): number => Number(parseAmount(text)?.value ?? Number.NaN);

/** Whether a currency sign or code is printed right after a word ("0,79 €"). */
export function currencyFollows(page: ResolvePage, index: number): boolean {
  const next = page.words[index + 1];
  return !!next && next.line === page.words[index]?.line && /^(\p{Sc}|[A-Z]{3})$/u.test(next.text);
}

/** Pairs of other numbers printed on a total's row that multiply to it, as word indices. */
export function factorsOnRow(
  total: FieldSpan,
  page: ResolvePage,
  taken: ReadonlySet<number> = new Set(total.words),
): [number, number][] {
  const target = numberOf(total.text);
  if (!Number.isFinite(target) || target === 0) return [];
  const numbers = rowWords(page, total.boxes[0]!)
    .map((word) => page.words.indexOf(word))
    .filter((i) => !taken.has(i) && numberOf(page.words[i]!.text) !== 0)
    .filter((i) => Number.isFinite(numberOf(page.words[i]!.text)))
    .sort((a, b) => a - b);
  return numbers.flatMap((a, k) =>
    numbers
      .slice(k + 1)
      .filter(
        (b) =>
          Math.abs(numberOf(page.words[a]!.text) * numberOf(page.words[b]!.text) - target) < 0.005,
      )
      .map((b): [number, number] => [a, b]),
  );
}
