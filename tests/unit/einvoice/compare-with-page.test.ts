import { describe, expect, it } from 'vitest';
import { compareWithPage } from '../../../src/einvoice/compare-with-page.ts';
import { amountPattern, datePattern } from '../../../src/einvoice/printed-forms.ts';
import { invoiceOf, xml } from './einvoice-fixtures.ts';

/** A page as the page model gives it: its words. */
const words = (text: string) =>
  text
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => ({ text: word }));

describe('printed forms', () => {
  it.each([
    ['1234.56', ['1,234.56', '1.234,56', '1 234,56', '1234.56', "1'234.56", 'EUR 1.234,56']],
    ['529.87', ['529,87 €', 'Total: 529.87']],
    ['473.00', ['473,00', '473', '473,-']],
    ['-56.87', ['56,87']],
  ])('finds %s printed as %j', (amount, printed) => {
    for (const text of printed) expect(amountPattern(amount)?.test(text)).toBe(true);
  });

  it('does not find an amount inside a longer number', () => {
    const pattern = amountPattern('234.56');
    for (const text of ['1,234.56', '234.567', '1234.56', '234.56.7'])
      expect(pattern?.test(text)).toBe(false);
  });

  it.each([
    '05.03.2018',
    '5.3.2018',
    '05.03.18',
    '2018-03-05',
    '03/05/2018',
    '5 March 2018',
    '5. März 2018',
    'March 5, 2018',
    '5 mars 2018',
    '05-Mar-2018',
    '20180305',
  ])('finds 2018-03-05 printed as %s', (text) => {
    expect(datePattern('2018-03-05')?.test(text)).toBe(true);
  });

  it('does not confuse other dates', () => {
    const pattern = datePattern('2018-03-05');
    for (const text of ['15.03.2018', '05.03.2019', '2018-03-15', '5 May 2018'])
      expect(pattern?.test(text)).toBe(false);
  });
});

describe('compareWithPage', () => {
  const invoice = invoiceOf(xml.ciiEn16931);
  const page = `Lieferant GmbH · Lieferantenstraße 20 · 80333 München
    USt-IdNr. DE 123 456 789
    Kunden AG Mitte
    Rechnung Nr. 471102            Datum: 5. März 2018
    Zahlbar bis 04.04.2018
    Summe netto 468,00 EUR   USt 55,32 EUR   Gesamt 523,32 EUR   Zahlbetrag 523,32 EUR
    IBAN DE02 1203 0000 0000 2020 51`;

  it('is quiet when every key value is printed', () => {
    expect(compareWithPage(invoice, [words(page)])).toEqual([]);
  });

  it('flags values that are not printed, one warning each', () => {
    const edited = page
      .replace('471102', '471103')
      .replace('523,32 EUR   Zahlbetrag 523,32', '523,33 EUR   Zahlbetrag 523,33');
    expect(compareWithPage(invoice, [words('Page 1'), words(edited)])).toEqual([
      {
        ruleId: 'XML-VS-PAGE',
        severity: 'warning',
        message:
          'The invoice number in the e-invoice data (471102) is not printed on the page; the XML and the visible invoice may disagree.',
        fields: ['invoiceNumber'],
      },
      expect.objectContaining({ fields: ['totals.grossTotal'] }),
      expect.objectContaining({ fields: ['totals.amountDue'] }),
    ]);
  });

  it('flags a missing VAT id, IBAN and seller name, and skips pages without text', () => {
    const fields = compareWithPage(invoice, [
      words('Rechnung 471102 vom 05.03.2018, 04.04.2018, 468,00 55,32 523,32 Kunden AG Mitte'),
    ]).map((f) => f.fields[0]);
    expect(fields).toEqual(['seller.name', 'seller.vatId', 'payment.accounts[0].iban']);
    expect(compareWithPage(invoice, [[], [{ text: '  ' }]])).toEqual([]);
  });
});
