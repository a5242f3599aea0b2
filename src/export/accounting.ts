// What the accounting imports (DATEV, QuickBooks, Xero) share: the fields every booking needs, VAT
// rate keys for the users' tax-code tables, and the invoice split into booking lines.
import type {
  Decimal,
  Invoice,
  InvoiceLine,
  VatBreakdown,
  VatCategoryCode,
} from '../domain/invoice.ts';
import { compare, formatDec, mul, parseDecimal, round } from '../domain/rules/decimal.ts';
import { missingField, type MissingField } from './export-types.ts';
import { amountText, isIsoDate, negateDecimal, oneLine, sumDecimals } from './format-values.ts';

/** UNTDID 1001 codes of credit notes: bookings reverse, bill imports cannot take them. */
export const creditNoteTypes: ReadonlySet<string> = new Set([
  '81',
  '83',
  '261',
  '262',
  '296',
  '308',
  '381',
  '396',
  '420',
  '458',
  '532',
]);

export function isCreditNote(invoice: Invoice): boolean {
  return creditNoteTypes.has(invoice.documentType?.trim() ?? '');
}

export function sellerName(invoice: Invoice): string | undefined {
  return oneLine(invoice.seller?.name) ?? oneLine(invoice.seller?.tradingName);
}

/** Number, date, seller and a gross total: without them no booking can be made. */
export function bookingBasics(invoice: Invoice): MissingField[] {
  const missing: MissingField[] = [];
  if (!oneLine(invoice.invoiceNumber))
    missing.push(missingField('BR-02', 'invoiceNumber', 'The invoice number is missing.'));
  if (!isIsoDate(invoice.issueDate))
    missing.push(missingField('BR-03', 'issueDate', 'The invoice date is missing.'));
  if (!sellerName(invoice))
    missing.push(missingField('BR-06', 'seller.name', "The seller's name is missing."));
  if (amountText(invoice.totals.grossTotal) === undefined)
    missing.push(
      missingField('BR-14', 'totals.grossTotal', 'The invoice total with VAT is missing.'),
    );
  return missing;
}

/** "S:19" for 19 % standard rate, "E" for exempt: the key users map to their tax codes. */
export function rateKey(category: VatCategoryCode | undefined, rate: Decimal | undefined): string {
  const value = parseDecimal(rate);
  if (!category) return value ? `:${trimZeros(value)}` : '';
  return value ? `${category}:${trimZeros(value)}` : category;
}

function trimZeros(value: NonNullable<ReturnType<typeof parseDecimal>>): string {
  const text = formatDec(value);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** The code a table maps a VAT rate to: "S:19" first, then the category alone ("S"). */
export function lookupRate<T>(
  table: Readonly<Record<string, T>>,
  category: VatCategoryCode | undefined,
  rate: Decimal | undefined,
): T | undefined {
  return table[rateKey(category, rate)] ?? (category ? table[category] : undefined);
}

/** VAT breakdown entries usable for bookings, and whether they add up to the gross total. */
export function vatSplit(invoice: Invoice): { entries: VatBreakdown[]; missing: MissingField[] } {
  const entries = invoice.vatBreakdown.filter(
    (b) => amountText(b.taxableAmount) !== undefined && amountText(b.taxAmount) !== undefined,
  );
  if (entries.length === 0) {
    return {
      entries,
      missing: [
        missingField(
          'BR-CO-18',
          'vatBreakdown',
          'The invoice has no VAT breakdown (net amount and VAT per rate), so it cannot be split into bookings.',
        ),
      ],
    };
  }
  const gross = parseDecimal(invoice.totals.grossTotal);
  const total = parseDecimal(sumDecimals(entries.flatMap((b) => [b.taxableAmount, b.taxAmount])));
  if (gross && total && compare(gross, total) !== 0) {
    const text = `The VAT breakdown adds up to ${formatDec(total, 2)}, but the invoice total is ${formatDec(gross, 2)}.`;
    return {
      entries,
      missing: [missingField('BR-CO-15', ['vatBreakdown', 'totals.grossTotal'], text)],
    };
  }
  return { entries, missing: [] };
}

export interface BookingLine {
  readonly description: string;
  readonly quantity: Decimal;
  /** Net price per unit; quantity × unitAmount = net. */
  readonly unitAmount: Decimal;
  readonly net: Decimal;
  readonly vatCategory?: VatCategoryCode;
  readonly vatRate?: Decimal;
  /** Known only where the line is one VAT rate of the breakdown. */
  readonly taxAmount?: Decimal;
}

/** Invoice lines (and document-level allowances and charges), or one line per VAT rate. */
export function bookingLines(invoice: Invoice): BookingLine[] {
  if (invoice.lines.length === 0) {
    return invoice.vatBreakdown.map((b) => ({
      description: `Net ${b.rate === undefined ? b.category : `${b.rate} %`}`,
      quantity: '1',
      unitAmount: amountText(b.taxableAmount) ?? '0.00',
      net: amountText(b.taxableAmount) ?? '0.00',
      vatCategory: b.category,
      ...(b.rate === undefined ? {} : { vatRate: b.rate }),
      taxAmount: amountText(b.taxAmount) ?? '0.00',
    }));
  }
  const lines = invoice.lines.map((line, i): BookingLine => {
    const net = amountText(line.lineTotal) ?? '0.00';
    const { quantity, unitAmount } = quantityAndPrice(line, net);
    return {
      description: oneLine(line.name) ?? oneLine(line.description) ?? `Line ${line.id ?? i + 1}`,
      quantity,
      unitAmount,
      net,
      ...(line.vatCategory ? { vatCategory: line.vatCategory } : {}),
      ...(line.vatRate === undefined ? {} : { vatRate: line.vatRate }),
    };
  });
  const extras = (invoice.allowancesCharges ?? []).map((ac): BookingLine => {
    const amount = amountText(ac.amount) ?? '0.00';
    const net = ac.isCharge ? amount : negateDecimal(amount);
    return {
      description: oneLine(ac.reason) ?? (ac.isCharge ? 'Charge' : 'Allowance'),
      quantity: '1',
      unitAmount: net,
      net,
      ...(ac.vatCategory ? { vatCategory: ac.vatCategory } : {}),
      ...(ac.vatRate === undefined ? {} : { vatRate: ac.vatRate }),
    };
  });
  return [...lines, ...extras];
}

/** The line's quantity and price when they multiply to its net amount, else 1 × net. */
function quantityAndPrice(
  line: InvoiceLine,
  net: Decimal,
): { quantity: Decimal; unitAmount: Decimal } {
  const q = parseDecimal(line.quantity);
  const p = parseDecimal(line.unitPrice);
  const base = parseDecimal(line.priceBaseQuantity);
  const n = parseDecimal(net);
  const perUnit = base === undefined || compare(base, { units: 1n, scale: 0 }) === 0;
  if (q && p && n && perUnit && compare(round(mul(q, p), 2), n) === 0) {
    return { quantity: formatDec(q), unitAmount: formatDec(p, 2) };
  }
  return { quantity: '1', unitAmount: net };
}
