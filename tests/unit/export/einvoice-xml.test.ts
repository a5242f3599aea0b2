// UBL and CII writers: golden files, and round trips through the app's own e-invoice readers.
import { describe, expect, it } from 'vitest';
import type { Invoice } from '../../../src/domain/invoice.ts';
import { readEInvoice } from '../../../src/einvoice/read-einvoice.ts';
import { eInvoiceXml } from '../../../src/export/einvoice.ts';
import type { EInvoiceFormat } from '../../../src/export/export-types.ts';
import { xml as fixtures } from '../einvoice/einvoice-fixtures.ts';
import { expectGolden, paperInvoice, richInvoice } from './export-fixtures.ts';

function written(format: EInvoiceFormat, invoice: Invoice) {
  const result = eInvoiceXml(format, invoice);
  if (!result.ok) throw new Error(result.missing.map((m) => `${m.ruleId} ${m.field}`).join('; '));
  return result;
}

function readBack(xml: string) {
  const result = readEInvoice(xml);
  if (!result.ok) throw new Error(result.error.message);
  expect(result.findings).toEqual([]);
  return result;
}

const formats: readonly [EInvoiceFormat, 'UBL' | 'CII', string][] = [
  ['ubl', 'UBL', 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0'],
  ['cii', 'CII', 'urn:cen.eu:en16931:2017'],
  ['xrechnung-ubl', 'UBL', 'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0'],
  ['xrechnung-cii', 'CII', 'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0'],
  ['facturx', 'CII', 'urn:cen.eu:en16931:2017'],
];

describe.each(formats)('%s export', (format, syntax, specification) => {
  it('writes the XML of the golden file', () => {
    expectGolden(`${format}.xml`, written(format, richInvoice()).xml);
  });

  it('reads back with the app reader to identical fields', () => {
    const out = written(format, richInvoice());
    const back = readBack(out.xml);
    expect(back.syntax).toBe(syntax);
    expect(back.profile).toBe(specification);
    expect(back.invoice).toEqual(out.invoice);
    expect(out.invoice).toEqual({ ...richInvoice(), specification, ...businessProcess(format) });
  });
});

function businessProcess(format: EInvoiceFormat) {
  const peppol = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';
  return format === 'cii' || format === 'facturx' ? {} : { businessProcess: peppol };
}

describe('round trips of the e-invoices the app reads', () => {
  it('UBL → UBL and CII keeps every field (CII carries the SEPA creditor id on its own)', () => {
    const source = readBack(fixtures.ublInvoiceFull).invoice;
    for (const format of ['ubl', 'xrechnung-ubl'] as const) {
      const out = written(format, source);
      expect(readBack(out.xml).invoice).toEqual(out.invoice);
    }
    const cii = written('xrechnung-cii', source);
    const withoutSepaId = source.seller?.identifiers?.filter((i) => i.scheme !== 'SEPA');
    expect(readBack(cii.xml).invoice).toEqual({
      ...cii.invoice,
      seller: { ...cii.invoice.seller, identifiers: withoutSepaId },
    });
  });

  it('CII → CII and Factur-X XML keeps every field', () => {
    const source = readBack(fixtures.ciiEn16931).invoice;
    for (const format of ['cii', 'facturx'] as const) {
      const out = written(format, source);
      expect(readBack(out.xml).invoice).toEqual(out.invoice);
    }
  });

  it('writes a credit note type as a UBL CreditNote with its due date in the payment means', () => {
    const credit = { ...richInvoice(), documentType: '381' };
    const out = written('ubl', credit);
    expect(out.xml).toContain(
      '<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"',
    );
    expect(out.xml).toContain('<cac:CreditNoteLine>');
    expect(out.xml).toContain('<cbc:PaymentDueDate>2024-04-14</cbc:PaymentDueDate>');
    const { projectReference, ...rest } = out.invoice;
    expect(projectReference).toBe('PRJ-NORD');
    // UBL 2.1 credit notes carry the project as a document reference the reader keeps as an extra.
    expect(readBack(out.xml).invoice).toEqual(rest);
  });
});

describe('XML details', () => {
  it('escapes markup and drops characters XML 1.0 forbids', () => {
    const invoice = { ...richInvoice(), notes: ['a < b & c > d "q" \u0001end', 'x]]>y'] };
    const out = written('cii', invoice);
    expect(out.xml).toContain('<ram:Content>a &lt; b &amp; c &gt; d "q" end</ram:Content>');
    expect(readBack(out.xml).invoice.notes).toEqual(['a < b & c > d "q" end', 'x]]>y']);
  });

  it('writes amounts with two decimals and keeps the precision of quantities and prices', () => {
    const invoice = richInvoice();
    const lines = invoice.lines.map((l, i) =>
      i === 1 ? { ...l, quantity: '12.000', unitPrice: '2.4', lineTotal: '28.8' } : l,
    );
    const out = written('ubl', { ...invoice, lines });
    expect(out.xml).toContain('<cbc:InvoicedQuantity unitCode="C62">12.000</cbc:InvoicedQuantity>');
    expect(out.xml).toContain(
      '<cbc:LineExtensionAmount currencyID="EUR">28.80</cbc:LineExtensionAmount>',
    );
    expect(out.xml).toContain('<cbc:PriceAmount currencyID="EUR">2.4</cbc:PriceAmount>');
  });

  it('leaves out elements without content (Peppol rejects empty elements)', () => {
    const out = written('ubl', richInvoice());
    expect(out.xml).not.toMatch(/<([\w:]+)[^>]*>\s*<\/\1>/);
    expect(out.xml).not.toMatch(/<[\w:]+[^>]*\/>/);
  });

  it('joins document notes into one for Peppol unless both parties are German', () => {
    const foreign = {
      ...richInvoice(),
      buyer: {
        ...richInvoice().buyer,
        address: { lines: [], city: 'Wien', postalCode: '1010', countryCode: 'AT' },
      },
    };
    const out = written('ubl', foreign);
    expect(out.invoice.notes).toEqual([richInvoice().notes?.join('\n')]);
    // Document notes, plus the payment terms note and one line note.
    expect(out.xml.match(/<cbc:Note>/g)).toHaveLength(1 + 2);
    expect(written('ubl', richInvoice()).xml.match(/<cbc:Note>/g)).toHaveLength(2 + 2);
  });

  it('writes the mandate of a direct debit into its own payment means with code 59', () => {
    const invoice = richInvoice();
    const payment = {
      ...invoice.payment!,
      mandateId: 'MANDATE-7',
      creditorId: 'DE98ZZZ09999999999',
      debitedAccount: 'DE75512108001245126199',
    };
    const out = written('xrechnung-ubl', { ...invoice, payment });
    expect(out.xml.match(/<cbc:PaymentMeansCode/g)).toHaveLength(2);
    expect(out.xml).toContain('<cbc:ID schemeID="SEPA">DE98ZZZ09999999999</cbc:ID>');
    expect(readBack(out.xml).invoice.payment).toEqual(payment);
    const cii = written('xrechnung-cii', { ...invoice, payment });
    expect(readBack(cii.xml).invoice.payment).toEqual(payment);
  });

  it('refuses a paper invoice without unit codes instead of writing an invalid file', () => {
    const result = eInvoiceXml('cii', paperInvoice());
    expect(result).toEqual({
      ok: false,
      missing: [expect.objectContaining({ ruleId: 'BR-23', field: 'lines[0].unitCode' })],
    });
  });
});
