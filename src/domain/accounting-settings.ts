// The accounting imports' settings (DATEV, QuickBooks, Xero) as the user saves them: plain data in
// the export engine's shapes (defaults checked against src/export by a unit test), a sanitiser for
// stored records, and the checks the export dialog shows before anything is exported.

export const datevCharts = ['SKR03', 'SKR04'] as const;
export const datevAccountLengths = [4, 5, 6, 7, 8] as const;
export const billDateFormats = ['DD/MM/YYYY', 'MM/DD/YYYY'] as const;
export const quickBooksPartyLabels = ['Supplier', 'Vendor'] as const;

/** An expense account (Gegenkonto) and BU-Schlüssel for one VAT key, replacing the chart's. */
export interface DatevAccountSetting {
  /** A VAT key like "S:19", "AE" or ":19" (see src/export/accounting.ts rateKey). */
  readonly key: string;
  /** Empty: the chart's account for the key (none for keys the chart lacks). */
  readonly account: string;
  readonly taxKey: string;
}

export interface DatevSettings {
  /** Beraternummer 1001–9999999. */
  readonly consultantNumber: number;
  /** Mandantennummer 1–99999. */
  readonly clientNumber: number;
  /** Wirtschaftsjahr-Beginn as MM-DD. */
  readonly fiscalYearStart: string;
  /** Sachkontenlänge 4–8; creditor numbers have one digit more. */
  readonly accountLength: number;
  readonly chart: (typeof datevCharts)[number];
  /** Empty: the chart's payables account (SKR03 1600, SKR04 3300). */
  readonly creditorAccount: string;
  readonly accounts: readonly DatevAccountSetting[];
  /** Stapel name (Bezeichnung), at most 30 characters. */
  readonly label: string;
  /** Diktatkürzel, at most 2 characters. */
  readonly initials: string;
  /** Festschreibung of the bookings on import. */
  readonly locked: boolean;
}

/** A tax code (QuickBooks) or tax rate name (Xero) for one VAT key. */
export interface TaxCodeSetting {
  readonly key: string;
  /** Empty: lines of this VAT key get no code. */
  readonly code: string;
}

export interface QuickBooksSettings {
  readonly account: string;
  readonly taxCodes: readonly TaxCodeSetting[];
  readonly dateFormat: (typeof billDateFormats)[number];
  readonly partyLabel: (typeof quickBooksPartyLabels)[number];
}

export interface XeroSettings {
  readonly accountCode: string;
  readonly taxTypes: readonly TaxCodeSetting[];
  /** For lines whose VAT key has no tax rate; empty refuses such invoices. */
  readonly defaultTaxType: string;
  readonly dateFormat: (typeof billDateFormats)[number];
}

export const defaultDatevSettings: DatevSettings = {
  consultantNumber: 1001,
  clientNumber: 1,
  fiscalYearStart: '01-01',
  accountLength: 4,
  chart: 'SKR03',
  creditorAccount: '',
  accounts: [],
  label: 'Rechnungseingang',
  initials: '',
  locked: false,
};

export const defaultQuickBooksSettings: QuickBooksSettings = {
  account: 'Uncategorized Expense',
  taxCodes: [
    { key: 'S:20', code: '20.0% S' },
    { key: 'S:5', code: '5.0% R' },
    { key: 'S:0', code: '0.0% Z' },
    { key: 'Z', code: '0.0% Z' },
    { key: 'E', code: 'Exempt' },
  ],
  dateFormat: 'DD/MM/YYYY',
  partyLabel: 'Supplier',
};

export const defaultXeroSettings: XeroSettings = {
  accountCode: '429',
  taxTypes: [
    { key: 'S:20', code: '20% (VAT on Expenses)' },
    { key: 'S:5', code: '5% (VAT on Expenses)' },
    { key: 'S:0', code: 'Zero Rated Expenses' },
    { key: 'Z', code: 'Zero Rated Expenses' },
    { key: 'E', code: 'Exempt Expenses' },
    { key: 'O', code: 'No VAT' },
  ],
  defaultTaxType: '',
  dateFormat: 'DD/MM/YYYY',
};

/** A reason a setting cannot be used; `code` names the message (export.accounting.error.*). */
export interface AccountingProblem {
  /** The setting: "consultantNumber", or a table cell like "accounts.S:19.account". */
  readonly field: string;
  readonly code: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

const vatCategories = ['S', 'Z', 'E', 'AE', 'K', 'G', 'O', 'L', 'M'];

/** "s:19,00 " → "S:19": the spelling the engine's rateKey produces. */
export function normalizeRateKey(text: string): string {
  const key = text.replace(/\s+/g, '').toUpperCase().replace(',', '.');
  return key.replace(/(:\d+)\.(\d*?)0*$/, (_, whole: string, fraction: string) =>
    fraction ? `${whole}.${fraction}` : whole,
  );
}

/** Why a VAT key cannot be added (malformed, or already in the table), or undefined. */
export function rateKeyProblem(key: string, existing: readonly string[]): string | undefined {
  const match = /^([A-Z]{1,2})?(?::(\d{1,2}(?:\.\d{1,4})?))?$/.exec(key);
  if (!key || !match || (!match[1] && !match[2])) return 'rateKey';
  if (match[1] && !vatCategories.includes(match[1])) return 'rateKey';
  return existing.includes(key) ? 'rateKeyTaken' : undefined;
}

const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** MM-DD of a day every year has (no 29 February). */
export function isMonthDay(value: string): boolean {
  const match = /^(\d{2})-(\d{2})$/.exec(value);
  const month = Number(match?.[1]);
  const day = Number(match?.[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= (daysInMonth[month - 1] ?? 0);
}

const inRange = (value: number, min: number, max: number) =>
  Number.isInteger(value) && value >= min && value <= max;
const digits = (value: string) => /^\d+$/.test(value);

/** Everything that stops the DATEV settings from making a file the accountant can import. */
export function datevProblems(s: DatevSettings): AccountingProblem[] {
  const problems: AccountingProblem[] = [];
  const add = (field: string, code: string, params?: AccountingProblem['params']) =>
    problems.push({ field, code, ...(params ? { params } : {}) });
  if (!inRange(s.consultantNumber, 1001, 9999999)) add('consultantNumber', 'consultantNumber');
  if (!inRange(s.clientNumber, 1, 99999)) add('clientNumber', 'clientNumber');
  if (!isMonthDay(s.fiscalYearStart)) add('fiscalYearStart', 'fiscalYearStart');
  const length = s.accountLength;
  if (!inRange(length, 4, 8)) add('accountLength', 'accountLength');
  const creditor = s.creditorAccount;
  // The payables account is a general ledger account; a Kreditor number has one digit more.
  if (creditor && (!digits(creditor) || ![length, length + 1].includes(creditor.length)))
    add('creditorAccount', 'creditorAccount', { length, creditorLength: length + 1 });
  for (const row of s.accounts) {
    const at = `accounts.${row.key}`;
    if (row.account && (!digits(row.account) || row.account.length !== length))
      add(`${at}.account`, 'account', { length });
    if (!row.account && row.taxKey) add(`${at}.account`, 'accountForTaxKey');
    if (row.taxKey && !/^\d{1,4}$/.test(row.taxKey)) add(`${at}.taxKey`, 'taxKey');
  }
  if (s.label.length > 30) add('label', 'tooLong', { max: 30 });
  if (s.initials.length > 2) add('initials', 'tooLong', { max: 2 });
  return problems;
}

export function quickBooksProblems(s: QuickBooksSettings): AccountingProblem[] {
  const problems: AccountingProblem[] = [];
  if (!s.account.trim()) problems.push({ field: 'account', code: 'required' });
  else if (s.account.length > 100)
    problems.push({ field: 'account', code: 'tooLong', params: { max: 100 } });
  return [...problems, ...codeProblems('taxCodes', s.taxCodes, 100)];
}

export function xeroProblems(s: XeroSettings): AccountingProblem[] {
  const problems: AccountingProblem[] = [];
  if (!s.accountCode.trim()) problems.push({ field: 'accountCode', code: 'required' });
  else if (!/^[A-Za-z0-9._-]{1,10}$/.test(s.accountCode))
    problems.push({ field: 'accountCode', code: 'accountCode' });
  if (s.defaultTaxType.length > 50)
    problems.push({ field: 'defaultTaxType', code: 'tooLong', params: { max: 50 } });
  return [...problems, ...codeProblems('taxTypes', s.taxTypes, 50)];
}

function codeProblems(
  table: string,
  rows: readonly TaxCodeSetting[],
  max: number,
): AccountingProblem[] {
  return rows
    .filter((row) => row.code.length > max)
    .map((row) => ({ field: `${table}.${row.key}`, code: 'tooLong', params: { max } }));
}
