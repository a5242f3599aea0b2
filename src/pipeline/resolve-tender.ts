// A receipt's total from its payment lines: amount tendered minus change ("Cash 20.20",
// "Change 12.00" → 8.20). When that difference is also printed on the page it is a strong gross
// total candidate: the two payment lines confirm the total the model may have missed or confused
// with the cash handed over. Likewise a total plus its printed cash rounding.
import { abs, compare, formatDec, parseDecimal, sub, type Dec } from '../domain/rules/decimal.ts';
import type { FieldSpan } from './decode-labels.ts';
import type { PrintedAmount } from './resolve-amounts.ts';
import { totalKind } from './total-labels.ts';

const tendered = /^(cash|tunai|bar|bargeld|especes|contanti|efectivo|contant|tendered|received)$/;
const change = /^(change|baki|ruckgeld|wechselgeld|monnaie|rendu|resto|cambio|wisselgeld)$/;

interface Printed {
  readonly value: Dec;
  readonly span: FieldSpan;
}

const computedConfidence = 0.35;

export interface Tendered {
  /** The printed total that cash minus change confirms, else that difference computed. */
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
  if (total.units <= 0n) return undefined;
  const confirmed = printed.get(formatDec(total, 2));
  if (confirmed) return { total: { ...confirmed, confidence: 0.9 }, cash: cash.span };
  // The total line itself may be unreadable: the difference, computed, is a weak candidate.
  if (given.value.units === 0n) return undefined;
  const computed: FieldSpan = {
    field: 'grossTotal',
    page: cash.span.page,
    words: [],
    text: formatDec(total, 2),
    confidence: computedConfidence,
    boxes: [...cash.span.boxes, ...given.span.boxes],
    best: false,
  };
  return { total: computed, cash: cash.span };
}

const rounding = /^(rounding|round|rundung|arrondi|afronding|arrotondamento|redondeo)$/;

export interface Rounded {
  /** The total after rounding. */
  readonly total: FieldSpan;
  /** The amounts printed before rounding: no longer the total, whatever the model says. */
  readonly unrounded: readonly FieldSpan[];
}

/**
 * The total after a receipt's cash rounding ("101.76", "Rounding -0.01", "Total incl. GST 101.75"):
 * a labelled total that is another printed amount plus the printed rounding is what was paid.
 */
export function roundedTotal(amounts: readonly PrintedAmount[]): Rounded | undefined {
  const adjustment = amounts.find((amount) =>
    amount.labels.some((label) => rounding.test(label.replace(/-/g, ''))),
  );
  const step = adjustment && parseDecimal(adjustment.value);
  // Cash rounding is a few cents; more is a misread row.
  if (!step || step.units === 0n || compare(abs(step), { units: 10n, scale: 2 }) > 0)
    return undefined;
  const printed = amounts.filter((amount) => amount !== adjustment);
  const cents = (amount: PrintedAmount) => formatDec(parseDecimal(amount.value)!, 2);
  for (const amount of printed) {
    const labels = amount.labels.filter((label) => /\p{L}/u.test(label));
    if (totalKind(labels) !== 'grossTotal') continue;
    const before = formatDec(sub(parseDecimal(amount.value)!, step), 2);
    const unrounded = printed.filter((other) => cents(other) === before).map((a) => a.span);
    if (unrounded.length > 0)
      return { total: { ...amount.span, field: 'grossTotal', confidence: 0.9 }, unrounded };
  }
  return undefined;
}
