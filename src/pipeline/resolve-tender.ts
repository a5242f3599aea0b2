// A receipt's total from its payment lines: amount tendered minus change ("Cash 20.20",
// "Change 12.00" → 8.20). When that difference is also printed on the page it is a strong gross
// total candidate: the two payment lines confirm the total the model may have missed or confused
// with the cash handed over.
import { formatDec, parseDecimal, sub, type Dec } from '../domain/rules/decimal.ts';
import type { FieldSpan } from './decode-labels.ts';
import type { PrintedAmount } from './resolve-amounts.ts';

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

export function tenderedTotal(amounts: readonly PrintedAmount[]): Tendered | undefined {
  let cash: Printed | undefined;
  let given: Printed | undefined;
  const printed = new Map<string, FieldSpan>();
  for (const amount of amounts) {
    const value = parseDecimal(amount.value);
    if (!value) continue;
    const span = { ...amount.span, field: 'grossTotal' };
    const labels = amount.labels.map((label) => label.replace(/-/g, ''));
    if (labels.some((label) => tendered.test(label))) cash = { value, span };
    else if (labels.some((label) => change.test(label))) given = { value, span };
    else if (!printed.has(formatDec(value, 2))) printed.set(formatDec(value, 2), span);
  }
  if (!cash || !given) return undefined;
  const total = sub(cash.value, given.value);
  const confirmed = total.units > 0n ? printed.get(formatDec(total, 2)) : undefined;
  return confirmed && { total: { ...confirmed, confidence: 0.9 }, cash: cash.span };
}
