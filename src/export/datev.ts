// DATEV "Buchungsstapel" (EXTF) for German accountants: one booking per VAT rate of each invoice,
// gross amount on the creditor account against the expense account of that rate. Windows-1252,
// ";" delimiter, decimal comma, Belegdatum TTMM (the year comes from the header's date range).
import type { VatBreakdown, VatCategoryCode } from '../domain/invoice.ts';
import { accountingText } from './accounting-text.ts';
import {
  bookingBasics,
  isCreditNote,
  lookupRate,
  rateKey,
  sellerName,
  vatSplit,
} from './accounting.ts';
import {
  datevColumn,
  datevColumns,
  datevHeaderLine,
  datevLine,
  datevTimestamp,
  type DatevField,
} from './datev-layout.ts';
import {
  documentRefusal,
  missingField,
  type AccountingResult,
  type ExportInput,
  type MissingField,
} from './export-types.ts';
import { centsText, formatDate, isNegative, negateDecimal, sumDecimals } from './format-values.ts';
import { encodeText, replacedWarning } from './text-encoding.ts';

export interface DatevAccount {
  /** Expense account (Gegenkonto) for this VAT rate. */
  readonly account: string;
  /** BU-Schlüssel; empty for automatic accounts that derive the input VAT themselves. */
  readonly taxKey: string;
}

export interface DatevOptions {
  /** Beraternummer (1001–9999999) and Mandantennummer (1–99999) of the DATEV client. */
  readonly consultantNumber: number;
  readonly clientNumber: number;
  /** Start of the fiscal year as MM-DD (Wirtschaftsjahr-Beginn). */
  readonly fiscalYearStart: string;
  /** Sachkontenlänge: digits of general ledger accounts. */
  readonly accountLength: number;
  readonly chart: 'SKR03' | 'SKR04';
  /** Konto: the creditor (Kreditor) or the collective payables account. */
  readonly creditorAccount: string;
  /** Keyed like "S:19", "S:7", or a category alone ("E", "Z"): see accounting.ts rateKey. */
  readonly accounts: Readonly<Record<string, DatevAccount>>;
  /** Stapel name (Bezeichnung, 30 characters). */
  readonly label: string;
  readonly initials: string;
  readonly exportedBy: string;
  /** Festschreibung: lock the bookings on import (GoBD); off so the accountant can still edit. */
  readonly locked: boolean;
  /** The client's base currency; invoices in other currencies need a rate and are refused. */
  readonly currency: string;
  readonly now: Date;
}

/** SKR03: 1600 Verbindlichkeiten aLuL; 3400/3300 Wareneingang 19 %/7 % Vorsteuer (automatic). */
export const datevSkr03: Pick<DatevOptions, 'chart' | 'creditorAccount' | 'accounts'> = {
  chart: 'SKR03',
  creditorAccount: '1600',
  accounts: {
    'S:19': { account: '3400', taxKey: '' },
    'S:7': { account: '3300', taxKey: '' },
    'S:0': { account: '3200', taxKey: '' },
    Z: { account: '3200', taxKey: '' },
    E: { account: '3200', taxKey: '' },
    O: { account: '3200', taxKey: '' },
  },
};

/** SKR04: 3300 Verbindlichkeiten aLuL; 5400/5300 Wareneingang 19 %/7 % Vorsteuer (automatic). */
export const datevSkr04: Pick<DatevOptions, 'chart' | 'creditorAccount' | 'accounts'> = {
  chart: 'SKR04',
  creditorAccount: '3300',
  accounts: {
    'S:19': { account: '5400', taxKey: '' },
    'S:7': { account: '5300', taxKey: '' },
    'S:0': { account: '5200', taxKey: '' },
    Z: { account: '5200', taxKey: '' },
    E: { account: '5200', taxKey: '' },
    O: { account: '5200', taxKey: '' },
  },
};

type ChartAccounts = Pick<DatevOptions, 'chart' | 'creditorAccount' | 'accounts'>;

/** The chart's accounts at a Sachkontenlänge: DATEV lengthens accounts on the right (1600 → 16000). */
export function datevChartAccounts(chart: DatevOptions['chart'], accountLength = 4): ChartAccounts {
  const base = chart === 'SKR04' ? datevSkr04 : datevSkr03;
  const pad = (account: string) => account.padEnd(accountLength, '0');
  const accounts = Object.fromEntries(
    Object.entries(base.accounts).map(([key, a]) => [key, { ...a, account: pad(a.account) }]),
  );
  return { chart: base.chart, creditorAccount: pad(base.creditorAccount), accounts };
}

export const defaultDatevOptions: Omit<DatevOptions, 'now'> = {
  consultantNumber: 1001,
  clientNumber: 1,
  fiscalYearStart: '01-01',
  accountLength: 4,
  ...datevSkr03,
  label: 'Rechnungseingang',
  initials: '',
  exportedBy: '',
  locked: false,
  currency: 'EUR',
};

interface Booking {
  readonly date: string;
  readonly fields: DatevField[];
}

/** The refusals of one invoice, or its bookings. */
export function datevBookings(
  input: ExportInput,
  o: Omit<DatevOptions, 'now'>,
): { bookings: Booking[]; missing: MissingField[] } {
  const { invoice } = input;
  const missing = bookingBasics(invoice);
  if (invoice.currency && invoice.currency !== o.currency) {
    const text = `The invoice is in ${invoice.currency}; DATEV needs an exchange rate to ${o.currency} for it, so book it by hand.`;
    missing.push(missingField('DATEV-CURRENCY', 'currency', text));
  }
  const split = vatSplit(invoice);
  missing.push(...split.missing);
  const accounts = split.entries.map((b) => lookupRate(o.accounts, b.category, b.rate));
  split.entries.forEach((b, i) => {
    if (!accounts[i]) missing.push(unmappedRate(b.category, b, i));
  });
  if (missing.length > 0) return { bookings: [], missing };
  const date = invoice.issueDate ?? '';
  const documentField = accountingText(invoice.invoiceNumber, 36, /[^A-Za-z0-9$&%*+\-/]+/g);
  const text = accountingText(sellerName(invoice), 60);
  const credit = isCreditNote(invoice);
  const bookings = split.entries.map((b, i): Booking => {
    const gross = sumDecimals([b.taxableAmount, b.taxAmount]);
    // The creditor is credited ("H") by an invoice; a credit note or a negative amount reverses it.
    const reversed = credit !== isNegative(gross);
    const account = accounts[i] as DatevAccount;
    const fields: DatevField[] = Array.from({ length: datevColumns.length }, () => '');
    const set = (column: number, value: DatevField) => (fields[column - 1] = value);
    set(
      datevColumn.amount,
      centsText(isNegative(gross) ? negateDecimal(gross) : gross).replace('.', ','),
    );
    set(datevColumn.debitCredit, { text: reversed ? 'S' : 'H' });
    set(datevColumn.currency, { text: invoice.currency ?? o.currency });
    set(datevColumn.account, o.creditorAccount);
    set(datevColumn.contraAccount, account.account);
    if (account.taxKey) set(datevColumn.taxKey, { text: account.taxKey });
    set(datevColumn.documentDate, `${date.slice(8, 10)}${date.slice(5, 7)}`);
    set(datevColumn.documentField1, { text: documentField });
    set(datevColumn.postingText, { text });
    const service = formatDate(invoice.deliveryDate, 'DD.MM.YYYY')?.replaceAll('.', '');
    if (service) set(datevColumn.serviceDate, service);
    const due = formatDate(invoice.dueDate, 'DD.MM.YYYY')?.replaceAll('.', '');
    if (due) set(datevColumn.dueDate, due);
    return { date, fields };
  });
  return { bookings, missing: [] };
}

function unmappedRate(category: VatCategoryCode, b: VatBreakdown, i: number): MissingField {
  const key = rateKey(category, b.rate);
  return missingField(
    'DATEV-ACCOUNT',
    `vatBreakdown[${i}]`,
    `No DATEV expense account is set for VAT "${key}"; add one in the DATEV export settings.`,
  );
}

/** The fiscal year containing an ISO date, as its first day (JJJJMMTT) and the next one's. */
function fiscalYear(date: string, start: string): { first: string; next: string } {
  const mmdd = start.replace('-', '');
  const year = Number(date.slice(0, 4)) - (date.slice(5).replace('-', '') < mmdd ? 1 : 0);
  return { first: `${year}${mmdd}`, next: `${year + 1}${mmdd}` };
}

export function exportDatev(
  inputs: readonly ExportInput[],
  options: Partial<DatevOptions> = {},
): AccountingResult {
  // A chart or length alone brings that chart's accounts; given accounts replace them.
  const chart = datevChartAccounts(options.chart ?? 'SKR03', options.accountLength);
  const o = { ...defaultDatevOptions, ...chart, ...options };
  const results = inputs.map((input) => ({ input, ...datevBookings(input, o) }));
  const refused = results.filter((r) => r.missing.length > 0);
  if (refused.length > 0) {
    return { ok: false, refused: refused.map((r) => documentRefusal(r.input, r.missing)) };
  }
  const bookings = results.flatMap((r) => r.bookings);
  const dates = bookings.map((b) => b.date.replaceAll('-', '')).sort();
  const from = dates[0] ?? '';
  const to = dates[dates.length - 1] ?? '';
  const year = fiscalYear(bookings[0]?.date ?? '', o.fiscalYearStart);
  if (bookings.some((b) => fiscalYear(b.date, o.fiscalYearStart).first !== year.first)) {
    const message =
      'DATEV takes one fiscal year per file; export the invoices of each year separately.';
    const missing = [missingField('DATEV-FISCAL-YEAR', 'issueDate', message)];
    return { ok: false, refused: inputs.map((input) => documentRefusal(input, missing)) };
  }
  const header = datevHeaderLine({
    createdAt: datevTimestamp(o.now ?? new Date()),
    origin: 'IC',
    exportedBy: accountingText(o.exportedBy, 25),
    consultantNumber: o.consultantNumber,
    clientNumber: o.clientNumber,
    fiscalYearStart: year.first,
    accountLength: o.accountLength,
    from,
    to,
    label: accountingText(o.label, 30),
    initials: accountingText(o.initials, 2),
    locked: o.locked,
    currency: o.currency,
    chart: o.chart === 'SKR04' ? '04' : '03',
  });
  const rows = bookings.map((b) => datevLine(b.fields)).join('');
  const { bytes, replaced } = encodeText(header + datevLine(datevColumns) + rows, 'windows-1252');
  const warnings = replacedWarning(replaced);
  return { ok: true, content: { bytes, mimeType: 'text/csv;charset=windows-1252', warnings } };
}
