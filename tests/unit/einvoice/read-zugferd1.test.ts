import { describe, expect, it } from 'vitest';
import { readEInvoice } from '../../../src/einvoice/read-einvoice.ts';
import { readOk, xml } from './einvoice-fixtures.ts';

describe('readEInvoice on ZUGFeRD 1.0', () => {
  const result = readOk(xml.zugferd1Comfort);
  const invoice = result.invoice;

  it('detects ZUGFeRD 1.0 and its profile', () => {
    expect(result.syntax).toBe('ZUGFeRD1');
    expect(result.profile).toBe('urn:ferd:CrossIndustryDocument:invoice:1p0:comfort');
    expect(result.extras.documentName).toBe('RECHNUNG');
  });

  it('maps header, parties and the older reference and rate element names', () => {
    expect(invoice).toMatchObject({
      documentType: '380',
      invoiceNumber: 'ZF1-2014-1',
      issueDate: '2014-03-05',
      dueDate: '2014-03-20',
      deliveryDate: '2014-03-03',
      currency: 'EUR',
      buyerReference: 'AB-321',
      purchaseOrder: '2013-471331',
      seller: { name: 'Lieferant GmbH', vatId: 'DE123456789', taxRegistrationId: '201/113/40209' },
      buyer: { name: 'Kunden AG Mitte', address: { city: 'Frankfurt' } },
    });
    expect(invoice.vatBreakdown.map((b) => [b.rate, b.taxableAmount, b.taxAmount])).toEqual([
      ['7.00', '275.00', '19.25'],
      ['19.00', '198.00', '37.62'],
    ]);
    expect(invoice.totals).toMatchObject({
      lineTotal: '473.00',
      taxTotal: '56.87',
      grossTotal: '529.87',
    });
  });

  it('reads the SEPA mandate and creditor id from the old payment means ID', () => {
    expect(invoice.payment).toMatchObject({
      meansCode: '49',
      mandateId: 'REF A-123',
      creditorId: 'DE98ZZZ09999999999',
      debitedAccount: 'DE21860000000086001055',
    });
  });

  it('maps lines from the SpecifiedSupplyChainTrade* containers', () => {
    expect(
      invoice.lines.map((l) => [l.id, l.name, l.quantity, l.unitPrice, l.vatRate, l.lineTotal]),
    ).toEqual([
      ['1', 'Trennblätter A4', '20.0000', '9.90', '19.00', '198.00'],
      ['2', 'Joghurt Banane', '50.0000', '5.50', '7.00', '275.00'],
    ]);
  });

  it('also reads the 2014 release candidate (rsm:Invoice with unqualified children)', () => {
    const rc = `<rsm:Invoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CBFBUY:5">
      <rsm:SpecifiedExchangedDocumentContext><GuidelineSpecifiedDocumentContextParameter><ID>urn:ferd:invoice:rc:comfort</ID></GuidelineSpecifiedDocumentContextParameter></rsm:SpecifiedExchangedDocumentContext>
      <rsm:HeaderExchangedDocument><ID>RE-1</ID><TypeCode>380</TypeCode><IssueDateTime format="102">20140519</IssueDateTime></rsm:HeaderExchangedDocument>
      <rsm:SpecifiedSupplyChainTradeTransaction>
        <ApplicableSupplyChainTradeAgreement><SellerTradeParty><Name>Seller</Name></SellerTradeParty></ApplicableSupplyChainTradeAgreement>
        <ApplicableSupplyChainTradeSettlement><InvoiceCurrencyCode>EUR</InvoiceCurrencyCode>
          <SpecifiedTradeSettlementMonetarySummation><GrandTotalAmount>11.90</GrandTotalAmount></SpecifiedTradeSettlementMonetarySummation>
        </ApplicableSupplyChainTradeSettlement>
      </rsm:SpecifiedSupplyChainTradeTransaction>
    </rsm:Invoice>`;
    const read = readEInvoice(rc);
    expect(read.ok && read.syntax).toBe('ZUGFeRD1');
    expect(read.ok && read.invoice).toMatchObject({
      invoiceNumber: 'RE-1',
      issueDate: '2014-05-19',
      seller: { name: 'Seller' },
      totals: { grossTotal: '11.90' },
    });
  });
});
