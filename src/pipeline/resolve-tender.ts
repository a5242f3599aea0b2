// A receipt's total from its payment lines: amount tendered minus change ("Cash 20.20",
// "Change 12.00" → 8.20). When that difference is also printed on the page it is a strong gross
// total candidate: the two payment lines confirm the total the model may have missed or confused
// with the cash handed over. Likewise a total plus its printed cash rounding, and cash minus
// change a few cents off the labelled total, rounded to five cents as cash is in many countries.
import {
  abs,
  compare,
  formatDec,
  parseDecimal,
  sub,
  sum,
  type Dec,
} from '../domain/rules/decimal.ts';
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
  /** A labelled total a few cents off what was paid: the amount before cash rounding. */
  readonly unrounded: readonly FieldSpan[];
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
  const unrounded = beforeCashRounding(total, amounts);
  if (confirmed) return { total: { ...confirmed, confidence: 0.9 }, cash: cash.span, unrounded };
  if (unrounded.length > 0)
    return { total: computedSpan(total, cash, given, 0.9), cash: cash.span, unrounded };
  // The total line itself may be unreadable: the difference, computed, is a weak candidate.
  if (given.value.units === 0n) return undefined;
  return {
    total: computedSpan(total, cash, given, computedConfidence),
    cash: cash.span,
    unrounded: [],
  };
}

function computedSpan(total: Dec, cash: Printed, given: Printed, confidence: number): FieldSpan {
  return {
    field: 'grossTotal',
    page: cash.span.page,
    words: [],
    text: formatDec(total, 2),
    confidence,
    boxes: [...cash.span.boxes, ...given.span.boxes],
    best: false,
  };
}

const fiveCents: Dec = { units: 5n, scale: 2 };
const twoCents: Dec = { units: 2n, scale: 2 };
const cents = (value: Dec) => parseDecimal(formatDec(value, 2))!;
const isFiveCents = (value: Dec) => cents(value).units % fiveCents.units === 0n;

/**
 * The gross-labelled totals that cash minus change rounds to five cents ("TOTAL 60.31",
 * "CASH 70.30", "CHANGE 10.00": 60.30 was paid), whether or not the rounding line is readable.
 */
function beforeCashRounding(paid: Dec, amounts: readonly PrintedAmount[]): FieldSpan[] {
  if (!isFiveCents(paid)) return [];
  return amounts
    .filter((amount) => {
      const value = parseDecimal(amount.value);
      if (!value || isFiveCents(value) || totalKind(labelsOf(amount)) !== 'grossTotal')
        return false;
      return compare(abs(sub(value, paid)), twoCents) <= 0;
    })
    .map((amount) => amount.span);
}

const labelsOf = (amount: PrintedAmount) => amount.labels.filter((label) => /\p{L}/u.test(label));

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
  const text = (amount: PrintedAmount) => formatDec(parseDecimal(amount.value)!, 2);
  const grossLabelled = printed.filter((amount) => totalKind(labelsOf(amount)) === 'grossTotal');
  for (const amount of grossLabelled) {
    const before = formatDec(sub(parseDecimal(amount.value)!, step), 2);
    const unrounded = printed.filter((other) => text(other) === before).map((a) => a.span);
    if (unrounded.length > 0)
      return { total: { ...amount.span, field: 'grossTotal', confidence: 0.9 }, unrounded };
  }
  // Only the total before rounding is printed ("Total 23.26", "Rounding Adj -0.01", nothing
  // labelled below): the total right above the rounding line, plus it, is what was paid.
  if (grossLabelled.some((amount) => isAbove(adjustment.span, amount.span))) return undefined;
  const above = grossLabelled
    .filter((amount) => isAbove(amount.span, adjustment.span))
    .sort((a, b) => b.span.page - a.span.page || top(b.span) - top(a.span))[0];
  if (!above) return undefined;
  const paid = sum([parseDecimal(above.value)!, step]);
  const total: FieldSpan = {
    ...above.span,
    text: formatDec(paid, 2),
    field: 'grossTotal',
    words: [],
    confidence: 0.9,
    boxes: [...above.span.boxes, ...adjustment.span.boxes],
  };
  return { total, unrounded: [above.span] };
}

const top = (span: FieldSpan) => Math.min(...span.boxes.map((box) => box.y0));
const isAbove = (span: FieldSpan, other: FieldSpan) =>
  span.page < other.page || (span.page === other.page && top(span) < top(other));
