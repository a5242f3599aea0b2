// The invoice model the content generator produces and the layouts print; amounts in integer minor units.

export type Country =
  | 'DE'
  | 'AT'
  | 'CH'
  | 'FR'
  | 'BE'
  | 'NL'
  | 'LU'
  | 'IT'
  | 'ES'
  | 'GB'
  | 'IE'
  | 'US'
  | 'IN'
  | 'MY'
  | 'PL'
  | 'SE'
  | 'DK';

export type Lang = 'en' | 'de' | 'fr' | 'nl' | 'es' | 'it';

/** UNTDID 1001 codes as in the bench ground truth, plus shop receipts. */
export type DocumentType = '380' | '381' | '384' | '389' | 'receipt';

/** A decimal as a scaled integer: value = units / 10^scale (quantities, unit prices). */
export interface Dec {
  readonly units: number;
  readonly scale: number;
}

export interface NumberStyle {
  readonly group: string;
  readonly decimal: string;
  /** Indian grouping 12,34,567.89. */
  readonly indian?: boolean;
}

export interface MoneyStyle {
  readonly number: NumberStyle;
  /** What stands for the currency next to amounts: "€", "EUR", "RM", "kr" … */
  readonly symbol: string;
  readonly position: 'before' | 'after';
  readonly space: boolean;
  readonly negative: 'minus' | 'parens' | 'trailing';
  /** Where the symbol is printed at all. */
  readonly on: 'all' | 'totals' | 'none';
}

export type DateStyle =
  | 'iso'
  | 'dmy-dot'
  | 'dmy-slash'
  | 'dmy-dash'
  | 'mdy-slash'
  | 'dmy-dot-short'
  | 'dmy-slash-short'
  | 'd-month-y'
  | 'd-dot-month-y'
  | 'month-d-y'
  | 'd-mon-y-dash'
  | 'd-mon-y'
  | 'mon-d-y'
  | 'ymd-slash'
  | 'ymd-dot';

export interface DocFormat {
  readonly lang: Lang;
  readonly country: Country;
  readonly currency: string;
  readonly money: MoneyStyle;
  readonly date: DateStyle;
  /** Quantities with decimals use the same separators as amounts. */
  readonly number: NumberStyle;
}

export interface Address {
  readonly street: readonly string[];
  readonly postcode: string;
  readonly city: string;
  readonly region?: string;
  readonly country: Country;
}

export interface Party {
  readonly name: string;
  readonly address: Address;
  readonly vatId?: string;
  readonly taxNumber?: string;
  /** Trade register entry, e.g. "HRB 12345, Amtsgericht Köln" or "RCS Lyon B 123 456 789". */
  readonly register?: string;
  readonly phone?: string;
  readonly fax?: string;
  readonly email?: string;
  readonly web?: string;
  readonly contact?: string;
  readonly isPerson: boolean;
}

export interface LineItem {
  readonly index: number;
  readonly sku?: string;
  readonly description: string;
  /** A second, smaller line under the description (serial number, period): not the description. */
  readonly detail?: string;
  readonly quantity: Dec;
  readonly unit?: string;
  /** Net unit price, or gross when the document prints prices including VAT. */
  readonly unitPrice: Dec;
  readonly discountPct?: number;
  /** Basis points: 1900 = 19 %. */
  readonly vatRate: number;
  /** Net line amount in minor units (gross when prices include VAT). */
  readonly lineTotal: number;
}

export interface VatRow {
  readonly rate: number;
  readonly base: number;
  readonly amount: number;
  /** Tax name when not plain VAT: "CGST", "SGST", "SST", "Sales Tax". */
  readonly name?: string;
}

export interface Adjustment {
  readonly kind: 'discount' | 'shipping' | 'fee';
  /** Net amount in minor units; positive, the sign comes from the kind. */
  readonly amount: number;
  readonly rate: number;
  readonly percent?: number;
}

export interface Totals {
  readonly linesTotal: number;
  readonly adjustments: readonly Adjustment[];
  readonly net: number;
  readonly vat: readonly VatRow[];
  readonly tax: number;
  readonly gross: number;
  readonly prepaid: number;
  /** Cash rounding on receipts (Malaysia rounds to 5 sen). */
  readonly rounding: number;
  readonly due: number;
}

export interface Payment {
  readonly terms: string;
  readonly days: number;
  readonly iban?: string;
  readonly bic?: string;
  readonly bankName?: string;
  readonly accountNumber?: string;
  readonly method: 'transfer' | 'card' | 'cash' | 'direct-debit' | 'paypal';
}

export interface Receipt {
  readonly cashier: string;
  readonly till: string;
  readonly tendered: number;
  readonly change: number;
  readonly time: string;
}

export interface Invoice {
  readonly seed: number;
  readonly docType: DocumentType;
  readonly format: DocFormat;
  readonly seller: Party;
  readonly buyer?: Party;
  readonly shipTo?: Party;
  readonly number: string;
  readonly issueDate: string;
  readonly dueDate?: string;
  readonly deliveryDate?: string;
  readonly orderNumber?: string;
  readonly customerNumber?: string;
  readonly deliveryNote?: string;
  readonly reference?: string;
  /** Invoice that a credit note or correction refers to. */
  readonly precedingInvoice?: string;
  readonly lines: readonly LineItem[];
  readonly pricesIncludeVat: boolean;
  readonly totals: Totals;
  readonly payment: Payment;
  readonly notes: readonly string[];
  readonly receipt?: Receipt;
}

/** The bench ground-truth fields (a subset is filled from what the page shows). */
export interface Truth {
  documentType: string | null;
  invoiceNumber: string | null;
  issueDate: string | null;
  dueDate: string | null;
  currency: string | null;
  sellerName: string | null;
  buyerName: string | null;
  sellerVatId: string | null;
  netTotal: string | null;
  taxTotal: string | null;
  grossTotal: string | null;
  lines: {
    description: string | null;
    quantity: string | null;
    unitPrice: string | null;
    lineTotal: string | null;
  }[];
  fieldsCovered: string[];
  extra: Record<string, string | null>;
}

export interface Word {
  text: string;
  box: [number, number, number, number];
  label: string;
  line: number;
}

export interface PageWords {
  width: number;
  height: number;
  words: Word[];
}

export interface GeneratedDoc {
  id: string;
  seed: number;
  family: string;
  locale: string;
  pages: PageWords[];
  truth: Truth;
}
