// Ground truth in the bench schema, keeping only what the rendered page actually shows.
import { centsToString, decToString } from './content/money.ts';
import type { Invoice, PageWords, Truth } from './types.ts';

/** Compact VAT id as the bench compares it: letters and digits only. */
export const compactId = (s: string): string => s.replace(/[^A-Za-z0-9]/g, '').toUpperCase();

export function fullTruth(inv: Invoice, lineTotals?: readonly number[]): Truth {
  const t = inv.totals;
  return {
    documentType: inv.docType,
    invoiceNumber: inv.number,
    issueDate: inv.issueDate,
    dueDate: inv.dueDate ?? null,
    currency: inv.format.currency,
    sellerName: inv.seller.name,
    buyerName: inv.buyer?.name ?? null,
    sellerVatId: inv.seller.vatId ? compactId(inv.seller.vatId) : null,
    netTotal: centsToString(t.net),
    taxTotal: centsToString(t.tax),
    // A receipt's cash-rounded total is what it calls its total.
    grossTotal: centsToString(t.rounding !== 0 ? t.due : t.gross),
    lines: inv.lines.map((l) => ({
      description: l.description,
      quantity: decToString(l.quantity),
      unitPrice: decToString(l.unitPrice, 2),
      lineTotal: centsToString(lineTotals?.[l.index] ?? l.lineTotal),
    })),
    fieldsCovered: [],
    extra: {
      buyerVatId: inv.buyer?.vatId ? compactId(inv.buyer.vatId) : null,
      iban: inv.payment.iban ? compactId(inv.payment.iban) : null,
      bic: inv.payment.bic ?? null,
      amountDue: t.prepaid ? centsToString(t.due) : null,
      pricesIncludeVat: inv.pricesIncludeVat ? 'true' : 'false',
    },
  };
}

const HEADER_FIELDS = [
  'documentType',
  'invoiceNumber',
  'issueDate',
  'dueDate',
  'currency',
  'sellerName',
  'buyerName',
  'sellerVatId',
  'netTotal',
  'taxTotal',
  'grossTotal',
] as const;

/** Nulls every field with no labelled word on the page, so truth never asks for the invisible. */
export function visibleTruth(
  inv: Invoice,
  pages: readonly PageWords[],
  lineTotals?: readonly number[],
): Truth {
  const truth = fullTruth(inv, lineTotals);
  const seen = new Set<string>();
  for (const p of pages)
    for (const w of p.words) seen.add(w.line >= 0 ? `${w.label}@${w.line}` : w.label);
  for (const f of HEADER_FIELDS) if (!seen.has(f)) truth[f] = null;
  for (const k of ['buyerVatId', 'iban', 'bic', 'amountDue'] as const)
    if (!seen.has(k)) truth.extra[k] = null;
  truth.lines = truth.lines
    .map((l, i) => ({
      description: seen.has(`line.description@${i}`) ? l.description : null,
      quantity: seen.has(`line.quantity@${i}`) ? l.quantity : null,
      unitPrice: seen.has(`line.unitPrice@${i}`) ? l.unitPrice : null,
      lineTotal: seen.has(`line.lineTotal@${i}`) ? l.lineTotal : null,
    }))
    .filter((l) => l.description !== null || l.lineTotal !== null);
  truth.fieldsCovered = [
    ...HEADER_FIELDS.filter((f) => truth[f] !== null),
    ...(truth.lines.length ? ['lines'] : []),
  ];
  return truth;
}
