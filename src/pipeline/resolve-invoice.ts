// Builds the Invoice from the decoded spans of every page: header fields, line items, VAT rows and
// totals, each chosen for agreeing with the others, with a confidence and the boxes it came from
// per invoice path ("invoiceNumber", "totals.grossTotal", "lines[0].lineTotal", "seller.name").
import type { FieldEvidence } from '../domain/document.ts';
import type { Invoice } from '../domain/invoice.ts';
import { parseDecimal } from '../domain/rules/decimal.ts';
import type { FieldSpan } from './decode-labels.ts';
import { gatherEvidence, type DocumentEvidence } from './fields-evidence.ts';
import { groupLines } from './group-lines.ts';
import { amountReader, keywordAmounts, printedAmounts } from './resolve-amounts.ts';
import { sameWords, type ResolvePage } from './resolve-candidates.ts';
import { asCreditNote } from './resolve-credit-note.ts';
import { resolveHeader } from './resolve-header.ts';
import { resolveLines } from './resolve-lines.ts';
import { resolveTotals } from './resolve-totals.ts';
import { roundedTotal, tenderedTotal } from './resolve-tender.ts';
import { completeDescriptions, describeFromRow } from './resolve-line-descriptions.ts';
import { withLineDiscounts } from './resolve-line-discounts.ts';
import { withPrintedQuantities } from './resolve-line-quantities.ts';
import { joinSplitRows, withoutSummaryRows } from './resolve-line-filter.ts';
import { withPartyRoles } from './resolve-party-roles.ts';
import { toBreakdown, vatRows } from './resolve-vat.ts';
import { printedVatRows, withPrintedRows } from './resolve-vat-printed.ts';

export interface ResolvedInvoice {
  readonly invoice: Invoice;
  readonly evidence: Record<string, FieldEvidence>;
  readonly document: DocumentEvidence;
}

export interface ResolveOptions {
  /** The user's locale (navigator.language), the last resort for the day/month order. */
  readonly locale?: string;
}

export function resolveInvoice(
  pages: readonly ResolvePage[],
  labelled: readonly FieldSpan[],
  options: ResolveOptions = {},
): ResolvedInvoice {
  const spans = withPartyRoles(labelled, pages);
  const document = gatherEvidence(
    pages.map((page) => page.words),
    options.locale,
  );
  const read = amountReader(pages, document);
  const { header, evidence: headerEvidence } = resolveHeader(spans, document, pages);
  const items = joinSplitRows(withoutSummaryRows(groupLines(spans, pages)));
  // A row's description read or completed from its printed line may show it is a summary.
  const described = withoutSummaryRows(
    completeDescriptions(describeFromRow(items, pages, spans), pages, spans),
  );
  const priced = withPrintedQuantities(withLineDiscounts(described, pages), pages);
  const lines = resolveLines(priced, read, document);
  const rows = withPrintedRows(vatRows(spans, read, document), printedVatRows(pages, document));
  const amounts = printedAmounts(pages, document);
  const tendered = tenderedTotal(amounts);
  const rounded = roundedTotal(amounts);
  const totals = resolveTotals({
    spans: [
      // The cash handed over is no total once change was given back, nor is an amount rounded.
      ...spans.filter((span) => {
        if (!/Total$|^amountDue$/.test(span.field)) return true;
        const superseded = [
          ...(tendered ? [tendered.cash, ...tendered.unrounded] : []),
          ...(rounded?.unrounded ?? []),
        ];
        return !superseded.some((other) => sameWords(span, other));
      }),
      ...keywordAmounts(amounts, read),
      ...(tendered ? [tendered.total] : []),
      ...(rounded ? [rounded.total] : []),
    ],
    read,
    rows,
    ...(lines.lineSum ? { lineSum: lines.lineSum } : {}),
  });
  const evidence = { ...headerEvidence, ...lines.evidence, ...totals.evidence };
  const vatBreakdown = toBreakdown(rows, parseDecimal(totals.totals.netTotal), evidence);
  return {
    invoice: asCreditNote({ ...header, totals: totals.totals, vatBreakdown, lines: lines.lines }),
    evidence,
    document,
  };
}
