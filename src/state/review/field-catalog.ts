// The header fields the review form shows, in reading order, grouped as a bookkeeper checks them.
// Paths are invoice model paths; the kind decides the input (date picker, amount, code list).
export type FieldKind =
  'text' | 'date' | 'amount' | 'decimal' | 'currency' | 'country' | 'documentType' | 'vatCategory';

export type FieldGroup = 'document' | 'seller' | 'buyer' | 'payment' | 'totals';

export interface FieldDefinition {
  readonly path: string;
  readonly group: FieldGroup;
  readonly kind: FieldKind;
}

const field = (path: string, group: FieldGroup, kind: FieldKind = 'text'): FieldDefinition => ({
  path,
  group,
  kind,
});

const party = (who: 'seller' | 'buyer'): FieldDefinition[] => [
  field(`${who}.name`, who),
  field(`${who}.vatId`, who),
  ...(who === 'seller' ? [field('seller.taxRegistrationId', who)] : []),
  field(`${who}.address.lines[0]`, who),
  field(`${who}.address.postalCode`, who),
  field(`${who}.address.city`, who),
  field(`${who}.address.countryCode`, who, 'country'),
];

export const fieldGroups: readonly FieldGroup[] = [
  'document',
  'seller',
  'buyer',
  'payment',
  'totals',
];

export const headerFields: readonly FieldDefinition[] = [
  field('invoiceNumber', 'document'),
  field('issueDate', 'document', 'date'),
  field('documentType', 'document', 'documentType'),
  field('currency', 'document', 'currency'),
  field('dueDate', 'document', 'date'),
  field('deliveryDate', 'document', 'date'),
  field('buyerReference', 'document'),
  field('purchaseOrder', 'document'),
  ...party('seller'),
  ...party('buyer'),
  field('payment.accounts[0].iban', 'payment'),
  field('payment.accounts[0].bic', 'payment'),
  field('payment.remittanceInformation', 'payment'),
  field('paymentTerms', 'payment'),
  field('totals.lineTotal', 'totals', 'amount'),
  field('totals.netTotal', 'totals', 'amount'),
  field('totals.taxTotal', 'totals', 'amount'),
  field('totals.grossTotal', 'totals', 'amount'),
  field('totals.prepaid', 'totals', 'amount'),
  field('totals.amountDue', 'totals', 'amount'),
];

export type LineColumn =
  'name' | 'quantity' | 'unitPrice' | 'vatRate' | 'lineTotal' | 'sellerItemId';

export const lineColumns: readonly { readonly key: LineColumn; readonly kind: FieldKind }[] = [
  { key: 'name', kind: 'text' },
  { key: 'quantity', kind: 'decimal' },
  { key: 'unitPrice', kind: 'amount' },
  { key: 'vatRate', kind: 'decimal' },
  { key: 'lineTotal', kind: 'amount' },
  { key: 'sellerItemId', kind: 'text' },
];

export type VatColumn = 'category' | 'rate' | 'taxableAmount' | 'taxAmount';

export const vatColumns: readonly { readonly key: VatColumn; readonly kind: FieldKind }[] = [
  { key: 'category', kind: 'vatCategory' },
  { key: 'rate', kind: 'decimal' },
  { key: 'taxableAmount', kind: 'amount' },
  { key: 'taxAmount', kind: 'amount' },
];

/** The kind of input for any path, header or table. */
export function kindOf(path: string): FieldKind {
  const header = headerFields.find((each) => each.path === path);
  if (header) return header.kind;
  const column = path.split('.').pop() ?? '';
  return (
    lineColumns.find((each) => each.key === column)?.kind ??
    vatColumns.find((each) => each.key === column)?.kind ??
    'text'
  );
}

/** The DOM id of the input editing `path`, so findings and shortcuts can focus it. */
export function fieldElementId(path: string): string {
  return `field-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

/** The i18n key of a field's label: "seller.address.city" → "field.seller.address.city". */
export function fieldLabelKey(path: string): string {
  return `field.${path.replace(/\[\d+\]/g, '')}`;
}
