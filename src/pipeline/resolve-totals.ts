// Totals and the VAT breakdown, chosen as a combination: every mix of the top candidates for net,
// VAT and gross is scored by the model's confidence plus how well they agree (net + VAT = gross,
// VAT = sum per rate, net or gross = sum of the lines), so agreeing candidates beat a lone top-1.
// Net and VAT added up from several VAT rows are candidates too.
import type { FieldEvidence } from '../domain/document.ts';
import type { InvoiceTotals } from '../domain/invoice.ts';
import { abs, add, compare, formatDec, sub, sum, type Dec } from '../domain/rules/decimal.ts';
import type { FieldSpan } from './decode-labels.ts';
import type { AmountReader } from './resolve-amounts.ts';
import { candidatesOf, conflict, evidenceOf, type Candidate } from './resolve-candidates.ts';
import { vatOf, type VatRow } from './resolve-vat.ts';

export interface ResolvedTotals {
  readonly totals: InvoiceTotals;
  readonly evidence: Record<string, FieldEvidence>;
}

export interface TotalsInput {
  readonly spans: readonly FieldSpan[];
  readonly read: AmountReader;
  /** Sum of the line totals, when there are lines. */
  readonly lineSum?: Dec;
  readonly rows: readonly VatRow[];
}

const cent: Dec = { units: 1n, scale: 2 };
const fiveCents: Dec = { units: 5n, scale: 2 };
const near = (a: Dec, b: Dec, within = cent) => compare(abs(sub(a, b)), within) <= 0;
const magnitude = (a: Dec) => abs(a);

type Choice = Candidate<Dec> | undefined;

const totalFields = ['netTotal', 'taxTotal', 'grossTotal', 'amountDue', 'vatBase', 'vatAmount'];
// A total the model put under another total's label may still be this one, if the sums say so.
const crossFieldWeight = 0.3;

function options(
  spans: readonly FieldSpan[],
  field: string,
  read: AmountReader,
  summed?: Candidate<Dec>,
): Choice[] {
  const own = candidatesOf(spans, field, read, (v) => formatDec(v, 2));
  const unprinted = summed && !own.some((c) => compare(c.value, summed.value) === 0);
  const seen = new Set(own.map((c) => formatDec(c.value, 2)));
  const others = totalFields
    .filter((f) => f !== field)
    .flatMap((f) => candidatesOf(spans, f, read, (v) => formatDec(v, 2)))
    .filter((c) => !seen.has(formatDec(c.value, 2)) && c.span.best)
    .map((c) => ({ ...c, confidence: c.confidence * crossFieldWeight }));
  const ranked = [...own, ...others].sort((a, b) => b.confidence - a.confidence).slice(0, 5);
  // The field's own candidates (the model's, the labelled amounts) stay in the running even where
  // surer amounts of other fields fill the first places.
  const kept = [...ranked, ...own.slice(0, 5).filter((c) => !ranked.includes(c))];
  return [...kept, ...(unprinted ? [summed] : []), undefined];
}

/** How well a net/VAT/gross choice agrees with itself, the lines and the VAT rows. */
export function agreement(
  net: Dec | undefined,
  tax: Dec | undefined,
  gross: Dec | undefined,
  context: { lineSum?: Dec; rowTax?: Dec; rowBase?: Dec; largest?: Dec },
): number {
  let score = 0;
  if (net && tax && gross) {
    const computed = add(net, tax);
    // Within 5 cents: a receipt's cash rounding, which is less than the VAT it rounds.
    const rounded =
      near(computed, gross, fiveCents) && compare(abs(sub(computed, gross)), abs(tax)) < 0;
    score += near(computed, gross) ? 2 : rounded ? 1.5 : -1.5;
  }
  // A total below its parts is a misreading (magnitudes, so credit notes count too).
  if (net && gross && compare(magnitude(net), magnitude(gross)) > 0) score -= 0.7;
  if (tax && gross && compare(magnitude(tax), magnitude(gross)) >= 0) score -= 0.7;
  if (tax && net && compare(magnitude(tax), magnitude(net)) > 0) score -= 0.7;
  // The VAT rows standing in for an unlabelled VAT total: almost as good as a printed one.
  if (!tax && net && gross && context.rowTax && near(add(net, context.rowTax), gross)) score += 1.5;
  // The lines may sum to a subtotal before charges, so they count less than the VAT rows.
  if (context.lineSum) {
    if (net && near(net, context.lineSum)) score += 0.4;
    if (gross && near(gross, context.lineSum)) score += 0.4;
  }
  if (tax && context.rowTax && near(tax, context.rowTax)) score += 0.7;
  if (net && context.rowBase && near(net, context.rowBase)) score += 0.7;
  // The invoice total is the largest of the totals printed, and nothing when others are something.
  if (gross && context.largest && near(magnitude(gross), context.largest)) score += 0.5;
  if (gross && gross.units === 0n && context.largest && context.largest.units !== 0n) score -= 1;
  if (net && net.units === 0n && gross && gross.units !== 0n) score -= 1;
  return score;
}

export function resolveTotals(input: TotalsInput): ResolvedTotals {
  const { spans, read, lineSum, rows: vatRows } = input;
  // A row printing base and rate but no VAT amount still says what its VAT is.
  // An amount alone, with neither rate nor base beside it, is no VAT row.
  const taxes = vatRows
    .filter((row) => row.rate || row.base)
    .map((row) => row.amount ?? (row.base && row.rate ? vatOf(row.base, row.rate) : undefined))
    .filter((v): v is Dec => v !== undefined);
  const bases = vatRows.map((row) => row.base).filter((v): v is Dec => v !== undefined);
  const largest = spans
    .filter((s) => s.best && totalFields.includes(s.field))
    .map((s) => read(s))
    .filter((v): v is Dec => v !== undefined)
    .map(magnitude)
    .reduce<Dec | undefined>((top, v) => (!top || compare(v, top) > 0 ? v : top), undefined);
  const context = {
    ...(largest ? { largest } : {}),
    ...(lineSum ? { lineSum } : {}),
    ...(taxes.length > 0 ? { rowTax: sum(taxes) } : {}),
    ...(bases.length > 0 ? { rowBase: sum(bases) } : {}),
  };
  const sums = summedRows(vatRows);
  let best: [Choice, Choice, Choice] = [undefined, undefined, undefined];
  let bestScore = -Infinity;
  for (const net of options(spans, 'netTotal', read, sums?.net)) {
    for (const tax of options(spans, 'taxTotal', read, sums?.tax)) {
      for (const gross of options(spans, 'grossTotal', read)) {
        const chosen = [net, tax, gross].filter((c) => c !== undefined);
        // One printed amount is never two totals.
        if (chosen.some((a, i) => chosen.slice(i + 1).some((b) => conflict(a, b)))) continue;
        // Confidence counts double: agreement alone must not lift a weak guess over a sure reading.
        const confidence = 2 * chosen.reduce((total, c) => total + c.confidence, 0);
        const score = confidence + agreement(net?.value, tax?.value, gross?.value, context);
        if (score > bestScore) [best, bestScore] = [[net, tax, gross], score];
      }
    }
  }
  const [net, tax, gross] = best;
  const consistent = !!net && !!tax && !!gross && near(add(net.value, tax.value), gross.value);
  const evidence: Record<string, FieldEvidence> = {};
  const value = (path: string, choice: Choice): Dec | undefined => {
    if (!choice) return undefined;
    evidence[`totals.${path}`] = evidenceOf(
      choice.span,
      choice.confidence + (consistent ? 0.3 : 0),
    );
    return choice.value;
  };
  const totals = derive(
    value('netTotal', net),
    value('taxTotal', tax),
    value('grossTotal', gross),
    context.rowTax,
  );
  const due = candidatesOf(spans, 'amountDue', read, (v) => formatDec(v, 2))[0];
  const amountDue = due && (!totals.grossTotal || formatDec(due.value, 2) !== totals.grossTotal);
  if (due && amountDue) evidence['totals.amountDue'] = evidenceOf(due.span, due.confidence);
  return {
    totals: { ...totals, ...(due && amountDue ? { amountDue: formatDec(due.value, 2) } : {}) },
    evidence,
  };
}

// A total added up from the VAT rows is printed nowhere: it needs the sums to agree to win.
const summedConfidence = 0.3;

/**
 * Net and VAT as the sums of several VAT rows ("Positionen 19 % auf 804,35", "Versandkosten 19 %
 * auf 4,99"): an invoice may print only the rows and the gross total.
 */
function summedRows(
  rows: readonly VatRow[],
): { net: Candidate<Dec>; tax: Candidate<Dec> } | undefined {
  // Rows with a base and what it is taxed: the amount printed, else base × rate.
  const complete = rows.flatMap((row) => {
    const tax = row.amount ?? (row.base && row.rate ? vatOf(row.base, row.rate) : undefined);
    const counts = row.base && row.base.units !== 0n && row.spans.base && tax;
    return counts ? [{ base: row.base, tax, span: row.spans.base! }] : [];
  });
  if (complete.length < 2) return undefined;
  const net = sum(complete.map((row) => row.base));
  const tax = sum(complete.map((row) => row.tax));
  // Rows read from a receipt's debris add up to nothing sensible.
  if (net.units === 0n || compare(abs(tax), abs(net)) >= 0) return undefined;
  // Each on the span of a different row: one printed amount is never two totals.
  const candidate = (value: Dec, span: FieldSpan) => ({
    value,
    confidence: summedConfidence,
    span,
    count: 1,
  });
  return { net: candidate(net, complete[0]!.span), tax: candidate(tax, complete.at(-1)!.span) };
}

/** Fills one missing total from the other two (or the VAT rows) when they make sense together. */
function derive(net?: Dec, tax?: Dec, gross?: Dec, rowTax?: Dec): InvoiceTotals {
  let [n, t, g] = [net, tax, gross];
  if (!t && rowTax && (n || g)) t = rowTax;
  if (n && g && !t && compare(magnitude(n), magnitude(g)) <= 0) t = sub(g, n);
  else if (n && t && !g) g = add(n, t);
  else if (g && t && !n && compare(magnitude(t), magnitude(g)) < 0) n = sub(g, t);
  return {
    ...(n ? { netTotal: formatDec(n, 2) } : {}),
    ...(t ? { taxTotal: formatDec(t, 2) } : {}),
    ...(g ? { grossTotal: formatDec(g, 2) } : {}),
  };
}
