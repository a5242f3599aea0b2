// The invoice model → UBL 2.1 Invoice or CreditNote (Peppol BIS Billing 3.0, XRechnung UBL).
// Runs only on invoices that passed the checks; credit note type codes get a CreditNote document.
import type { Identifier, Invoice } from '../domain/invoice.ts';
import { isCreditNoteInvoice, money } from './einvoice-values.ts';
import {
  ublDelivery,
  ublParty,
  ublPayee,
  ublPaymentMeans,
  ublTaxRepresentative,
} from './ubl-write-parties.ts';
import { ublAllowanceCharge, ublLine, ublTaxCategory, type Amount } from './ubl-write-lines.ts';
import { el, elWith, leaf, xmlDocument, type XmlChild } from './xml-writer.ts';

const namespaces = {
  invoice: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  creditNote: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
};

export interface UblOptions {
  /** XRechnung: no payee account beside a direct debit mandate (BR-DE-25-b). */
  readonly separateDebit: boolean;
}

/** The SEPA creditor id (BT-90) as a party id (the payee's if any), unless a party lists it. */
function creditorIds(invoice: Invoice, onPayee: boolean): Identifier[] {
  const creditor = invoice.payment?.creditorId;
  if (!creditor || !!invoice.payee !== onPayee) return [];
  const listed = [...(invoice.seller?.identifiers ?? []), ...(invoice.payee?.identifiers ?? [])];
  if (listed.some((i) => i.scheme === 'SEPA' && i.value === creditor)) return [];
  return [{ value: creditor, scheme: 'SEPA' }];
}

function taxTotals(invoice: Invoice, amount: Amount, tax: Amount): XmlChild[] {
  return [
    el(
      'cac:TaxTotal',
      amount('cbc:TaxAmount', money(invoice.totals.taxTotal)),
      invoice.vatBreakdown.map((b) =>
        el(
          'cac:TaxSubtotal',
          amount('cbc:TaxableAmount', money(b.taxableAmount)),
          amount('cbc:TaxAmount', money(b.taxAmount)),
          ublTaxCategory('cac:TaxCategory', b.category, b.rate, b),
        ),
      ),
    ),
    invoice.taxCurrency &&
      invoice.taxCurrency !== invoice.currency &&
      el('cac:TaxTotal', tax('cbc:TaxAmount', money(invoice.totals.taxTotalInTaxCurrency))),
  ];
}

function monetaryTotal(invoice: Invoice, amount: Amount) {
  const t = invoice.totals;
  return el(
    'cac:LegalMonetaryTotal',
    amount('cbc:LineExtensionAmount', money(t.lineTotal)),
    amount('cbc:TaxExclusiveAmount', money(t.netTotal)),
    amount('cbc:TaxInclusiveAmount', money(t.grossTotal)),
    amount('cbc:AllowanceTotalAmount', money(t.allowanceTotal)),
    amount('cbc:ChargeTotalAmount', money(t.chargeTotal)),
    amount('cbc:PrepaidAmount', money(t.prepaid)),
    amount('cbc:PayableRoundingAmount', money(t.rounding)),
    amount('cbc:PayableAmount', money(t.amountDue)),
  );
}

export function writeUbl(
  invoice: Invoice,
  options: UblOptions,
): { xml: string; warnings: string[] } {
  const credit = isCreditNoteInvoice(invoice);
  const currencyAmount =
    (currency: string | undefined): Amount =>
    (name, value) =>
      leaf(name, value, { currencyID: currency });
  const amount = currencyAmount(invoice.currency);
  const payment = ublPaymentMeans(
    invoice.payment,
    credit ? invoice.dueDate : undefined,
    options.separateDebit,
  );
  const root = elWith(
    credit ? 'CreditNote' : 'Invoice',
    {
      xmlns: credit ? namespaces.creditNote : namespaces.invoice,
      'xmlns:cac': namespaces.cac,
      'xmlns:cbc': namespaces.cbc,
    },
    leaf('cbc:CustomizationID', invoice.specification),
    leaf('cbc:ProfileID', invoice.businessProcess),
    leaf('cbc:ID', invoice.invoiceNumber),
    leaf('cbc:IssueDate', invoice.issueDate),
    // UBL 2.1 CreditNote has no DueDate; its due date goes into PaymentMeans/PaymentDueDate.
    !credit && leaf('cbc:DueDate', invoice.dueDate),
    leaf(credit ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode', invoice.documentType),
    (invoice.notes ?? []).map((note) => leaf('cbc:Note', note)),
    leaf('cbc:DocumentCurrencyCode', invoice.currency),
    leaf('cbc:TaxCurrencyCode', invoice.taxCurrency),
    leaf('cbc:BuyerReference', invoice.buyerReference),
    el(
      'cac:InvoicePeriod',
      leaf('cbc:StartDate', invoice.period?.start),
      leaf('cbc:EndDate', invoice.period?.end),
    ),
    // OrderReference needs an ID: "NA" stands for a missing purchase order (EN 16931 UBL binding).
    (invoice.purchaseOrder || invoice.salesOrder) &&
      el(
        'cac:OrderReference',
        leaf('cbc:ID', invoice.purchaseOrder ?? 'NA'),
        leaf('cbc:SalesOrderID', invoice.salesOrder),
      ),
    (invoice.precedingInvoices ?? []).map((ref) =>
      el(
        'cac:BillingReference',
        el(
          'cac:InvoiceDocumentReference',
          leaf('cbc:ID', ref.id),
          leaf('cbc:IssueDate', ref.issueDate),
        ),
      ),
    ),
    el('cac:ContractDocumentReference', leaf('cbc:ID', invoice.contractReference)),
    // UBL 2.1 CreditNote has no ProjectReference; Peppol puts it in a document reference of type 50.
    credit
      ? el(
          'cac:AdditionalDocumentReference',
          leaf('cbc:ID', invoice.projectReference),
          invoice.projectReference && leaf('cbc:DocumentTypeCode', '50'),
        )
      : el('cac:ProjectReference', leaf('cbc:ID', invoice.projectReference)),
    el('cac:AccountingSupplierParty', ublParty(invoice.seller, creditorIds(invoice, false))),
    el('cac:AccountingCustomerParty', ublParty(invoice.buyer)),
    ublPayee(invoice.payee, creditorIds(invoice, true)),
    ublTaxRepresentative(invoice.sellerTaxRepresentative),
    ublDelivery(invoice),
    payment.nodes,
    el('cac:PaymentTerms', leaf('cbc:Note', invoice.paymentTerms)),
    (invoice.allowancesCharges ?? []).map((ac) => ublAllowanceCharge(ac, amount, true)),
    taxTotals(invoice, amount, currencyAmount(invoice.taxCurrency)),
    monetaryTotal(invoice, amount),
    invoice.lines.map((line) => ublLine(line, credit, amount)),
  );
  if (!root) throw new Error('The invoice has no content to write.');
  return { xml: xmlDocument(root), warnings: payment.warnings };
}
