// The model's line-item spans read against the page they came from: text set up the margin is no
// item, a word of letters in a number column names the item, a "rate" the currency follows is an
// amount, and a lone total whose row prints quantity and price that give it is an item's.
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
  const last = span.words.at(-1)!;
  const next = page.words[last + 1];
  return !!next && next.line === page.words[last]?.line && /^(\p{Sc}|[A-Z]{3})$/u.test(next.text);
}

/** A word of letters the model put in a number column ("Pfand" as a quantity) names the item. */
const wordsInANumberColumn = (span: FieldSpan) =>
  numericField.test(span.field) && !/\d/.test(span.text) && /\p{L}{2}/u.test(span.text);

/** Whether two other numbers printed on the total's row multiply to it. */
export function productOnRow(total: FieldSpan | undefined, page: ResolvePage | undefined): boolean {
  if (!total || !page) return false;
  const value = (text: string) => Number(parseAmount(text)?.value ?? Number.NaN);
  const target = value(total.text);
  const others = rowWords(page, total.boxes[0]!)
    .filter((word) => !total.words.includes(page.words.indexOf(word)))
    .map((word) => value(word.text))
    .filter((n) => Number.isFinite(n) && n !== 0);
  return (
    Number.isFinite(target) &&
    target !== 0 &&
    others.some((a, i) => others.some((b, j) => i < j && Math.abs(a * b - target) < 0.005))
  );
}
