// The invoice model → UN/CEFACT CII D16B CrossIndustryInvoice (EN 16931 profile: plain CII,
// Factur-X / ZUGFeRD EN 16931, XRechnung CII). Runs only on invoices that passed the checks.
import type { Invoice } from '../domain/invoice.ts';
import { ciiAllowanceCharge, ciiLine, ciiTradeTax } from './cii-write-lines.ts';
import {
  ciiAddress,
  ciiDateTime,
  ciiParty,
  ciiPaymentMeans,
  ciiPaymentTerms,
  creditorId,
} from './cii-write-parties.ts';
import { money } from './einvoice-values.ts';
import { el, elRequired, elWith, leaf, xmlDocument, type XmlNode } from './xml-writer.ts';

const namespaces = {
  'xmlns:rsm': 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100',
  'xmlns:ram': 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100',
  'xmlns:qdt': 'urn:un:unece:uncefact:data:standard:QualifiedDataType:100',
  'xmlns:udt': 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100',
};

export interface CiiOptions {
  /** XRechnung: no payee account beside a direct debit (BR-DE-25-b). */
  readonly separateDebit: boolean;
}

const documentId = (name: string, value: string | undefined) =>
  el(name, leaf('ram:IssuerAssignedID', value));

function agreement(invoice: Invoice): XmlNode {
  return elRequired(
    'ram:ApplicableHeaderTradeAgreement',
    leaf('ram:BuyerReference', invoice.buyerReference),
    ciiParty('ram:SellerTradeParty', invoice.seller),
    ciiParty('ram:BuyerTradeParty', invoice.buyer),
    ciiParty('ram:SellerTaxRepresentativeTradeParty', invoice.sellerTaxRepresentative),
    documentId('ram:SellerOrderReferencedDocument', invoice.salesOrder),
    documentId('ram:BuyerOrderReferencedDocument', invoice.purchaseOrder),
    documentId('ram:ContractReferencedDocument', invoice.contractReference),
    // The CII schema requires a project name; EN 16931 has none, so the term's name stands in.
    invoice.projectReference &&
      el(
        'ram:SpecifiedProcuringProject',
        leaf('ram:ID', invoice.projectReference),
        leaf('ram:Name', 'Project reference'),
      ),
  );
}

function delivery(invoice: Invoice): XmlNode {
  const to = invoice.deliverTo;
  const location = to?.locationId;
  return elRequired(
    'ram:ApplicableHeaderTradeDelivery',
    to &&
      el(
        'ram:ShipToTradeParty',
        location && !location.scheme && leaf('ram:ID', location.value),
        location?.scheme && leaf('ram:GlobalID', location.value, { schemeID: location.scheme }),
        leaf('ram:Name', to.name),
        ciiAddress(to.address),
      ),
    el(
      'ram:ActualDeliverySupplyChainEvent',
      ciiDateTime('ram:OccurrenceDateTime', invoice.deliveryDate),
    ),
  );
}

function summation(invoice: Invoice): XmlNode | undefined {
  const t = invoice.totals;
  const separateTaxCurrency = invoice.taxCurrency && invoice.taxCurrency !== invoice.currency;
  return el(
    'ram:SpecifiedTradeSettlementHeaderMonetarySummation',
    leaf('ram:LineTotalAmount', money(t.lineTotal)),
    leaf('ram:ChargeTotalAmount', money(t.chargeTotal)),
    leaf('ram:AllowanceTotalAmount', money(t.allowanceTotal)),
    leaf('ram:TaxBasisTotalAmount', money(t.netTotal)),
    leaf('ram:TaxTotalAmount', money(t.taxTotal), { currencyID: invoice.currency }),
    separateTaxCurrency &&
      leaf('ram:TaxTotalAmount', money(t.taxTotalInTaxCurrency), {
        currencyID: invoice.taxCurrency,
      }),
    leaf('ram:RoundingAmount', money(t.rounding)),
    leaf('ram:GrandTotalAmount', money(t.grossTotal)),
    leaf('ram:TotalPrepaidAmount', money(t.prepaid)),
    leaf('ram:DuePayableAmount', money(t.amountDue)),
  );
}

function settlement(invoice: Invoice, options: CiiOptions, warnings: string[]): XmlNode {
  const means = ciiPaymentMeans(invoice, options.separateDebit);
  warnings.push(...means.warnings);
  return elRequired(
    'ram:ApplicableHeaderTradeSettlement',
    leaf('ram:CreditorReferenceID', creditorId(invoice)),
    leaf('ram:PaymentReference', invoice.payment?.remittanceInformation),
    leaf('ram:TaxCurrencyCode', invoice.taxCurrency),
    leaf('ram:InvoiceCurrencyCode', invoice.currency),
    ciiParty('ram:PayeeTradeParty', invoice.payee),
    means.nodes,
    invoice.vatBreakdown.map((b) => ciiTradeTax('ram:ApplicableTradeTax', b)),
    el(
      'ram:BillingSpecifiedPeriod',
      ciiDateTime('ram:StartDateTime', invoice.period?.start),
      ciiDateTime('ram:EndDateTime', invoice.period?.end),
    ),
    (invoice.allowancesCharges ?? []).map((ac) => ciiAllowanceCharge(ac, true)),
    ciiPaymentTerms(invoice),
    summation(invoice),
    (invoice.precedingInvoices ?? []).map((ref) =>
      el(
        'ram:InvoiceReferencedDocument',
        leaf('ram:IssuerAssignedID', ref.id),
        ciiDateTime('ram:FormattedIssueDateTime', ref.issueDate, 'qdt'),
      ),
    ),
  );
}

export function writeCii(
  invoice: Invoice,
  options: CiiOptions,
): { xml: string; warnings: string[] } {
  const warnings: string[] = [];
  const root = elWith(
    'rsm:CrossIndustryInvoice',
    namespaces,
    elRequired(
      'rsm:ExchangedDocumentContext',
      el(
        'ram:BusinessProcessSpecifiedDocumentContextParameter',
        leaf('ram:ID', invoice.businessProcess),
      ),
      el('ram:GuidelineSpecifiedDocumentContextParameter', leaf('ram:ID', invoice.specification)),
    ),
    elRequired(
      'rsm:ExchangedDocument',
      leaf('ram:ID', invoice.invoiceNumber),
      leaf('ram:TypeCode', invoice.documentType),
      ciiDateTime('ram:IssueDateTime', invoice.issueDate),
      (invoice.notes ?? []).map((note) => el('ram:IncludedNote', leaf('ram:Content', note))),
    ),
    elRequired(
      'rsm:SupplyChainTradeTransaction',
      invoice.lines.map(ciiLine),
      agreement(invoice),
      delivery(invoice),
      settlement(invoice, options, warnings),
    ),
  );
  if (!root) throw new Error('The invoice has no content to write.');
  return { xml: xmlDocument(root), warnings };
}
