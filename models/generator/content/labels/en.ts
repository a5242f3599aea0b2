// English labels, British and American usage mixed.
import type { LabelTable } from './keys.ts';

export const EN: LabelTable = {
  titleInvoice:
    'Invoice|INVOICE|Tax Invoice|TAX INVOICE|Sales Invoice|Commercial Invoice|Bill|Invoice / Bill',
  titleCredit: 'Credit Note|CREDIT NOTE|Credit Memo|Credit Invoice',
  titleCorrection: 'Corrected Invoice|Invoice Correction|Debit Note|Adjustment Invoice',
  titleSelfBilling: 'Self-Billing Invoice|Self-billed Invoice|Remittance Invoice',
  titleReceipt:
    'RECEIPT|Receipt|TAX INVOICE|CASH RECEIPT|SIMPLIFIED TAX INVOICE|OFFICIAL RECEIPT|CASH BILL',
  invoiceNumber:
    'Invoice No.|Invoice #|Invoice Number|Invoice no|Inv. No.|Invoice ID|No.|Number|Bill No|Document No.|Receipt No|Ref. No.',
  issueDate:
    'Invoice Date|Date|Date of Issue|Issue Date|Invoice date|Dated|Billing Date|Date issued',
  dueDate: 'Due Date|Payment Due|Due|Pay by|Due date|Payment due date|Terms due',
  deliveryDate:
    'Delivery Date|Date of Supply|Service Date|Shipped|Tax Point|Supply date|Performance date',
  orderNumber: 'Order No.|PO Number|Purchase Order|Your Order|Order #|Order ID|PO #|Sales Order',
  customerNumber:
    'Customer No.|Customer ID|Account No.|Client No.|Customer #|Account Number|Member No',
  deliveryNote: 'Delivery Note|Dispatch Note|Packing Slip|DN No.|Shipment No.',
  reference: 'Reference|Your Reference|Our Reference|Project|Ref.|Job No.',
  precedingInvoice: 'Original Invoice|Relates to Invoice|Corrects Invoice|Ref. Invoice',
  sellerVatId:
    'VAT No.|VAT Reg. No.|VAT ID|VAT Number|VAT Registration No.|Tax ID|GSTIN|GST Reg No|GST ID|SST No|Tax Reg. No.',
  buyerVatId: 'Customer VAT No.|Your VAT ID|Buyer VAT No.|Customer VAT ID|Client VAT|Buyer GSTIN',
  taxNumber: 'Tax No.|Tax Number|Company No.|Reg. No.|Registration No.',
  currency: 'Currency|Curr.|Invoice currency|All amounts in',
  page: 'Page|Page|Pg.|Sheet',
  of: 'of|of|/',
  seller: 'From|Seller|Supplier|Sold By|Vendor|Issued by|Service Provider',
  buyer:
    'Bill To|Invoice To|Billed To|Customer|Sold To|To|Client|Buyer|Billing Address|Invoice Address',
  shipTo: 'Ship To|Deliver To|Delivery Address|Shipping Address|Consignee',
  contact: 'Contact|Your contact|Contact person|Attn.|Sales Rep',
  phone: 'Phone|Tel.|Tel|Telephone|T|Ph|Mobile|Hotline',
  fax: 'Fax|F|Fax No.',
  email: 'Email|E-mail|Mail|E',
  web: 'Web|Website|Internet|W|www',
  pos: 'No.|#|Pos.|Item|Line|Sl.|S.No',
  sku: 'SKU|Item No.|Article|Code|Part No.|Product Code|Ref.|HSN',
  description:
    'Description|Item|Product|Service|Details|Particulars|Item Description|Product / Service|Title',
  quantity: 'Qty|Quantity|QTY|Qty.|Units|No. of Units',
  unit: 'Unit|UoM|Unit|U/M',
  unitPrice: 'Unit Price|Price|Rate|Unit Cost|Price/Unit|Each|Unit Rate|Price per unit|U/P',
  discount: 'Discount|Disc.|Disc %|Rebate|Less Discount',
  vatRate: 'VAT|VAT %|Tax %|Tax Rate|GST %|Tax|VAT rate',
  lineTotal: 'Amount|Total|Line Total|Net Amount|Net|Subtotal|Ext. Price|Amount (excl. VAT)',
  lineTotalGross: 'Total|Amount|Total incl. VAT|Gross Amount|Amt',
  subtotal: 'Subtotal|Sub-total|Items total|Sub Total|Total before discount|Merchandise total',
  shipping: 'Shipping|Delivery|Freight|Shipping & Handling|Postage|Carriage|Delivery charge',
  fee: 'Handling fee|Service charge|Packaging|Admin fee|Surcharge',
  netTotal:
    'Net Total|Total excl. VAT|Subtotal|Net Amount|Total net|Total (excl. tax)|Amount before tax|Taxable Amount|Total Excluding GST|Total before tax',
  vat: 'VAT|Tax|VAT|VAT|Total VAT',
  taxTotal:
    'Total VAT|VAT Total|Total Tax|Tax Amount|VAT Amount|Total GST|GST Amount|Tax|Sales Tax|Total Tax Amount',
  grossTotal:
    'Total|Invoice Total|Total incl. VAT|Grand Total|Total Amount|TOTAL|Total (incl. tax)|Total Due|Gross Total|Total Sales (Inclusive of GST)|Total Including GST|Amount Payable',
  amountDue:
    'Amount Due|Balance Due|Total Due|Amount Payable|Please Pay|Balance|Due Now|Outstanding balance|Payable Amount',
  prepaid: 'Paid|Amount Paid|Deposit|Less Deposit|Payments/Credits|Prepayment|Less: Paid',
  carried: 'Carried forward|Subtotal carried forward|Continued|c/f|To carry forward',
  brought: 'Brought forward|Balance b/f|Carried over|b/f|From previous page',
  rounding: 'Rounding|Rounding Adj|Rounding Adjustment|Round Adj|Rounding adj.',
  cash: 'Cash|CASH|Tendered|Cash Received|Paid|Amount Tendered',
  change: 'Change|CHANGE|Change Due|Balance',
  cashier: 'Cashier|Served by|Operator|Staff|Counter',
  vatBreakdown: 'VAT Summary|VAT Breakdown|Tax Summary|GST Summary|VAT analysis|Tax Details',
  vatBase: 'Net|Taxable Amount|Base|Net Amount|Amount (excl.)|Goods Value|Amt (excl. tax)',
  vatAmount: 'VAT|Tax|VAT Amount|Tax Amount|GST Amt',
  paymentTerms: 'Payment Terms|Terms|Terms of Payment|Payment|Payment Conditions|Credit Terms',
  bank: 'Bank|Bank Name|Bank details|Our bank|Banker',
  iban: 'IBAN|IBAN|IBAN No.|Account IBAN',
  bic: 'BIC|SWIFT|BIC/SWIFT|SWIFT Code|Swift/BIC',
  accountHolder: 'Account Name|Account Holder|Beneficiary|Payee',
  accountNumber: 'Account No.|Account Number|A/C No.|Acct #',
  routing: 'Routing No.|ABA|Sort Code|IFSC|Routing #',
  paymentReference: 'Payment reference|Reference|Please quote|Remittance reference',
  thanks:
    'Thank you for your business!|Thank you for your order.|Thank you!|We appreciate your business.|THANK YOU, PLEASE COME AGAIN|Thank you for shopping with us',
  greeting: 'Dear Sir or Madam,|Dear Customer,|Hello,|Dear Client,',
  intro:
    'Please find below our invoice for the following items:|We hereby invoice you for the following:|As agreed, we charge you for:|Invoice for services rendered.',
  closing: 'Kind regards,|Best regards,|Sincerely,|Yours faithfully,',
  termsNet:
    'Net {days} days|Payment due within {days} days|Payable within {days} days of invoice date|{days} days net|Terms: Net {days}|Please pay within {days} days',
  termsDate:
    'Please pay by {date}|Payment due by {date}|Due on {date}|Please remit payment by {date}|Payable until {date}',
  termsImmediate:
    'Due on receipt|Payable immediately|Payment due upon receipt|Paid in full|Cash on delivery',
  termsSkonto:
    '{pct}% discount if paid within {days} days|Early payment discount {pct}% within {days} days',
  reverseCharge:
    'Reverse charge: VAT to be accounted for by the recipient.|Reverse charge applies (Art. 196 VAT Directive).|Zero-rated intra-community supply.|Export of services - zero rated.',
  smallBusiness: 'Not registered for VAT.|No VAT charged.|VAT not applicable.',
  paidCard: 'Paid by card|Paid with Visa|Card payment|Paid via PayPal|Paid by Mastercard',
  deliveryNoteText:
    'Goods remain our property until paid in full.|Goods sold are not returnable.|Please check goods upon delivery.|Goods sold are not refundable. Exchange within 7 days with receipt.',
};
