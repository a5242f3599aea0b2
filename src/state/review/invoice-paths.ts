// Reading and writing invoice fields by model path ("seller.address.city", "lines[2].lineTotal"),
// the same paths evidence and findings use. Writes are immutable and keep the model's required
// parts (address lines, payment accounts, an account's IBAN) present.
import type { Invoice } from '../../domain/invoice.ts';

export type PathPart = string | number;

/** "lines[2].lineTotal" → ["lines", 2, "lineTotal"]. */
export function parsePath(path: string): PathPart[] {
  const parts: PathPart[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    parts.push(match[2] !== undefined ? Number(match[2]) : (match[1] ?? ''));
  }
  return parts;
}

export function getAt(invoice: Invoice, path: string): unknown {
  let value: unknown = invoice;
  for (const part of parsePath(path)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PathPart, unknown>)[part];
  }
  return value;
}

/** A text field's value; numbers and absent values as text, anything structured as ''. */
export function textAt(invoice: Invoice, path: string): string {
  const value = getAt(invoice, path);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** `invoice` with the value at `path` replaced; '' or undefined removes it. */
export function setAt(invoice: Invoice, path: string, value: unknown): Invoice {
  const cleared = value === '' ? undefined : value;
  return repair(write(invoice, parsePath(path), cleared) as Invoice);
}

function write(container: unknown, parts: readonly PathPart[], value: unknown): unknown {
  const [head, ...rest] = parts;
  if (head === undefined) return value;
  const current = (container ?? undefined) as Record<PathPart, unknown> | unknown[] | undefined;
  const child = current === undefined ? undefined : (current as Record<PathPart, unknown>)[head];
  const next = write(child, rest, value);
  if (typeof head === 'number') {
    const list: unknown[] = Array.isArray(current) ? [...current] : [];
    while (list.length < head) list.push({});
    list[head] = next;
    return list;
  }
  const record = { ...((current as Record<string, unknown> | undefined) ?? {}) };
  if (next === undefined) delete record[head];
  else record[head] = next;
  return record;
}

/** Puts back what the model requires after a write created or emptied a branch. */
function repair(invoice: Invoice): Invoice {
  const fixParty = <P extends { address?: { lines?: readonly string[] } }>(party: P | undefined) =>
    party?.address && !party.address.lines
      ? { ...party, address: { ...party.address, lines: [] } }
      : party;
  const payment = invoice.payment;
  const accounts = payment?.accounts?.map((account) =>
    account.iban === undefined ? { ...account, iban: '' } : account,
  );
  return withDefined({
    ...invoice,
    totals: invoice.totals ?? {},
    vatBreakdown: invoice.vatBreakdown ?? [],
    lines: invoice.lines ?? [],
    seller: fixParty(invoice.seller),
    buyer: fixParty(invoice.buyer),
    payment: payment ? { ...payment, accounts: accounts ?? [] } : undefined,
  });
}

function withDefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
