// Amount spans → exact decimals: the document's decimal separator settles "1,234"; a span cut at a
// thousands space ("5" | "957,07") is completed from its neighbours on the printed line; a minus
// printed as its own word ("- € 12.00") still makes it negative. Also finds amounts beside
// "total" words, weak candidates for when the model labelled no total at all.
import { parseDecimal, type Dec } from '../domain/rules/decimal.ts';
import type { FieldSpan } from './decode-labels.ts';
import type { DocumentEvidence } from './fields-evidence.ts';
import { parseAmount, type ParsedAmount } from './normalize-amount.ts';
import { foldWord } from './normalize-date-names.ts';
import { rowWords, type ResolvePage, type ResolveWord } from './resolve-candidates.ts';

export type AmountReader = (span: FieldSpan) => Dec | undefined;

const detachedMinus = /^[-\u2212\u2013](\p{Sc}|[A-Za-z]{1,3}\$?)?$/u;
const leadingGroup = /^[-+(]?\p{Sc}?\d{1,3}$/u;
const thousandsGroup = /^\d{3}([.,]\d{1,4})?\p{Sc}?\)?-?$/u;

/** The span's word indices grown over thousands groups printed next to it on the same line. */
export function completeAmount(
  words: readonly ResolveWord[],
  indices: readonly number[],
): number[] {
  const out = [...indices];
  const sameLine = (a: number, b: number) =>
    words[a] !== undefined && words[a].line === words[b]?.line;
  while (
    out[0]! > 0 &&
    sameLine(out[0]! - 1, out[0]!) &&
    thousandsGroup.test(words[out[0]!]!.text) &&
    leadingGroup.test(words[out[0]! - 1]!.text)
  )
    out.unshift(out[0]! - 1);
  while (
    sameLine(out.at(-1)! + 1, out.at(-1)!) &&
    /^[-+(]?\p{Sc}?\d{1,3}$/u.test(words[out.at(-1)!]!.text) &&
    thousandsGroup.test(words[out.at(-1)! + 1]?.text ?? '')
  )
    out.push(out.at(-1)! + 1);
  return out;
}

/** A minus printed as its own word before the amount, maybe with a currency between ("- € 12"). */
function minusBefore(words: readonly ResolveWord[], first: number): boolean {
  for (let i = first - 1; i >= Math.max(0, first - 2); i--) {
    const word = words[i];
    if (!word || word.line !== words[first]?.line) return false;
    if (detachedMinus.test(word.text)) return true;
    if (!/^(\p{Sc}|[A-Z]{3})$/u.test(word.text)) return false;
  }
  return false;
}

/** The amount a text starts with: a span run on into the next amount keeps the first. */
function longestAmount(text: string, evidence: DocumentEvidence): ParsedAmount | undefined {
  const options = evidence.decimal ? { decimal: evidence.decimal } : {};
  // OCR splits a number at a misread gap ("233.0 8"); the run without spaces may read whole.
  const splitDecimals = /[.,]\d*\s\d{1,2}$/.test(text);
  const joined = splitDecimals ? parseAmount(text.replace(/\s+/g, ''), options) : undefined;
  if (joined && !parseAmount(text, options)) return joined;
  const words = text.split(' ');
  for (let end = words.length; end > 0; end--) {
    const parsed = parseAmount(words.slice(0, end).join(' '), options);
    if (parsed) return parsed;
  }
  return undefined;
}

export function amountReader(
  pages: readonly ResolvePage[],
  evidence: DocumentEvidence,
): AmountReader {
  const byIndex = new Map(pages.map((page) => [page.index, page]));
  return (span) => {
    const words = byIndex.get(span.page)?.words ?? [];
    const indices = words.length > 0 ? completeAmount(words, span.words) : span.words;
    const text =
      indices.length > span.words.length ? indices.map((i) => words[i]!.text).join(' ') : span.text;
    const value = parseDecimal(longestAmount(text, evidence)?.value);
    if (!value) return undefined;
    const negate = value.units > 0n && minusBefore(words, indices[0]!);
    return negate ? { units: -value.units, scale: value.scale } : value;
  };
}

/** Words that introduce each total, in the languages the app reads (folded, no diacritics). */
export const totalWords: Readonly<Record<'grossTotal' | 'netTotal' | 'taxTotal', RegExp>> = {
  grossTotal:
    /^(total|totaal|totale|gesamt\w*|summe|brutto\w*|ttc|grand|endbetrag|rechnungsbetrag|importe|zahlen|payer|betalen|pagare|due)$/,
  netTotal: /^(subtotal|sub-total|net|netto\w*|nettobetrag|zwischensumme|ht|excl|imponibile|base)$/,
  taxTotal: /^(vat|tax|mwst|ust|tva|btw|iva|gst|sst|umsatzsteuer|mehrwertsteuer|steuer)$/,
};

/** An amount with decimals printed on a page, and the folded words to its left on its row. */
export interface PrintedAmount {
  readonly span: FieldSpan;
  /** The parsed decimal value as text, e.g. "-12.50". */
  readonly value: string;
  readonly labels: readonly string[];
}

/** Every amount with decimals on the pages (thousands groups completed), with its row labels. */
export function printedAmounts(
  pages: readonly ResolvePage[],
  evidence: DocumentEvidence,
): PrintedAmount[] {
  const found: PrintedAmount[] = [];
  for (const page of pages) {
    page.words.forEach((word, index) => {
      if (!/[.,]\d{2}\b/.test(word.text)) return;
      const indices = completeAmount(page.words, [index]);
      const text = indices.map((i) => page.words[i]!.text).join(' ');
      const parsed = parseAmount(text, evidence.decimal ? { decimal: evidence.decimal } : {});
      if (!parsed?.decimal) return;
      const left = rowWords(page, word.norm).filter((w) => w.norm.x1 <= word.norm.x0 + 0.001);
      const span: FieldSpan = {
        field: '',
        page: page.index,
        words: indices,
        text,
        confidence: 0,
        boxes: indices.map((i) => page.words[i]!.norm),
        best: false,
      };
      const labels = left.map((w) => foldWord(w.text).replace(/[^\p{L}-]/gu, ''));
      found.push({ span, value: parsed.value, labels });
    });
  }
  return found;
}

/**
 * Amounts with decimals that have a total word to their left on the same row: weak candidates
 * (the resolver still needs them to agree with the rest); the largest gross one a little stronger.
 */
export function keywordAmounts(amounts: readonly PrintedAmount[]): FieldSpan[] {
  const found: { span: FieldSpan; value: number }[] = [];
  for (const { span, value, labels } of amounts) {
    for (const [field, pattern] of Object.entries(totalWords)) {
      if (!labels.some((label) => pattern.test(label))) continue;
      found.push({ span: { ...span, field, confidence: 0.12 }, value: Number(value) });
    }
  }
  const largest = Math.max(
    ...found.filter((f) => f.span.field === 'grossTotal').map((f) => f.value),
  );
  return found.map(({ span, value }) =>
    span.field === 'grossTotal' && value === largest ? { ...span, confidence: 0.2 } : span,
  );
}
