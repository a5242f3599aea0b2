// Turns XML text into model values (decimals, dates, codes) and records a finding for every value
// that is present but unusable, so a bad amount is reported instead of crashing or silently vanishing.
import type { Finding } from '../domain/finding.ts';
import type { Decimal, Identifier, IsoDate, VatCategoryCode } from '../domain/invoice.ts';
import { isDecimalText } from '../domain/rules/decimal.ts';
import { attributeOf, textOf, type XmlElement } from './xml-element.ts';

const vatCategories: ReadonlySet<string> = new Set(['S', 'Z', 'E', 'AE', 'K', 'G', 'O', 'L', 'M']);

export class ReadContext {
  readonly findings: Finding[] = [];

  /** A decimal as the XML writes it, whitespace trimmed and a leading "+" dropped. */
  decimal(el: XmlElement | undefined, field: string): Decimal | undefined {
    const text = textOf(el);
    if (text === undefined) return undefined;
    if (!isDecimalText(text)) {
      this.report(
        'XML-NUMBER',
        'error',
        `"${text}" in ${field} is not a number as e-invoices write them (like 1234.56); it was left out.`,
        field,
      );
      return undefined;
    }
    const unsigned = text.startsWith('+') ? text.slice(1) : text;
    return unsigned.replace(/^(-?)\./, '$10.').replace(/\.$/, '');
  }

  /** ISO dates (YYYY-MM-DD, time part ignored) and UN/CEFACT format 102 (YYYYMMDD). */
  date(el: XmlElement | undefined, field: string): IsoDate | undefined {
    const text = textOf(el);
    if (text === undefined) return undefined;
    const format = attributeOf(el, 'format');
    const match =
      format === undefined || format === '102'
        ? (/^(\d{4})-?(\d{2})-?(\d{2})(?:$|[TZ+\s-])/.exec(text) ?? undefined)
        : undefined;
    const iso = match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
    if (iso === undefined || !isCalendarDate(iso)) {
      const how = format && format !== '102' ? ` (date format code ${format})` : '';
      this.report(
        'XML-DATE',
        'warning',
        `"${text}"${how} in ${field} is not a calendar date; it was left out.`,
        field,
      );
      return undefined;
    }
    return iso;
  }

  vatCategory(el: XmlElement | undefined, field: string): VatCategoryCode | undefined {
    const text = textOf(el)?.toUpperCase();
    if (text === undefined) return undefined;
    if (vatCategories.has(text)) return text as VatCategoryCode;
    this.report(
      'XML-VAT-CATEGORY',
      'error',
      `"${text}" in ${field} is not a VAT category code of EN 16931; it was left out.`,
      field,
    );
    return undefined;
  }

  /** Boolean indicators: "true"/"false" (CII udt:Indicator, UBL ChargeIndicator). */
  indicator(el: XmlElement | undefined): boolean | undefined {
    const text = textOf(el)?.toLowerCase();
    return text === 'true' || text === '1'
      ? true
      : text === 'false' || text === '0'
        ? false
        : undefined;
  }

  report(ruleId: string, severity: Finding['severity'], message: string, field: string): void {
    this.findings.push({ ruleId, severity, message, fields: [field] });
  }
}

function isCalendarDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** An identifier with its scheme (schemeID attribute), or undefined when the text is blank. */
export function identifierOf(el: XmlElement | undefined): Identifier | undefined {
  const value = textOf(el);
  if (value === undefined) return undefined;
  const scheme = attributeOf(el, 'schemeID');
  return scheme === undefined ? { value } : { value, scheme };
}

/** Drops keys whose value is undefined, so model objects carry only what the XML says. */
export function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The object without undefined keys, or undefined when nothing is left. */
export function nonEmpty<T extends object>(value: T): T | undefined {
  const result = defined(value);
  const entries = Object.values(result).filter((v) => !(Array.isArray(v) && v.length === 0));
  return entries.length > 0 ? result : undefined;
}
