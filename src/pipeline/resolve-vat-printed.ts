// VAT rows the page states outright: "USt. 19,00 % auf 804,35 € 152,83 €", "VAT 20% on 100.00
// 20.00", "Steuerbasisbetrag USt. 7% 275,00 19,25" — a rate, maybe a preposition, the base it
// applies to, then the VAT amount, which must be base × rate. Such a row is surer than the model's labels: it replaces the
// model's rows on the same words, and an invoice printing several (goods, shipping) adds them up.
import { abs, compare, neg, parseDecimal, sub, type Dec } from '../domain/rules/decimal.ts';
import type { DocumentEvidence } from './fields-evidence.ts';
import { parseAmount, parsePercent } from './normalize-amount.ts';
import { printedSpan, type ResolvePage, type ResolveWord } from './resolve-candidates.ts';
import { vatOf, type VatRow } from './resolve-vat.ts';
import { foldWord } from './normalize-date-names.ts';
import { taxWord } from './total-labels.ts';

const preposition = /^(auf|on|of|sur|su|op|over|von|from|de|del|sobre)$/i;
const cent: Dec = { units: 1n, scale: 2 };
const confidence = 0.9;

/** Rows printed as rate, (preposition,) base and VAT amount, left to right on one printed row. */
export function printedVatRows(
  pages: readonly ResolvePage[],
  evidence: DocumentEvidence,
): VatRow[] {
  const options = evidence.decimal ? { decimal: evidence.decimal } : {};
  const amountOf = (word: ResolveWord | undefined) =>
    word ? parseDecimal(parseAmount(word.text, options)?.value) : undefined;
  return pages.flatMap((page) => {
    const rows: VatRow[] = [];
    const indices = page.words.map((_, i) => i);
    for (const [r, word] of page.words.entries()) {
      const rate = parseDecimal(parsePercent(word.text, options));
      if (!rate || !namesVat(page, word)) continue;
      // The row's words from the rate rightwards, in print order (a text layer may split the row).
      const right = indices
        .filter((i) => sameRow(page.words[i]!, word) && page.words[i]!.norm.x0 > word.norm.x0)
        .sort((a, b) => page.words[a]!.norm.x0 - page.words[b]!.norm.x0);
      // "19,00%" or "19 %".
      const percentApart = !word.text.endsWith('%') && page.words[right[0] ?? -1]?.text === '%';
      if (!word.text.endsWith('%') && !percentApart) continue;
      const afterRate = percentApart ? right.slice(1) : right;
      // "auf", "on", "sur" may stand between the rate and its base.
      const row = preposition.test(page.words[afterRate[0] ?? -1]?.text ?? '')
        ? afterRate.slice(1)
        : afterRate;
      const amounts = row.filter((i) => amountOf(page.words[i]) !== undefined);
      const [b, a] = amounts;
      const base = amountOf(page.words[b ?? -1]);
      const printed = amountOf(page.words[a ?? -1]);
      if (b === undefined || a === undefined || !base || !printed) continue;
      // A credit note's minus may be lost on one of the two ("-20,48 € 4,10 €"): the VAT takes
      // the base's sign.
      const amount = base.units < 0n ? neg(abs(printed)) : abs(printed);
      if (compare(abs(sub(vatOf(base, rate), amount)), cent) > 0) continue;
      rows.push({
        rate,
        base,
        amount,
        spans: {
          rate: printedSpan(page, 'vatRate', [r], confidence),
          base: printedSpan(page, 'vatBase', [b], confidence),
          amount: printedSpan(page, 'vatAmount', [a], confidence),
        },
      });
    }
    return rows;
  });
}

/** Whether the row names VAT left of the rate ("USt.", "VAT", "TVA"): a discount is no VAT row. */
function namesVat(page: ResolvePage, rate: ResolveWord): boolean {
  return page.words.some(
    (w) =>
      sameRow(w, rate) &&
      w.norm.x1 <= rate.norm.x0 &&
      foldWord(w.text)
        .split(/[^\p{L}]+/u)
        .some((part) => taxWord.test(part)),
  );
}

function sameRow(a: ResolveWord, b: ResolveWord): boolean {
  const height = Math.max(a.norm.y1 - a.norm.y0, b.norm.y1 - b.norm.y0);
  return Math.abs((a.norm.y0 + a.norm.y1) / 2 - (b.norm.y0 + b.norm.y1) / 2) < 0.5 * height;
}

/** The printed rows, and the model's rows that share no word with them. */
export function withPrintedRows(model: readonly VatRow[], printed: readonly VatRow[]): VatRow[] {
  const wordsOf = (row: VatRow) =>
    Object.values(row.spans).flatMap((span) => span.words.map((w) => `${span.page}:${w}`));
  const taken = new Set(printed.flatMap(wordsOf));
  return [...printed, ...model.filter((row) => !wordsOf(row).some((w) => taken.has(w)))];
}
