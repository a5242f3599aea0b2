// Value formatting shared by the UBL and CII writers. They only run after the checks, so every
// amount here is a decimal that fits in cents and every date a calendar date.
import type { Invoice } from '../domain/invoice.ts';
import { formatDec, parseDecimal, sub } from '../domain/rules/decimal.ts';
import { creditNoteTypes } from './accounting.ts';
import { canonicalDecimal, centsText } from './format-values.ts';

/** An amount with exactly two decimals (EN 16931 BR-DEC rules). */
export function money(text: string | undefined): string | undefined {
  return text === undefined || text.trim() === '' ? undefined : centsText(text);
}

/** Quantities, prices and percentages as canonical decimals, their precision kept. */
export function decimal(text: string | undefined): string | undefined {
  return canonicalDecimal(text);
}

/** CII dates: YYYYMMDD with format="102". */
export function ciiDate(iso: string | undefined): string | undefined {
  return iso?.replaceAll('-', '');
}

export function isCreditNoteInvoice(invoice: Invoice): boolean {
  return creditNoteTypes.has(invoice.documentType?.trim() ?? '');
}

/** Gross price minus net price: the price discount UBL and CII carry beside the gross price. */
export function priceDiscount(gross: string, net: string): string {
  const [g, n] = [parseDecimal(gross), parseDecimal(net)];
  if (!g || !n) throw new TypeError(`not decimals: ${gross}, ${net}`);
  return formatDec(sub(g, n), 2);
}
