// UN/CEFACT CII D16B (Factur-X / ZUGFeRD 2.x, MINIMUM … EXTENDED, XRechnung CII) → invoice model.
// The same code reads ZUGFeRD 1.0 through its dialect table (see read-zugferd1.ts).
import type { DocumentReference, Invoice, InvoiceLine } from '../domain/invoice.ts';
import { ciiD16b, type CiiDialect } from './cii-dialect.ts';
import { readCiiLine, readCiiPeriod } from './cii-line.ts';
import { readCiiAddress, readCiiParty } from './cii-party.ts';
import {
  readCiiAllowancesCharges,
  readCiiDate,
  readCiiPayment,
  readCiiTotals,
  readCiiVatBreakdown,
} from './cii-settlement.ts';
import type { EInvoiceExtras, LineExtras, SupportingDocument } from './einvoice-extras.ts';
import type { SyntaxReadResult } from './einvoice-read.ts';
import { defined, identifierOf, nonEmpty, type ReadContext } from './read-context.ts';
import type { XmlElement } from './xml-element.ts';

export function readCii(root: XmlElement, ctx: ReadContext): SyntaxReadResult {
  return readCiiDialect(ciiD16b, root, ctx);
}

export function readCiiDialect(
  d: CiiDialect,
  root: XmlElement,
  ctx: ReadContext,
): SyntaxReadResult {
  const { q } = d;
  const header = q.one(root, d.header);
  const transaction = q.one(root, d.transaction);
  const agreement = q.one(transaction, d.agreement);
  const delivery = q.one(transaction, d.delivery);
  const settlement = q.one(transaction, d.settlement);
  const currency = q.text(settlement, 'ram:InvoiceCurrencyCode');
  const taxCurrency = q.text(settlement, 'ram:TaxCurrencyCode');
  const lines: InvoiceLine[] = [];
  const lineExtras: Record<number, LineExtras> = {};
  q.all(transaction, 'ram:IncludedSupplyChainTradeLineItem').forEach((el, i) => {
    const read = readCiiLine(d, ctx, el, `lines[${i}]`);
    lines.push(read.line);
    if (read.extras) lineExtras[i] = read.extras;
  });
  const noteElements = q.all(header, 'ram:IncludedNote');
  const notes = noteElements.map((n) => q.texts(n, 'ram:Content').join('\n')).filter(Boolean);
  const allowancesCharges = readCiiAllowancesCharges(d, ctx, settlement);
  const precedingInvoices = q
    .all(settlement, 'ram:InvoiceReferencedDocument')
    .flatMap((ref, i): DocumentReference[] => {
      const id = q.text(ref, d.documentId);
      const field = `precedingInvoices[${i}].issueDate`;
      const issueDate = readCiiDate(d, ctx, ref, 'ram:FormattedIssueDateTime', field);
      return id === undefined ? [] : [defined({ id, issueDate })];
    });
  const terms = q.all(settlement, 'ram:SpecifiedTradePaymentTerms');
  const dueDate = terms
    .map((t, i) =>
      readCiiDate(d, ctx, t, 'ram:DueDateDateTime', i === 0 ? 'dueDate' : `dueDate[${i}]`),
    )
    .find(Boolean);
  const shipTo = q.one(delivery, 'ram:ShipToTradeParty');
  const context = q.one(root, d.context);
  const invoice = defined<Invoice>({
    documentType: q.text(header, 'ram:TypeCode'),
    invoiceNumber: q.text(header, 'ram:ID'),
    issueDate: readCiiDate(d, ctx, header, 'ram:IssueDateTime', 'issueDate'),
    dueDate,
    deliveryDate: readCiiDate(
      d,
      ctx,
      delivery,
      'ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime',
      'deliveryDate',
    ),
    period: readCiiPeriod(d, ctx, q.one(settlement, 'ram:BillingSpecifiedPeriod'), 'period'),
    currency,
    taxCurrency,
    buyerReference: q.text(agreement, 'ram:BuyerReference'),
    purchaseOrder: q.text(agreement, `ram:BuyerOrderReferencedDocument/${d.documentId}`),
    salesOrder: q.text(agreement, `ram:SellerOrderReferencedDocument/${d.documentId}`),
    contractReference: q.text(agreement, `ram:ContractReferencedDocument/${d.documentId}`),
    projectReference: q.text(agreement, 'ram:SpecifiedProcuringProject/ram:ID'),
    precedingInvoices: precedingInvoices.length > 0 ? precedingInvoices : undefined,
    paymentTerms:
      terms
        .map((t) => q.texts(t, 'ram:Description').join('\n'))
        .filter(Boolean)
        .join('\n') || undefined,
    notes: notes.length > 0 ? notes : undefined,
    specification: q.text(context, 'ram:GuidelineSpecifiedDocumentContextParameter/ram:ID'),
    businessProcess: q.text(context, 'ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID'),
    seller: readCiiParty(d, q.one(agreement, 'ram:SellerTradeParty')),
    buyer: readCiiParty(d, q.one(agreement, 'ram:BuyerTradeParty')),
    payee: readCiiParty(d, q.one(settlement, 'ram:PayeeTradeParty')),
    sellerTaxRepresentative: readCiiParty(
      d,
      q.one(agreement, 'ram:SellerTaxRepresentativeTradeParty'),
    ),
    deliverTo: nonEmpty({
      name: q.text(shipTo, 'ram:Name'),
      address: readCiiAddress(d, q.one(shipTo, 'ram:PostalTradeAddress')),
      locationId: identifierOf(q.one(shipTo, 'ram:GlobalID') ?? q.one(shipTo, 'ram:ID')),
    }),
    payment: readCiiPayment(d, settlement),
    allowancesCharges: allowancesCharges.length > 0 ? allowancesCharges : undefined,
    totals: readCiiTotals(d, ctx, settlement, currency, taxCurrency),
    vatBreakdown: readCiiVatBreakdown(d, ctx, settlement),
    lines,
  });
  const extras = readCiiExtras(
    d,
    ctx,
    { header, agreement, delivery, settlement },
    noteElements,
    lineExtras,
  );
  const profile = invoice.specification;
  return profile === undefined ? { invoice, extras } : { invoice, extras, profile };
}

interface CiiParts {
  readonly header: XmlElement | undefined;
  readonly agreement: XmlElement | undefined;
  readonly delivery: XmlElement | undefined;
  readonly settlement: XmlElement | undefined;
}

function readCiiExtras(
  d: CiiDialect,
  ctx: ReadContext,
  parts: CiiParts,
  noteElements: readonly XmlElement[],
  lines: Record<number, LineExtras>,
): EInvoiceExtras {
  const { q } = d;
  const documents = q.all(parts.agreement, 'ram:AdditionalReferencedDocument').flatMap((ref) => {
    const id = q.text(ref, d.documentId);
    if (id === undefined) return [];
    return [
      defined<SupportingDocument>({
        id,
        typeCode: q.text(ref, 'ram:TypeCode'),
        description: q.text(ref, 'ram:Name'),
        uri: q.text(ref, 'ram:URIID'),
      }),
    ];
  });
  const withContent = noteElements.filter((n) => q.texts(n, 'ram:Content').length > 0);
  const subjectCodes = withContent.map((n) => q.text(n, 'ram:SubjectCode'));
  const tax = q.all(parts.settlement, 'ram:ApplicableTradeTax');
  return defined<EInvoiceExtras>({
    taxPointDate: tax
      .map((t) => readCiiDate(d, ctx, t, 'ram:TaxPointDate', 'extras.taxPointDate'))
      .find(Boolean),
    taxPointDateCode: tax.map((t) => q.text(t, 'ram:DueDateTypeCode')).find(Boolean),
    receivingAdviceReference: q.text(
      parts.delivery,
      `ram:ReceivingAdviceReferencedDocument/${d.documentId}`,
    ),
    despatchAdviceReference: q.text(
      parts.delivery,
      `ram:DespatchAdviceReferencedDocument/${d.documentId}`,
    ),
    tenderOrLotReference: documents.find((doc) => doc.typeCode === '50')?.id,
    invoicedObjectId: documents.find((doc) => doc.typeCode === '130')?.id,
    buyerAccountingReference: q.text(
      parts.settlement,
      'ram:ReceivableSpecifiedTradeAccountingAccount/ram:ID',
    ),
    noteSubjectCodes: subjectCodes.some(Boolean) ? subjectCodes : undefined,
    supportingDocuments: documents.length > 0 ? documents : undefined,
    documentName: q.text(parts.header, 'ram:Name'),
    lines: Object.keys(lines).length > 0 ? lines : undefined,
  });
}
