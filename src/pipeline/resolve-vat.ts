// The VAT breakdown: rate, base and VAT amount spans on one printed row form a row; rows of the
// same rate printed apart ("Net 19 %: …" above "VAT 19 %: …") join. A row's VAT should be base ×
// rate; one that agrees is trusted more.
import type { FieldEvidence } from '../domain/document.ts';
import type { VatBreakdown } from '../domain/invoice.ts';
import {
  abs,
  compare,
  formatDec,
  mul,
  parseDecimal,
  round,
  shift,
  sub,
  type Dec,
} from '../domain/rules/decimal.ts';
import type { FieldSpan } from './decode-labels.ts';
import type { DocumentEvidence } from './fields-evidence.ts';
import { parsePercent } from './normalize-amount.ts';
import type { AmountReader } from './resolve-amounts.ts';
import { centreY, evidenceOf } from './resolve-candidates.ts';

export interface VatRow {
  readonly rate?: Dec;
  readonly base?: Dec;
  readonly amount?: Dec;
  readonly spans: { rate?: FieldSpan; base?: FieldSpan; amount?: FieldSpan };
}

const sameRow = (a: FieldSpan, b: FieldSpan) => {
  const box = a.boxes[0]!;
  return (
    a.page === b.page &&
    Math.abs(centreY(a) - centreY(b)) <= Math.max(0.004, (box.y1 - box.y0) * 0.6)
  );
};

/** Rows of the VAT breakdown from the best labelling's spans. */
export function vatRows(
  spans: readonly FieldSpan[],
  read: AmountReader,
  evidence: DocumentEvidence,
): VatRow[] {
  type Draft = { rate?: FieldSpan; base?: FieldSpan; amount?: FieldSpan };
  const rows: Draft[] = [];
  const keys = { vatRate: 'rate', vatBase: 'base', vatAmount: 'amount' } as const;
  const own = spans.filter((s) => s.best && s.field in keys);
  for (const span of own.sort((a, b) => a.page - b.page || centreY(a) - centreY(b))) {
    const key = keys[span.field as keyof typeof keys];
    const row = rows.find((r) => !r[key] && Object.values(r).some((s) => sameRow(s, span)));
    if (row) row[key] = span;
    else rows.push({ [key]: span });
  }
  const rateOf = (span?: FieldSpan) =>
    parseDecimal(
      span &&
        parsePercent(
          span.text.replace(/^[^\d]*/, ''),
          evidence.decimal ? { decimal: evidence.decimal } : {},
        ),
    );
  for (const draft of rows) adoptTotals(draft, spans, read, rateOf(draft.rate));
  const parsed = rows.map((draft): VatRow => {
    const rate = rateOf(draft.rate);
    const base = draft.base && read(draft.base);
    const amount = draft.amount && read(draft.amount);
    return {
      ...(rate ? { rate } : {}),
      ...(base ? { base } : {}),
      ...(amount ? { amount } : {}),
      spans: draft,
    };
  });
  return joinSameRate(parsed);
}

/**
 * A rate whose row prints a base and an amount the model read as totals ("USt. 19 %  198,00
 * 37,62" under the 7 % row): they are that row's, when the amount is base × rate.
 */
function adoptTotals(
  draft: { rate?: FieldSpan; base?: FieldSpan; amount?: FieldSpan },
  spans: readonly FieldSpan[],
  read: AmountReader,
  rate: Dec | undefined,
): void {
  if (!draft.rate || !rate || draft.base || draft.amount) return;
  const onRow = (field: string) =>
    spans.find((s) => s.best && s.field === field && sameRow(s, draft.rate!));
  const base = onRow('netTotal');
  const amount = onRow('taxTotal');
  const [baseValue, amountValue] = [base && read(base), amount && read(amount)];
  if (!baseValue || !amountValue) return;
  if (compare(abs(sub(vatOf(baseValue, rate), amountValue)), { units: 1n, scale: 2 }) > 0) return;
  draft.base = base;
  draft.amount = amount;
}

/** "Net 19 %" and "VAT 19 %" printed on separate rows are one breakdown row. */
function joinSameRate(rows: readonly VatRow[]): VatRow[] {
  const out: VatRow[] = [];
  for (const row of rows) {
    const partner = out.find(
      (r) =>
        r.rate &&
        row.rate &&
        compare(r.rate, row.rate) === 0 &&
        (!r.base !== !row.base || !r.amount !== !row.amount),
    );
    if (!partner) {
      out.push(row);
      continue;
    }
    out[out.indexOf(partner)] = {
      ...partner,
      ...(partner.base ? {} : row.base ? { base: row.base } : {}),
      ...(partner.amount ? {} : row.amount ? { amount: row.amount } : {}),
      spans: { ...row.spans, ...partner.spans },
    };
  }
  return out;
}

const cent: Dec = { units: 1n, scale: 2 };

/** VAT of a base at a rate, rounded to cents. */
export const vatOf = (base: Dec, rate: Dec): Dec => round(mul(base, shift(rate, 2)), 2);

/** Breakdown rows for the invoice; a lone row without base takes the net total as its base. */
export function toBreakdown(
  rows: readonly VatRow[],
  netTotal: Dec | undefined,
  evidence: Record<string, FieldEvidence>,
): VatBreakdown[] {
  const usable = rows.filter((row) => row.rate && (row.base || (rows.length === 1 && netTotal)));
  return usable.map((row, i) => {
    const rate = row.rate!;
    const base = row.base ?? netTotal!;
    const amount = row.amount ?? vatOf(base, rate);
    const agrees = compare(abs(sub(vatOf(base, rate), amount)), cent) <= 0;
    const bonus = agrees ? 0.2 : -0.2;
    const { rate: rateSpan, base: baseSpan, amount: amountSpan } = row.spans;
    if (rateSpan) evidence[`vatBreakdown[${i}].rate`] = evidenceOf(rateSpan, rateSpan.confidence);
    if (baseSpan)
      evidence[`vatBreakdown[${i}].taxableAmount`] = evidenceOf(
        baseSpan,
        baseSpan.confidence + bonus,
      );
    if (amountSpan)
      evidence[`vatBreakdown[${i}].taxAmount`] = evidenceOf(
        amountSpan,
        amountSpan.confidence + bonus,
      );
    return {
      category: rate.units === 0n ? 'Z' : 'S',
      rate: formatDec(rate),
      taxableAmount: formatDec(base, 2),
      taxAmount: formatDec(amount, 2),
    };
  });
}
