// The column registry of the spreadsheet exports (CSV, XLSX): stable ids the UI saves in presets,
// English and German labels, and a getter that reads one value from the invoice model.
import type { Address, Invoice, InvoiceLine, Party, VatBreakdown } from '../domain/invoice.ts';
import type { ExportInput } from './export-types.ts';

/** How a value is written: amounts with 2+ decimals, dates in the chosen format, numbers as is. */
export type ColumnType = 'text' | 'amount' | 'price' | 'quantity' | 'rate' | 'count' | 'date';
/** 'invoice' columns fit every row; 'line' columns only rows of one invoice line. */
export type ColumnLevel = 'invoice' | 'line';
export type ColumnLanguage = 'en' | 'de';

export interface RowSource {
  readonly input: ExportInput;
  /** Present on line rows. */
  readonly line?: InvoiceLine;
}

export interface ColumnDef<Id extends string = string> {
  readonly id: Id;
  readonly level: ColumnLevel;
  readonly type: ColumnType;
  readonly label: Readonly<Record<ColumnLanguage, string>>;
  /** Decimal text for numeric types, ISO date for dates, plain text otherwise. */
  readonly value: (row: RowSource) => string | undefined;
}

function column<const Id extends string>(
  id: Id,
  level: ColumnLevel,
  type: ColumnType,
  en: string,
  de: string,
  value: (row: RowSource) => string | undefined,
): ColumnDef<Id> {
  return { id, level, type, label: { en, de }, value };
}

type Get = (invoice: Invoice) => string | undefined;
const inv = <const Id extends string>(id: Id, type: ColumnType, en: string, de: string, get: Get) =>
  column(id, 'invoice', type, en, de, ({ input }) => get(input.invoice));
const line = <const Id extends string>(
  id: Id,
  type: ColumnType,
  en: string,
  de: string,
  get: (line: InvoiceLine) => string | undefined,
) => column(id, 'line', type, en, de, (row) => (row.line ? get(row.line) : undefined));

const street = (address: Address | undefined) => address?.lines.join(', ') || undefined;
const vat = (i: Invoice, n: number): VatBreakdown | undefined => i.vatBreakdown[n];
const vatText = (b: VatBreakdown) =>
  `${b.category}${b.rate === undefined ? '' : ` ${b.rate} %`}: ${b.taxableAmount} + ${b.taxAmount}`;
const partyColumns = <const P extends 'seller' | 'buyer'>(p: P, en: string, de: string) => {
  const party = (i: Invoice): Party | undefined => i[p];
  return [
    inv(`${p}Name`, 'text', en, de, (i) => party(i)?.name ?? party(i)?.tradingName),
    inv(`${p}VatId`, 'text', `${en} VAT ID`, `USt-IdNr. ${de}`, (i) => party(i)?.vatId),
    inv(`${p}TaxNumber`, 'text', `${en} tax number`, `Steuernummer ${de}`, (i) => {
      return party(i)?.taxRegistrationId;
    }),
    inv(`${p}Street`, 'text', `${en} street`, `Straße ${de}`, (i) => street(party(i)?.address)),
    inv(`${p}PostalCode`, 'text', `${en} postcode`, `PLZ ${de}`, (i) => {
      return party(i)?.address?.postalCode;
    }),
    inv(`${p}City`, 'text', `${en} city`, `Ort ${de}`, (i) => party(i)?.address?.city),
    inv(`${p}Country`, 'text', `${en} country`, `Land ${de}`, (i) => {
      return party(i)?.address?.countryCode;
    }),
    inv(`${p}Email`, 'text', `${en} e-mail`, `E-Mail ${de}`, (i) => party(i)?.contact?.email),
  ] as const;
};
const vatColumns = <const N extends 1 | 2 | 3>(n: N) =>
  [
    inv(`vat${n}Rate`, 'rate', `VAT ${n} rate`, `USt ${n} Satz`, (i) => vat(i, n - 1)?.rate),
    inv(`vat${n}Net`, 'amount', `VAT ${n} net`, `USt ${n} netto`, (i) => {
      return vat(i, n - 1)?.taxableAmount;
    }),
    inv(`vat${n}Tax`, 'amount', `VAT ${n} amount`, `USt ${n} Betrag`, (i) => {
      return vat(i, n - 1)?.taxAmount;
    }),
  ] as const;

export const columnDefs = [
  column('documentId', 'invoice', 'text', 'Document ID', 'Dokument-ID', (r) => r.input.document.id),
  column('fileName', 'invoice', 'text', 'File', 'Datei', (r) => r.input.document.name),
  column('reviewStatus', 'invoice', 'text', 'Review status', 'Prüfstatus', (r) => {
    return r.input.document.review?.status;
  }),
  inv('documentType', 'text', 'Document type', 'Belegart', (i) => i.documentType),
  inv('invoiceNumber', 'text', 'Invoice number', 'Rechnungsnummer', (i) => i.invoiceNumber),
  inv('issueDate', 'date', 'Invoice date', 'Rechnungsdatum', (i) => i.issueDate),
  inv('dueDate', 'date', 'Due date', 'Fälligkeit', (i) => i.dueDate),
  inv('deliveryDate', 'date', 'Delivery date', 'Lieferdatum', (i) => i.deliveryDate),
  inv('periodStart', 'date', 'Period from', 'Leistungszeitraum von', (i) => i.period?.start),
  inv('periodEnd', 'date', 'Period to', 'Leistungszeitraum bis', (i) => i.period?.end),
  inv('currency', 'text', 'Currency', 'Währung', (i) => i.currency),
  ...partyColumns('seller', 'Seller', 'Lieferant'),
  ...partyColumns('buyer', 'Buyer', 'Rechnungsempfänger'),
  inv('buyerReference', 'text', 'Buyer reference', 'Käuferreferenz', (i) => i.buyerReference),
  inv('purchaseOrder', 'text', 'Purchase order', 'Bestellnummer', (i) => i.purchaseOrder),
  inv('paymentTerms', 'text', 'Payment terms', 'Zahlungsbedingungen', (i) => i.paymentTerms),
  inv('iban', 'text', 'IBAN', 'IBAN', (i) => i.payment?.accounts[0]?.iban),
  inv('bic', 'text', 'BIC', 'BIC', (i) => i.payment?.accounts[0]?.bic),
  inv('paymentReference', 'text', 'Payment reference', 'Verwendungszweck', (i) => {
    return i.payment?.remittanceInformation;
  }),
  inv('netTotal', 'amount', 'Net total', 'Nettobetrag', (i) => i.totals.netTotal),
  inv('taxTotal', 'amount', 'VAT total', 'Umsatzsteuer', (i) => i.totals.taxTotal),
  inv('grossTotal', 'amount', 'Gross total', 'Bruttobetrag', (i) => i.totals.grossTotal),
  inv('prepaid', 'amount', 'Paid in advance', 'Bereits gezahlt', (i) => i.totals.prepaid),
  inv('amountDue', 'amount', 'Amount due', 'Zahlbetrag', (i) => i.totals.amountDue),
  ...vatColumns(1),
  ...vatColumns(2),
  ...vatColumns(3),
  inv('vatBreakdown', 'text', 'VAT breakdown', 'USt-Aufteilung', (i) => {
    return i.vatBreakdown.map(vatText).join('; ') || undefined;
  }),
  inv('lineCount', 'count', 'Lines', 'Positionen', (i) => String(i.lines.length)),
  line('lineNumber', 'text', 'Line', 'Pos.', (l) => l.id),
  line('lineName', 'text', 'Item', 'Artikel', (l) => l.name),
  line('lineDescription', 'text', 'Description', 'Beschreibung', (l) => l.description),
  line('lineItemId', 'text', 'Item number', 'Artikelnummer', (l) => l.sellerItemId),
  line('lineQuantity', 'quantity', 'Quantity', 'Menge', (l) => l.quantity),
  line('lineUnit', 'text', 'Unit', 'Einheit', (l) => l.unitCode),
  line('lineUnitPrice', 'price', 'Unit price', 'Einzelpreis', (l) => l.unitPrice),
  line('lineNet', 'amount', 'Line net', 'Positionsbetrag netto', (l) => l.lineTotal),
  line('lineVatCategory', 'text', 'VAT category', 'USt-Kategorie', (l) => l.vatCategory),
  line('lineVatRate', 'rate', 'VAT rate', 'USt-Satz', (l) => l.vatRate),
] as const;

export type ColumnId = (typeof columnDefs)[number]['id'];

const byId: ReadonlyMap<string, ColumnDef> = new Map(columnDefs.map((def) => [def.id, def]));

export function isColumnId(id: string): id is ColumnId {
  return byId.has(id);
}

/** The definitions of saved column ids; unknown ids (from an older preset) are skipped. */
export function columnsFor(ids: readonly string[], level: 'invoice' | 'line'): ColumnDef[] {
  return ids
    .map((id) => byId.get(id))
    .filter((def): def is ColumnDef => def !== undefined)
    .filter((def) => level === 'line' || def.level === 'invoice');
}

/** Columns the UI may offer for a row layout. */
export function availableColumns(rows: 'invoice' | 'line'): readonly ColumnDef[] {
  return columnDefs.filter((def) => rows === 'line' || def.level === 'invoice');
}

/** One row per invoice, or one per line (an invoice without lines still gets one row). */
export function rowSources(inputs: readonly ExportInput[], rows: 'invoice' | 'line'): RowSource[] {
  if (rows === 'invoice') return inputs.map((input) => ({ input }));
  return inputs.flatMap((input) =>
    input.invoice.lines.length === 0
      ? [{ input }]
      : input.invoice.lines.map((line) => ({ input, line })),
  );
}
