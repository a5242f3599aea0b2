// Grouped line items → invoice lines: numbers normalised with the document's separator, units to
// UN/ECE Rec 20 codes, and quantity × unit price checked against the line total (net, or gross at
// the line's rate). A missing line total is computed from quantity × price, with less confidence.
import type { FieldEvidence } from '../domain/document.ts';
import type { InvoiceLine } from '../domain/invoice.ts';
import {
  abs,
  compare,
  formatDec,
  mul,
  parseDecimal,
  round,
  sub,
  sum,
  type Dec,
} from '../domain/rules/decimal.ts';
import type { FieldSpan } from './decode-labels.ts';
import type { DocumentEvidence } from './fields-evidence.ts';
import type { GroupedLine } from './group-lines.ts';
import { parseAmount, parsePercent } from './normalize-amount.ts';
import { normalizeUnit } from './normalize-unit.ts';
import type { AmountReader } from './resolve-amounts.ts';
import { cleanText, evidenceOf, evidenceOfAll } from './resolve-candidates.ts';

export interface ResolvedLines {
  readonly lines: InvoiceLine[];
  /** Sum of the line totals, for checking the invoice totals. */
  readonly lineSum?: Dec;
  readonly evidence: Record<string, FieldEvidence>;
}

const tolerance: Dec = { units: 1n, scale: 2 };
const near = (a: Dec, b: Dec) => compare(abs(sub(a, b)), tolerance) <= 0;
const hundred: Dec = { units: 100n, scale: 0 };

/** Whether quantity × price gives the total, net or with the line's VAT. */
function arithmeticHolds(quantity?: Dec, price?: Dec, total?: Dec, rate?: Dec): boolean {
  if (!quantity || !price || !total) return false;
  const net = round(mul(quantity, price), 2);
  return near(net, total) || (!!rate && near(round(mul(net, sumRate(rate)), 2), total));
}

const sumRate = (rate: Dec): Dec => ({
  units: rate.units + hundred.units * 10n ** BigInt(rate.scale),
  scale: rate.scale + 2,
});

export function resolveLines(
  grouped: readonly GroupedLine[],
  read: AmountReader,
  evidence: DocumentEvidence,
): ResolvedLines {
  const options = evidence.decimal ? { decimal: evidence.decimal } : {};
  const found: Record<string, FieldEvidence> = {};
  const totals: Dec[] = [];
  const lines = grouped.map((row, i): InvoiceLine => {
    const { unit, unitPrice: p, vatRate: r, lineTotal: t } = row.cells;
    const quantityOf = (span: FieldSpan) =>
      parseDecimal(parseAmount(span.text.replace(/^[x×]\s*|\s*[x×]$/gi, ''), options)?.value);
    const price = p && read(p);
    const rateOf = (span: FieldSpan) => parseDecimal(parsePercent(span.text, options));
    let total = t && read(t);
    // Of several numbers read as the row's quantity, the one that gives the total (a position
    // number "1" beside "20 Stk").
    const q =
      row.quantities?.find((span) =>
        arithmeticHolds(quantityOf(span), price, total, r && rateOf(r)),
      ) ?? row.cells.quantity;
    const quantity = q && quantityOf(q);
    // The quantity × price = total chose may be the number the model called the rate.
    const rate = r && !r.words.some((w) => q?.words.includes(w)) ? rateOf(r) : undefined;
    const holds = arithmeticHolds(quantity, price, total, rate);
    const bonus = holds ? 0.2 : 0;
    const note = (path: string, span: FieldSpan | undefined, value: unknown, extra = 0) => {
      if (span && value !== undefined)
        found[`lines[${i}].${path}`] = evidenceOf(span, span.confidence + extra);
    };
    const discount = total && discountOf(row, total, read, options);
    if (total && discount) total = sum([total, discount]);
    if (!total && quantity && price) {
      total = round(mul(quantity, price), 2);
      if (p) found[`lines[${i}].lineTotal`] = evidenceOf(p, 0.3);
    }
    if (total) totals.push(total);
    const { name, itemId } =
      itemNumberColumn(row.description) ??
      splitItemCode(cleanText(row.description.map((d) => d.text).join(' ')));
    if (name) found[`lines[${i}].name`] = evidenceOfAll(row.description, mean(row.description));
    note('quantity', q, quantity, bonus);
    note('unitPrice', p, price, bonus);
    note('lineTotal', t, total, bonus);
    if (t && discount && row.discount) {
      found[`lines[${i}].lineTotal`] = evidenceOfAll([t, row.discount.amount], t.confidence);
    }
    note('vatRate', r, rate);
    const unitCode = unit && normalizeUnit(unit.text);
    note('unitCode', unit, unitCode);
    return {
      ...(name ? { name } : {}),
      ...(itemId ? { sellerItemId: itemId } : {}),
      ...(quantity ? { quantity: formatDec(quantity) } : {}),
      ...(unitCode ? { unitCode } : {}),
      ...(price ? { unitPrice: formatDec(price, 2) } : {}),
      ...(total ? { lineTotal: formatDec(total, 2) } : {}),
      ...(rate ? { vatRate: formatDec(rate), vatCategory: rate.units === 0n ? 'Z' : 'S' } : {}),
    };
  });
  return { lines, ...(totals.length > 0 ? { lineSum: sum(totals) } : {}), evidence: found };
}

/**
 * The discount printed under a line, when it leaves something to pay and any printed rate is its
 * share of the total (16,7 % of 12,00 is 2,00).
 */
function discountOf(
  row: GroupedLine,
  total: Dec,
  read: AmountReader,
  options: { decimal?: ',' | '.' },
): Dec | undefined {
  const amount = row.discount && read(row.discount.amount);
  if (!amount || amount.units >= 0n || compare(sum([total, amount]), zero) <= 0) return undefined;
  const rate = row.discount?.rate && parseDecimal(parsePercent(row.discount.rate.text, options));
  if (!rate) return amount;
  const share = round(mul(total, { units: rate.units, scale: rate.scale + 2 }), 2);
  // A rate printed to one decimal (16,7 %) is itself rounded: allow for it.
  const slack = round(mul(total, { units: 5n, scale: 4 }), 2);
  return compare(abs(sub(share, abs(amount))), sum([tolerance, slack])) <= 0 ? amount : undefined;
}

const zero: Dec = { units: 0n, scale: 0 };

const mean = (spans: readonly FieldSpan[]) =>
  spans.reduce((total, s) => total + s.confidence, 0) / Math.max(1, spans.length);

/** A seller's item number: capitals and figures, both ("KR3M", "BWP12J", "FURN_7777"). */
const itemNumber = /^(?=\S*\d)(?=\S*\p{Lu})[\p{Lu}\d][\p{Lu}\d._/-]{2,}$/u;

/** "KR3M" | "Kunstrasen grün 3m breit": an item number printed in its own column before the name. */
function itemNumberColumn(
  description: readonly FieldSpan[],
): { name: string; itemId: string } | undefined {
  const [first, ...rest] = description;
  if (!first || rest.length === 0 || !itemNumber.test(first.text)) return undefined;
  const name = cleanText(rest.map((d) => d.text).join(' '));
  return name ? { name, itemId: first.text } : undefined;
}

/** "[FURN_7777] Office Chair": many systems print the seller's item number in brackets first. */
export function splitItemCode(text: string): { name: string; itemId?: string } {
  const match = /^\[([^\]\s]{1,40})\]\s+(\S.*)$/u.exec(text);
  return match ? { name: match[2]!, itemId: match[1]! } : { name: text };
}
