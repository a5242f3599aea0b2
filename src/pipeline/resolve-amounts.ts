// Amount spans → exact decimals: the document's decimal separator settles "1,234"; a span cut at a
// thousands space ("5" | "957,07") is completed from its neighbours on the printed line; a minus
// printed as its own word ("- € 12.00") still makes it negative. Also finds amounts beside total
// labels or under a total column's header: weak candidates, strong where net, VAT and gross so
// labelled add up.
import { abs, add, compare, parseDecimal, type Dec } from '../domain/rules/decimal.ts';
import type { Box } from '../domain/page-model.ts';
import type { FieldSpan } from './decode-labels.ts';
import type { DocumentEvidence } from './fields-evidence.ts';
import { parseAmount, type ParsedAmount } from './normalize-amount.ts';
import { foldWord } from './normalize-date-names.ts';
import { rowWords, type ResolvePage, type ResolveWord } from './resolve-candidates.ts';
import { totalKind } from './total-labels.ts';

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
  // A thousands space is narrow; a column gap ("Total 1 278.61": quantity, then price) is not.
  const sameLine = (a: number, b: number) => {
    const [left, right] = a < b ? [words[a], words[b]] : [words[b], words[a]];
    if (!left || !right || left.line !== right.line) return false;
    return right.norm.x0 - left.norm.x1 < right.norm.y1 - right.norm.y0;
  };
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
  // Only cents cut in two count: "275,00 7" is an amount and the rate beside it.
  const cut = /[.,](\d*)\s(\d{1,2})$/.exec(text);
  const splitDecimals = !!cut && cut[1]!.length + cut[2]!.length === 2;
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

/** An amount with decimals printed on a page, and the folded words to its left on its row. */
export interface PrintedAmount {
  readonly span: FieldSpan;
  /** The parsed decimal value as text, e.g. "-12.50". */
  readonly value: string;
  /** Nearest first. */
  readonly labels: readonly string[];
  /** The folded words heading its column: the nearest line with letters above it. */
  readonly column: readonly string[];
}

const folded = (text: string) => foldWord(text).replace(/[^\p{L}-]/gu, '');
// How far above an amount its column's header may be (a totals table of a few rows).
const headerReach = 0.12;

function columnHeader(page: ResolvePage, box: Box): string[] {
  const above = page.words.filter(
    (w) =>
      w.norm.y1 <= box.y0 + 0.001 &&
      box.y0 - w.norm.y1 < headerReach &&
      w.norm.x0 < box.x1 &&
      w.norm.x1 > box.x0 &&
      /\p{L}{2}/u.test(w.text),
  );
  const nearest = Math.max(...above.map((w) => w.norm.y1));
  return above.filter((w) => nearest - w.norm.y1 < 0.004).map((w) => folded(w.text));
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
      const left = rowWords(page, word.norm)
        .filter((w) => w.norm.x1 <= word.norm.x0 + 0.001)
        .sort((a, b) => b.norm.x1 - a.norm.x1);
      const span: FieldSpan = {
        field: '',
        page: page.index,
        words: indices,
        text,
        confidence: 0,
        boxes: indices.map((i) => page.words[i]!.norm),
        best: false,
      };
      const labels = left.map((w) => folded(w.text));
      found.push({ span, value: parsed.value, labels, column: columnHeader(page, word.norm) });
    });
  }
  return found;
}

// Net, VAT and gross each printed beside its own label and adding up: the page's totals block.
const confirmedConfidence = 0.6;

/**
 * Amounts with decimals whose row label names a total: weak candidates (the resolver still needs
 * them to agree with the rest); the largest gross one a little stronger, and a labelled net, VAT
 * and gross that add up strong.
 */
export function keywordAmounts(amounts: readonly PrintedAmount[], read: AmountReader): FieldSpan[] {
  const found: { span: FieldSpan; value: Dec }[] = [];
  for (const { span, labels, column } of amounts) {
    // Words further left belong to other columns; a row without a label may have a header.
    const named = labels.filter((label) => /\p{L}/u.test(label)).slice(0, 4);
    const field = totalKind(named) ?? totalKind(column);
    const value = field && read(span);
    if (value) found.push({ span: { ...span, field, confidence: 0.12 }, value });
  }
  const of = (field: string) => found.filter((f) => f.span.field === field);
  const grosses = of('grossTotal');
  const largest = grosses.reduce<Dec | undefined>(
    (top, f) => (!top || compare(abs(f.value), top) > 0 ? abs(f.value) : top),
    undefined,
  );
  // Per-rate rows add up too; the invoice's totals are the largest such triple.
  let confirmed: readonly FieldSpan[] = [];
  let confirmedGross: Dec | undefined;
  for (const net of of('netTotal'))
    for (const tax of of('taxTotal')) {
      if (compare(abs(tax.value), abs(net.value)) >= 0 || tax.value.units === 0n) continue;
      const gross = grosses.find((g) => compare(add(net.value, tax.value), g.value) === 0);
      if (!gross || (confirmedGross && compare(abs(gross.value), confirmedGross) <= 0)) continue;
      confirmed = [net.span, tax.span, gross.span];
      confirmedGross = abs(gross.value);
    }
  return found.map(({ span, value }) => {
    if (confirmed.includes(span)) return { ...span, confidence: confirmedConfidence };
    const top = span.field === 'grossTotal' && !!largest && compare(abs(value), largest) === 0;
    return top ? { ...span, confidence: 0.2 } : span;
  });
}
