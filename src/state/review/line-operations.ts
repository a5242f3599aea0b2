// Line-item grid operations (add, delete, split, merge, reorder) as pure functions over the invoice,
// with the evidence of moved lines carried along so outlines stay on the right row.
import type { FieldEvidence } from '../../domain/document.ts';
import type { Invoice, InvoiceLine } from '../../domain/invoice.ts';
import { add, formatDec, parseDecimal } from '../../domain/rules/decimal.ts';

export type Evidence = Readonly<Record<string, FieldEvidence>>;

export interface LineEdit {
  readonly invoice: Invoice;
  readonly evidence: Evidence;
}

export type LineOperation = 'add' | 'delete' | 'split' | 'merge' | 'up' | 'down';

/** One grid command on line `index` ('add' inserts at `index`; 'up'/'down' move it by one). */
export function applyLineOperation(
  operation: LineOperation,
  invoice: Invoice,
  evidence: Evidence,
  index: number,
): LineEdit {
  switch (operation) {
    case 'add':
      return addLine(invoice, evidence, index);
    case 'delete':
      return deleteLine(invoice, evidence, index);
    case 'split':
      return splitLine(invoice, evidence, index);
    case 'merge':
      return mergeWithNext(invoice, evidence, index);
    case 'up':
    case 'down':
      return moveLine(invoice, evidence, index, index + (operation === 'up' ? -1 : 1));
  }
}

/** Adds an empty standard-rate VAT row or deletes row `index`; VAT row outlines are dropped. */
export function applyVatOperation(
  operation: 'add' | 'delete',
  invoice: Invoice,
  evidence: Evidence,
  index: number,
): LineEdit {
  const rows = invoice.vatBreakdown;
  const vatBreakdown =
    operation === 'add'
      ? [...rows, { category: 'S' as const, taxableAmount: '', taxAmount: '' }]
      : rows.filter((_, i) => i !== index);
  const kept = Object.entries(evidence).filter(([path]) => !path.startsWith('vatBreakdown['));
  return { invoice: { ...invoice, vatBreakdown }, evidence: Object.fromEntries(kept) };
}

/** Maps an old line index to its new one, or undefined when the line is gone. */
type IndexMap = (index: number) => number | undefined;

export function addLine(invoice: Invoice, evidence: Evidence, at = invoice.lines.length): LineEdit {
  const template = invoice.lines[at - 1];
  const line: InvoiceLine = withVatOf(template);
  const lines = [...invoice.lines.slice(0, at), line, ...invoice.lines.slice(at)];
  return {
    invoice: { ...invoice, lines },
    evidence: reindex(evidence, (i) => (i >= at ? i + 1 : i)),
  };
}

export function deleteLine(invoice: Invoice, evidence: Evidence, index: number): LineEdit {
  return {
    invoice: { ...invoice, lines: invoice.lines.filter((_, i) => i !== index) },
    evidence: reindex(evidence, (i) => (i === index ? undefined : i > index ? i - 1 : i)),
  };
}

export function moveLine(invoice: Invoice, evidence: Evidence, from: number, to: number): LineEdit {
  if (to < 0 || to >= invoice.lines.length || from === to) return { invoice, evidence };
  const lines = [...invoice.lines];
  const [moved] = lines.splice(from, 1);
  if (moved) lines.splice(to, 0, moved);
  const map: IndexMap = (i) => {
    if (i === from) return to;
    if (from < to && i > from && i <= to) return i - 1;
    if (from > to && i >= to && i < from) return i + 1;
    return i;
  };
  return { invoice: { ...invoice, lines }, evidence: reindex(evidence, map) };
}

/**
 * Splits a line the reader took for one item into two: the second half of its words becomes a new
 * line below with the same VAT; the amounts stay on the first line to be divided by the user.
 */
export function splitLine(invoice: Invoice, evidence: Evidence, index: number): LineEdit {
  const line = invoice.lines[index];
  if (!line) return { invoice, evidence };
  const words = (line.name ?? '').split(/\s+/).filter(Boolean);
  const cut = Math.ceil(words.length / 2);
  const first: InvoiceLine =
    words.length > 1 ? { ...line, name: words.slice(0, cut).join(' ') } : line;
  const second: InvoiceLine = {
    ...withVatOf(line),
    ...(words.length > 1 ? { name: words.slice(cut).join(' ') } : {}),
  };
  const lines = [...invoice.lines];
  lines.splice(index, 1, first, second);
  return {
    invoice: { ...invoice, lines },
    evidence: reindex(evidence, (i) => (i > index ? i + 1 : i)),
  };
}

/** Merges a line with the next one: texts joined, amounts added, quantities added when priced alike. */
export function mergeWithNext(invoice: Invoice, evidence: Evidence, index: number): LineEdit {
  const line = invoice.lines[index];
  const next = invoice.lines[index + 1];
  if (!line || !next) return { invoice, evidence };
  const samePrice = line.unitPrice === next.unitPrice;
  const merged: InvoiceLine = dropUndefined({
    ...next,
    ...line,
    name: [line.name, next.name].filter(Boolean).join(' ') || undefined,
    lineTotal: sumOf(line.lineTotal, next.lineTotal),
    quantity: samePrice ? sumOf(line.quantity, next.quantity) : (line.quantity ?? next.quantity),
  });
  const lines = [...invoice.lines];
  lines.splice(index, 2, merged);
  return {
    invoice: { ...invoice, lines },
    evidence: reindex(evidence, (i) => (i === index + 1 ? undefined : i > index + 1 ? i - 1 : i)),
  };
}

function withVatOf(line: InvoiceLine | undefined): InvoiceLine {
  return dropUndefined({ vatCategory: line?.vatCategory, vatRate: line?.vatRate });
}

function sumOf(a: string | undefined, b: string | undefined): string | undefined {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  if (x && y) return formatDec(add(x, y));
  return a ?? b;
}

function dropUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

/** Evidence with every "lines[i]…" key moved to its line's new index; other keys unchanged. */
export function reindex(evidence: Evidence, map: IndexMap): Evidence {
  const next: Record<string, FieldEvidence> = {};
  for (const [path, value] of Object.entries(evidence)) {
    const match = /^lines\[(\d+)\](.*)$/.exec(path);
    if (!match) {
      next[path] = value;
      continue;
    }
    const index = map(Number(match[1]));
    if (index !== undefined) next[`lines[${index}]${match[2] ?? ''}`] = value;
  }
  return next;
}
