import { describe, expect, it } from 'vitest';
import { readOk, xml } from './einvoice-fixtures.ts';

describe('readEInvoice on a CII EN 16931 profile invoice', () => {
  const result = readOk(xml.ciiEn16931);
  const invoice = result.invoice;

  it('detects CII, its profile and format-102 dates', () => {
    expect(result.syntax).toBe('CII');
    expect(result.profile).toBe('urn:cen.eu:en16931:2017');
    expect(invoice).toMatchObject({
      documentType: '380',
      invoiceNumber: '471102',
      issueDate: '2018-03-05',
      dueDate: '2018-04-04',
      deliveryDate: '2018-03-03',
      period: { start: '2018-03-01', end: '2018-03-31' },
      currency: 'EUR',
      buyerReference: '04011000-12345-34',
      purchaseOrder: '2018-471331',
      salesOrder: 'SO-1',
      contractReference: 'CT-5',
      projectReference: 'PRJ-2',
      precedingInvoices: [{ id: '471101', issueDate: '2018-02-01' }],
      paymentTerms: 'Zahlbar innerhalb 30 Tagen netto bis 04.04.2018',
      notes: [
        'Rechnung gemäß Bestellung vom 01.03.2018.',
        'Lieferant GmbH, Geschäftsführer Hans Muster',
      ],
    });
  });

  it('tells the VAT id (schemeID VA) from the tax number (FC)', () => {
    expect(invoice.seller).toEqual({
      name: 'Lieferant GmbH',
      tradingName: 'Lieferfix',
      identifiers: [{ value: '549910' }, { value: '4000001123452', scheme: '0088' }],
      legalRegistrationId: { value: 'HRB 12345', scheme: '0002' },
      vatId: 'DE123456789',
      taxRegistrationId: '201/113/40209',
      address: {
        lines: ['Lieferantenstraße 20', 'Hinterhaus'],
        city: 'München',
        postalCode: '80333',
        countrySubdivision: 'Bayern',
        countryCode: 'DE',
      },
      contact: { name: 'Hans Muster', phone: '+49 89 1234', email: 'hans@lieferant.example' },
      electronicAddress: { value: 'billing@lieferant.example', scheme: 'EM' },
      legalInformation: 'GmbH, Amtsgericht München HRB 12345',
    });
    expect(invoice.buyer).toMatchObject({ name: 'Kunden AG Mitte', contact: { name: 'Einkauf' } });
    expect(invoice.payee).toEqual({
      name: 'Factoring Bank AG',
      identifiers: [{ value: 'PAYEE-1' }],
    });
    expect(invoice.sellerTaxRepresentative).toMatchObject({
      name: 'Steuer Vertreter GmbH',
      vatId: 'DE111222333',
    });
    expect(invoice.deliverTo).toMatchObject({
      name: 'Kunden AG Lager',
      locationId: { value: '4000001000005' },
    });
  });

  it('maps payment, allowances, charges, totals and two VAT rates', () => {
    expect(invoice.payment).toEqual({
      meansCode: '58',
      meansText: 'SEPA credit transfer',
      remittanceInformation: '471102',
      accounts: [
        { iban: 'DE02120300000000202051', accountName: 'Lieferant GmbH', bic: 'BYLADEM1001' },
      ],
      creditorId: 'DE98ZZZ09999999999',
    });
    expect(invoice.allowancesCharges).toEqual([
      {
        isCharge: false,
        amount: '10.00',
        baseAmount: '200.00',
        percentage: '5.00',
        vatCategory: 'S',
        vatRate: '19.00',
        reason: 'Rabatt',
        reasonCode: '95',
      },
      { isCharge: true, amount: '5.00', vatCategory: 'S', vatRate: '7.00', reason: 'Versand' },
    ]);
    expect(invoice.totals).toEqual({
      lineTotal: '473.00',
      allowanceTotal: '10.00',
      chargeTotal: '5.00',
      netTotal: '468.00',
      taxTotal: '55.32',
      grossTotal: '523.32',
      prepaid: '0.00',
      amountDue: '523.32',
    });
    expect(
      invoice.vatBreakdown.map((b) => [b.category, b.rate, b.taxableAmount, b.taxAmount]),
    ).toEqual([
      ['S', '19.00', '188.00', '35.72'],
      ['S', '7.00', '280.00', '19.60'],
    ]);
  });

  it('maps lines with gross price, base quantity, period and line charges', () => {
    expect(invoice.lines[0]).toEqual({
      id: '1',
      name: 'Trennblätter A4',
      description: '100 Blatt',
      quantity: '20.0000',
      unitCode: 'H87',
      unitPrice: '9.90',
      grossPrice: '10.00',
      lineTotal: '198.00',
      vatCategory: 'S',
      vatRate: '19.00',
      notes: ['Farbe: grau'],
      sellerItemId: 'TB100A4',
      buyerItemId: 'K-55',
      standardItemId: { value: '4012345001235', scheme: '0160' },
      period: { start: '2018-03-01', end: '2018-03-03' },
      orderLineReference: '7',
    });
    expect(invoice.lines[1]).toMatchObject({
      unitPrice: '55.00',
      priceBaseQuantity: '10',
      allowancesCharges: [{ isCharge: true, amount: '0.00', reason: 'Kühlung' }],
    });
    expect(result.extras).toMatchObject({
      taxPointDateCode: '5',
      tenderOrLotReference: 'LOT-4',
      despatchAdviceReference: 'DN-1',
      receivingAdviceReference: 'GR-2',
      buyerAccountingReference: '8400',
      noteSubjectCodes: [undefined, 'REG'],
      lines: {
        0: {
          objectId: 'OBJ-9',
          accountingReference: '420',
          attributes: [{ name: 'Format', value: 'A4' }],
        },
      },
    });
  });
});

describe('readEInvoice on other CII profiles', () => {
  it('reads EXTENDED with ram as the default namespace, Z/E categories and logistics charges', () => {
    const { invoice, extras } = readOk(xml.ciiExtendedDefaultNs);
    expect(invoice.lines.map((l) => [l.name, l.vatCategory, l.lineTotal])).toEqual([
      ['Export goods', 'Z', '100.00'],
      ['Physiotherapy session', 'E', '50.00'],
      ['Massage oil', 'S', '30.00'],
    ]);
    expect(invoice.allowancesCharges).toEqual([
      { isCharge: true, amount: '10.00', vatCategory: 'S', vatRate: '19', reason: 'Shipping' },
    ]);
    expect(invoice.vatBreakdown[1]).toMatchObject({
      category: 'E',
      exemptionReason: 'Steuerfrei nach § 4 Nr. 14 UStG',
      exemptionReasonCode: 'VATEX-EU-132',
    });
    // Two TaxTotalAmount elements: the one in the invoice currency is BT-110, the other BT-111.
    expect(invoice.totals).toMatchObject({ taxTotal: '7.60', taxTotalInTaxCurrency: '8.20' });
    expect(invoice.taxCurrency).toBe('USD');
    expect(extras.documentName).toBe('RECHNUNG');
  });

  it('reads MINIMUM: header, parties and totals without lines', () => {
    const { invoice, profile } = readOk(xml.ciiMinimum);
    expect(profile).toBe('urn:factur-x.eu:1p0:minimum');
    expect(invoice).toEqual({
      documentType: '380',
      invoiceNumber: 'MIN-1',
      issueDate: '2024-02-01',
      currency: 'EUR',
      buyerReference: 'BR-77',
      purchaseOrder: 'PO-3',
      specification: 'urn:factur-x.eu:1p0:minimum',
      seller: {
        name: 'Taxi Schnell',
        vatId: 'DE444555666',
        address: { lines: [], countryCode: 'DE' },
      },
      buyer: { name: 'Fahrgast GmbH' },
      totals: { netTotal: '16.90', taxTotal: '1.18', grossTotal: '18.08', amountDue: '18.08' },
      vatBreakdown: [],
      lines: [],
    });
  });
});
