// UBL 2.1 Invoice and CreditNote (Peppol BIS 3, XRechnung UBL) → the app's invoice model.
// Credit note amounts stay as the XML writes them (positive); the type code says it is a credit.
import type { DocumentReference, Invoice, InvoiceLine } from '../domain/invoice.ts';
import type { EInvoiceExtras, LineExtras, SupportingDocument } from './einvoice-extras.ts';
import type { SyntaxReadResult } from './einvoice-read.ts';
import { defined, identifierOf, nonEmpty, type ReadContext } from './read-context.ts';
import { readUblLine, readUblPeriod, type UblLineNames } from './ubl-line.ts';
import { readUblAddress, readUblNamedParty, readUblParty } from './ubl-party.ts';
import { ublCreditNoteNs, ubl } from './ubl-query.ts';
import {
  readUblAllowanceCharge,
  readUblPayment,
  readUblTax,
  readUblTotals,
} from './ubl-settlement.ts';
import type { XmlElement } from './xml-element.ts';

const invoiceNames: UblLineNames = {
  line: 'cac:InvoiceLine',
  quantity: 'cbc:InvoicedQuantity',
  subLine: 'cac:SubInvoiceLine',
};
const creditNoteNames: UblLineNames = {
  line: 'cac:CreditNoteLine',
  quantity: 'cbc:CreditedQuantity',
  subLine: 'cac:SubCreditNoteLine',
};

export function readUbl(root: XmlElement, ctx: ReadContext): SyntaxReadResult {
  const isCreditNote = root.ns === ublCreditNoteNs;
  const names = isCreditNote ? creditNoteNames : invoiceNames;
  const currency = ubl.text(root, 'cbc:DocumentCurrencyCode');
  const taxCurrency = ubl.text(root, 'cbc:TaxCurrencyCode');
  const tax = readUblTax(root, ctx, currency, taxCurrency);
  const lines: InvoiceLine[] = [];
  const lineExtras: Record<number, LineExtras> = {};
  ubl.all(root, names.line).forEach((el, i) => {
    const read = readUblLine(el, ctx, `lines[${i}]`, names);
    lines.push(read.line);
    if (read.extras) lineExtras[i] = read.extras;
  });
  // The UBL binding puts the note subject code (BT-21) in front of the text as "#ADU#…".
  const noteParts = ubl
    .texts(root, 'cbc:Note')
    .map((note) => /^#(\w+)#\s*([\s\S]*)$/.exec(note) ?? [note, undefined, note]);
  const notes = noteParts.map(([, , text]) => text ?? '');
  const noteSubjectCodes = noteParts.map(([, code]) => code);
  const allowancesCharges = ubl
    .all(root, 'cac:AllowanceCharge')
    .map((ac, i) => readUblAllowanceCharge(ac, ctx, `allowancesCharges[${i}]`));
  const delivery = ubl.one(root, 'cac:Delivery');
  const precedingInvoices = ubl
    .all(root, 'cac:BillingReference/cac:InvoiceDocumentReference')
    .flatMap((ref, i): DocumentReference[] => {
      const id = ubl.text(ref, 'cbc:ID');
      const issueDate = ctx.date(
        ubl.one(ref, 'cbc:IssueDate'),
        `precedingInvoices[${i}].issueDate`,
      );
      return id === undefined ? [] : [defined({ id, issueDate })];
    });
  const typeCode = isCreditNote ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode';
  const dueDate =
    ubl.one(root, 'cbc:DueDate') ?? ubl.one(root, 'cac:PaymentMeans/cbc:PaymentDueDate');
  const invoice = defined<Invoice>({
    documentType: ubl.text(root, typeCode) ?? (isCreditNote ? '381' : undefined),
    invoiceNumber: ubl.text(root, 'cbc:ID'),
    issueDate: ctx.date(ubl.one(root, 'cbc:IssueDate'), 'issueDate'),
    dueDate: ctx.date(dueDate, 'dueDate'),
    deliveryDate: ctx.date(ubl.one(delivery, 'cbc:ActualDeliveryDate'), 'deliveryDate'),
    period: readUblPeriod(ubl.one(root, 'cac:InvoicePeriod'), ctx, 'period'),
    currency,
    taxCurrency,
    buyerReference: ubl.text(root, 'cbc:BuyerReference'),
    purchaseOrder: ubl.text(root, 'cac:OrderReference/cbc:ID'),
    salesOrder: ubl.text(root, 'cac:OrderReference/cbc:SalesOrderID'),
    contractReference: ubl.text(root, 'cac:ContractDocumentReference/cbc:ID'),
    projectReference: ubl.text(root, 'cac:ProjectReference/cbc:ID'),
    precedingInvoices: precedingInvoices.length > 0 ? precedingInvoices : undefined,
    paymentTerms: ubl.texts(root, 'cac:PaymentTerms/cbc:Note').join('\n') || undefined,
    notes: notes.length > 0 ? notes : undefined,
    specification: ubl.text(root, 'cbc:CustomizationID'),
    businessProcess: ubl.text(root, 'cbc:ProfileID'),
    seller: readUblParty(ubl.one(root, 'cac:AccountingSupplierParty/cac:Party')),
    buyer: readUblParty(ubl.one(root, 'cac:AccountingCustomerParty/cac:Party')),
    payee: readUblNamedParty(ubl.one(root, 'cac:PayeeParty')),
    sellerTaxRepresentative: readUblNamedParty(ubl.one(root, 'cac:TaxRepresentativeParty')),
    deliverTo: nonEmpty({
      name: ubl.text(delivery, 'cac:DeliveryParty/cac:PartyName/cbc:Name'),
      address: readUblAddress(ubl.one(delivery, 'cac:DeliveryLocation/cac:Address')),
      locationId: identifierOf(ubl.one(delivery, 'cac:DeliveryLocation/cbc:ID')),
    }),
    payment: readUblPayment(root),
    allowancesCharges: allowancesCharges.length > 0 ? allowancesCharges : undefined,
    totals: defined({
      ...readUblTotals(root, ctx),
      taxTotal: tax.taxTotal,
      taxTotalInTaxCurrency: tax.taxTotalInTaxCurrency,
    }),
    vatBreakdown: tax.vatBreakdown,
    lines,
  });
  const extras = defined<EInvoiceExtras>({
    ...readUblExtras(root, ctx, lineExtras),
    noteSubjectCodes: noteSubjectCodes.some(Boolean) ? noteSubjectCodes : undefined,
  });
  const profile = invoice.specification;
  return profile === undefined ? { invoice, extras } : { invoice, extras, profile };
}

function readUblExtras(
  root: XmlElement,
  ctx: ReadContext,
  lines: Record<number, LineExtras>,
): EInvoiceExtras {
  const documents = ubl.all(root, 'cac:AdditionalDocumentReference').flatMap((ref) => {
    const id = ubl.text(ref, 'cbc:ID');
    if (id === undefined) return [];
    return [
      defined<SupportingDocument>({
        id,
        typeCode: ubl.text(ref, 'cbc:DocumentTypeCode'),
        description: ubl.text(ref, 'cbc:DocumentDescription'),
        uri: ubl.text(ref, 'cac:Attachment/cac:ExternalReference/cbc:URI'),
      }),
    ];
  });
  return defined<EInvoiceExtras>({
    taxPointDate: ctx.date(ubl.one(root, 'cbc:TaxPointDate'), 'extras.taxPointDate'),
    taxPointDateCode: ubl.text(root, 'cac:InvoicePeriod/cbc:DescriptionCode'),
    receivingAdviceReference: ubl.text(root, 'cac:ReceiptDocumentReference/cbc:ID'),
    despatchAdviceReference: ubl.text(root, 'cac:DespatchDocumentReference/cbc:ID'),
    tenderOrLotReference: ubl.text(root, 'cac:OriginatorDocumentReference/cbc:ID'),
    invoicedObjectId: documents.find((d) => d.typeCode === '130')?.id,
    buyerAccountingReference: ubl.text(root, 'cbc:AccountingCost'),
    supportingDocuments: documents.length > 0 ? documents : undefined,
    lines: Object.keys(lines).length > 0 ? lines : undefined,
  });
}
