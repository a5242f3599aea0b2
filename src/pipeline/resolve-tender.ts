// A receipt's total from its payment lines: amount tendered minus change ("Cash 20.20",
// "Change 12.00" → 8.20). When that difference is also printed on the page it is a strong gross
// total candidate: the two payment lines confirm the total the model may have missed or confused
// with the cash handed over.
import { formatDec, parseDecimal, sub, type Dec } from '../domain/rules/decimal.ts';
import type { FieldSpan } from './decode-labels.ts';
import type { DocumentEvidence } from './fields-evidence.ts';
import { parseAmount } from './normalize-amount.ts';
import { foldWord } from './normalize-date-names.ts';
import { completeAmount } from './resolve-amounts.ts';
import { rowWords, type ResolvePage } from './resolve-candidates.ts';

const tendered = /^(cash|tunai|bar|bargeld|especes|contanti|efectivo|contant|tendered|received)$/;
const change = /^(change|baki|ruckgeld|wechselgeld|monnaie|rendu|resto|cambio|wisselgeld)$/;

interface Printed {
  readonly value: Dec;
  readonly span: FieldSpan;
}

export interface Tendered {
  /** The printed total that cash minus change confirms. */
  readonly total: FieldSpan;
  /** The cash handed over: not a total, whatever the model says. */
  readonly cash: FieldSpan;
}

export function tenderedTotal(
  pages: readonly ResolvePage[],
  evidence: DocumentEvidence,
): Tendered | undefined {
  let cash: Printed | undefined;
  let given: Printed | undefined;
  const printed = new Map<string, FieldSpan>();
  for (const page of pages) {
    page.words.forEach((word, index) => {
      if (!/[.,]\d{2}\b/.test(word.text)) return;
      const indices = completeAmount(page.words, [index]);
      const text = indices.map((i) => page.words[i]!.text).join(' ');
      const parsed = parseAmount(text, evidence.decimal ? { decimal: evidence.decimal } : {});
      const value = parseDecimal(parsed?.value);
      if (!parsed?.decimal || !value) return;
      const span: FieldSpan = {
        field: 'grossTotal',
        page: page.index,
        words: indices,
        text,
        confidence: 0,
        boxes: indices.map((i) => page.words[i]!.norm),
        best: false,
      };
      const labels = rowWords(page, word.norm)
        .filter((w) => w.norm.x1 <= word.norm.x0 + 0.001)
        .map((w) => foldWord(w.text).replace(/[^\p{L}]/gu, ''));
      if (labels.some((label) => tendered.test(label))) cash = { value, span };
      else if (labels.some((label) => change.test(label))) given = { value, span };
      else if (!printed.has(formatDec(value, 2))) printed.set(formatDec(value, 2), span);
    });
  }
  if (!cash || !given) return undefined;
  const total = sub(cash.value, given.value);
  const confirmed = total.units > 0n ? printed.get(formatDec(total, 2)) : undefined;
  return confirmed && { total: { ...confirmed, confidence: 0.9 }, cash: cash.span };
}
