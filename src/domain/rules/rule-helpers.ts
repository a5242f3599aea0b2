// Shared pieces of the EN 16931 rule groups: the rule type, finding construction, amount handling.
import type { Finding, FindingSeverity } from '../finding.ts';
import type { Invoice } from '../invoice.ts';
import { formatDec, parseDecimal, round, type Dec } from './decimal.ts';

/** A business rule group: pure, takes the invoice model, returns what it found. */
export type InvoiceRule = (invoice: Invoice) => Finding[];

export function finding(
  ruleId: string,
  message: string,
  fields: readonly string[],
  severity: FindingSeverity = 'error',
): Finding {
  return { ruleId, severity, message, fields };
}

/** True when a text value is present and not blank. */
export function has(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

/** The decimal value of model text; undefined for absent, blank or non-numeric text. */
export function dec(value: string | undefined): Dec | undefined {
  return has(value) ? parseDecimal(value) : undefined;
}

/** An amount as a bookkeeper reads it: at least two decimals. */
export function money(value: Dec): string {
  return formatDec(value, 2);
}

/** A computed amount rounded to cents, as the standard compares them. */
export function cents(value: Dec): Dec {
  return round(value, 2);
}

/** "19 %" for a rate, "no rate" when absent. */
export function rateText(rate: string | undefined): string {
  return has(rate) ? `${rate.trim()} %` : 'no rate';
}
