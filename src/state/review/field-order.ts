// The order "next field" walks: doubtful fields first (low confidence, a finding, a malformed
// value), each group in reading order, then everything else, so checking stops at what matters.
import type { Finding } from '../../domain/finding.ts';
import type { Invoice } from '../../domain/invoice.ts';
import type { Evidence } from './line-operations.ts';
import { headerFields, kindOf, lineColumns, vatColumns, type FieldKind } from './field-catalog.ts';
import { textAt } from './invoice-paths.ts';

/** Below this confidence a value is shown as doubtful and visited first. */
export const lowConfidence = 0.8;

/** Every editable path of the invoice, header first, then lines and VAT rows. */
export function allFieldPaths(invoice: Invoice): string[] {
  return [
    ...headerFields.map((field) => field.path),
    ...invoice.lines.flatMap((_, i) => lineColumns.map((column) => `lines[${i}].${column.key}`)),
    ...invoice.vatBreakdown.flatMap((_, i) =>
      vatColumns.map((column) => `vatBreakdown[${i}].${column.key}`),
    ),
  ];
}

/** True when `finding` concerns `path`: the same path, or one containing it ("seller.address"). */
export function concerns(finding: Finding, path: string): boolean {
  return finding.fields.some(
    (field) => field === path || path.startsWith(`${field}.`) || path.startsWith(`${field}[`),
  );
}

const validators: Partial<Record<FieldKind, RegExp>> = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  amount: /^-?\d+(\.\d+)?$/,
  decimal: /^-?\d+(\.\d+)?$/,
  currency: /^[A-Z]{3}$/,
  country: /^[A-Z]{2}$/,
};

/** A present value that does not fit its kind (e.g. a date that is not a date). */
export function isMalformed(invoice: Invoice, path: string): boolean {
  const value = textAt(invoice, path);
  const pattern = validators[kindOf(path)];
  return value !== '' && pattern !== undefined && !pattern.test(value);
}

export function needsAttention(
  invoice: Invoice,
  evidence: Evidence,
  findings: readonly Finding[],
  path: string,
): boolean {
  const confidence = evidence[path]?.confidence;
  return (
    (confidence !== undefined && confidence < lowConfidence) ||
    isMalformed(invoice, path) ||
    findings.some((finding) => finding.severity !== 'info' && concerns(finding, path))
  );
}

export function fieldOrder(
  invoice: Invoice,
  evidence: Evidence,
  findings: readonly Finding[],
): string[] {
  const paths = allFieldPaths(invoice);
  const doubtful = paths.filter((path) => needsAttention(invoice, evidence, findings, path));
  const flagged = new Set(doubtful);
  return [...doubtful, ...paths.filter((path) => !flagged.has(path))];
}
