import { describe, expect, it } from 'vitest';
import { readOk, xml } from './einvoice-fixtures.ts';

describe('readEInvoice on a UBL invoice that uses every mapped element', () => {
  const result = readOk(xml.ublInvoiceFull);
  const invoice = result.invoice;

  it('detects UBL and the XRechnung specification', () => {
    expect(result.syntax).toBe('UBL');
    expect(result.profile).toBe(
      'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0',
    );
  });

  it('maps the header: type, number, dates, currency and references', () => {
    expect(invoice).toMatchObject({
      documentType: '380',
      invoiceNumber: 'RE-2024-0042',
      issueDate: '2024-03-05',
      dueDate: '2024-04-04',
      deliveryDate: '2024-02-28',
      period: { start: '2024-02-01', end: '2024-02-29' },
      currency: 'EUR',
      taxCurrency: 'DKK',
      buyerReference: '04011000-12345-34',
      purchaseOrder: 'PO-778',
      salesOrder: 'SO-991',
      contractReference: 'CT-2023-9',
      projectReference: 'PRJ-7',
      precedingInvoices: [{ id: 'RE-2024-0017', issueDate: '2024-01-15' }],
      paymentTerms: '30 days net, 2 % discount within 10 days',
      notes: [
        'Thank you for your order & your trust.',
        'Goods remain our property until paid <in full>.',
      ],
      businessProcess: 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0',
    });
  });

  it('maps the seller with registration name, trading name, VAT id and tax number apart', () => {
    expect(invoice.seller).toEqual({
      name: 'Lieferant GmbH',
      tradingName: 'Lieferfix',
      identifiers: [
        { value: '4000001123452', scheme: '0088' },
        { value: 'DE98ZZZ09999999999', scheme: 'SEPA' },
      ],
      legalRegistrationId: { value: 'HRB 12345', scheme: '0204' },
      vatId: 'DE123456789',
      taxRegistrationId: '201/113/40209',
      address: {
        lines: ['Lieferantenstraße 20', 'Hinterhaus', '3. OG'],
        city: 'München',
        postalCode: '80333',
        countrySubdivision: 'Bayern',
        countryCode: 'DE',
      },
      contact: { name: 'Hans Muster', phone: '+49 89 1234', email: 'hans@lieferant.example' },
      electronicAddress: { value: 'billing@lieferant.example', scheme: 'EM' },
      legalInformation: 'GmbH, Amtsgericht München',
    });
  });

  it('maps buyer, payee, tax representative and delivery', () => {
    expect(invoice.buyer).toMatchObject({
      name: 'Kunde AG',
      vatId: 'DE987654321',
      legalRegistrationId: { value: 'HRB 999' },
      electronicAddress: { value: '04011000-12345-34', scheme: '0204' },
      contact: { name: 'Erika Kunde' },
    });
    expect(invoice.payee).toEqual({
      name: 'Factoring Bank AG',
      identifiers: [{ value: 'PAYEE-1' }],
      legalRegistrationId: { value: 'HRB 555' },
    });
    expect(invoice.sellerTaxRepresentative).toMatchObject({
      name: 'Steuer Vertreter GmbH',
      vatId: 'DE111222333',
      address: { countryCode: 'DE', city: 'Hamburg' },
    });
    expect(invoice.deliverTo).toMatchObject({
      name: 'Kunde AG Lager',
      locationId: { value: '4000001000005', scheme: '0088' },
      address: { lines: ['Lagerstraße 9'], city: 'Potsdam' },
    });
  });

  it('maps payment instructions across payment means', () => {
    expect(invoice.payment).toEqual({
      meansCode: '58',
      meansText: 'SEPA credit transfer',
      remittanceInformation: 'RE-2024-0042',
      accounts: [
        { iban: 'DE02120300000000202051', accountName: 'Lieferant GmbH', bic: 'BYLADEM1001' },
      ],
      mandateId: 'MANDATE-7',
      creditorId: 'DE98ZZZ09999999999',
      debitedAccount: 'DE75512108001245126199',
    });
  });

  it('maps allowances, charges, totals (trimmed) and the VAT breakdown', () => {
    expect(invoice.allowancesCharges).toEqual([
      {
        isCharge: false,
        amount: '10.00',
        baseAmount: '200.00',
        percentage: '5',
        vatCategory: 'S',
        vatRate: '19',
        reason: 'Loyalty discount',
        reasonCode: '95',
      },
      {
        isCharge: true,
        amount: '5.00',
        vatCategory: 'S',
        vatRate: '7',
        reason: 'Packing',
        reasonCode: 'ABL',
      },
    ]);
    expect(invoice.totals).toEqual({
      lineTotal: '246.00',
      allowanceTotal: '10.00',
      chargeTotal: '5.00',
      netTotal: '241.00',
      taxTotal: '39.19',
      taxTotalInTaxCurrency: '292.18',
      grossTotal: '280.19',
      prepaid: '30.00',
      rounding: '0.01',
      amountDue: '250.20',
    });
    expect(invoice.vatBreakdown).toEqual([
      { category: 'S', rate: '19', taxableAmount: '186.00', taxAmount: '35.34' },
      { category: 'S', rate: '7', taxableAmount: '55.00', taxAmount: '3.85' },
    ]);
  });

  it('maps every line with item, price, period and line allowances', () => {
    expect(invoice.lines).toHaveLength(3);
    expect(invoice.lines[0]).toEqual({
      id: '1',
      name: 'Trennblätter A4',
      description: 'Divider sheets, 100 per pack',
      quantity: '10',
      unitCode: 'C62',
      unitPrice: '9.90',
      priceBaseQuantity: '1',
      grossPrice: '10.00',
      lineTotal: '96.00',
      vatCategory: 'S',
      vatRate: '19',
      notes: ['Delivered in two parts'],
      sellerItemId: 'TB100A4',
      buyerItemId: 'B-4711',
      standardItemId: { value: '4012345001235', scheme: '0160' },
      period: { start: '2024-02-01', end: '2024-02-15' },
      allowancesCharges: [
        { isCharge: false, amount: '5.00', reason: 'Volume discount', reasonCode: '95' },
        { isCharge: true, amount: '2.00', reason: 'Special packaging' },
      ],
      orderLineReference: 'PO-778/1',
    });
    expect(invoice.lines[1]).toMatchObject({ unitCode: 'HUR', quantity: '2', lineTotal: '100.00' });
  });

  it('keeps what the model cannot hold yet in extras, sub-lines included', () => {
    expect(result.extras).toMatchObject({
      taxPointDate: '2024-03-01',
      receivingAdviceReference: 'GR-66',
      despatchAdviceReference: 'DN-55',
      tenderOrLotReference: 'LOT-3',
      invoicedObjectId: 'METER-12',
      buyerAccountingReference: '4711-KST',
      lines: {
        0: {
          objectId: 'OBJ-1',
          accountingReference: 'KST-1',
          originCountry: 'DE',
          classifications: ['44141600'],
          attributes: [{ name: 'Colour', value: 'Grey' }],
        },
        2: { subLines: [expect.objectContaining({ id: '3.1', name: 'Band 1' })] },
      },
    });
  });
});

describe('readEInvoice on a UBL credit note with unusual prefixes', () => {
  const { invoice, syntax } = readOk(xml.ublCreditNoteReverseCharge);

  it('reads CreditNoteLine and CreditedQuantity, keeping amounts positive as written', () => {
    expect(syntax).toBe('UBL');
    expect(invoice.documentType).toBe('381');
    expect(invoice.lines.map((l) => [l.name, l.quantity, l.unitCode, l.lineTotal])).toEqual([
      ['Consulting hours returned', '3', 'HUR', '150.00'],
      ['Travel expenses', '1', 'C62', '50.00'],
    ]);
    expect(invoice.totals).toMatchObject({ netTotal: '200.00', grossTotal: '200.00' });
  });

  it('takes the due date from the payment means and the reverse-charge breakdown with reason', () => {
    expect(invoice.dueDate).toBe('2024-06-09');
    expect(invoice.precedingInvoices).toEqual([{ id: 'INV-2024-100', issueDate: '2024-04-02' }]);
    expect(invoice.vatBreakdown).toEqual([
      {
        category: 'AE',
        rate: '0',
        taxableAmount: '200.00',
        taxAmount: '0.00',
        exemptionReason: 'Reverse charge',
        exemptionReasonCode: 'VATEX-EU-AE',
      },
    ]);
    expect(invoice.buyer?.vatId).toBe('NL123456789B01');
  });
});
