import { describe, expect, it } from 'vitest';
import { readEInvoice } from '../../../src/einvoice/read-einvoice.ts';
import { utf8, xml } from './einvoice-fixtures.ts';

function failure(input: string | Uint8Array) {
  const result = readEInvoice(input);
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

const ublHead =
  '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" ' +
  'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" ' +
  'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">';

describe('readEInvoice failures', () => {
  it('names the root element of XML that is not an e-invoice', () => {
    expect(failure(xml.ublOrderUnknownRoot)).toEqual({
      code: 'unsupported-type',
      message: 'This XML file is not an e-invoice: its root element is <Order>.',
    });
  });

  it('explains a known root name in a foreign namespace', () => {
    expect(failure('<Invoice xmlns="urn:example:other"/>').message).toMatch(
      /<Invoice> is in the namespace urn:example:other, not the UBL 2.1, CII or ZUGFeRD namespace/,
    );
  });

  it('says damaged XML is damaged, with the line', () => {
    const error = failure(xml.brokenMismatchedTag);
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/^This e-invoice XML is damaged: .*\(line 7\)\.$/);
  });

  it('refuses DOCTYPE, entity expansion and external entities for safety', () => {
    for (const hostile of [xml.hostileBillionLaughs, xml.hostileExternalEntity]) {
      const error = failure(hostile);
      expect(error.code).toBe('corrupt');
      expect(error.message).toMatch(
        /^This XML file was refused for safety: it contains a <!DOCTYPE>/,
      );
    }
  });

  it('refuses over-deep nesting and files that are not XML at all', () => {
    const deep = `${ublHead}${'<cac:X>'.repeat(70)}${'</cac:X>'.repeat(70)}</Invoice>`;
    expect(failure(deep).message).toMatch(/too complex .* nested more than 64 levels/);
    expect(failure(utf8('%PDF-1.7 ...'))).toEqual({
      code: 'unsupported-type',
      message: 'This file is not XML, so it cannot be an e-invoice.',
    });
  });
});

describe('readEInvoice values it cannot use', () => {
  it('reports a non-numeric amount, a bad date and an unknown VAT code instead of crashing', () => {
    const result = readEInvoice(
      `${ublHead}<cbc:ID>1</cbc:ID><cbc:IssueDate>2024-02-30</cbc:IssueDate>
      <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">1,90</cbc:TaxAmount>
        <cac:TaxSubtotal><cbc:TaxableAmount>10</cbc:TaxableAmount><cbc:TaxAmount>1.9</cbc:TaxAmount>
          <cac:TaxCategory><cbc:ID>X</cbc:ID></cac:TaxCategory></cac:TaxSubtotal></cac:TaxTotal></Invoice>`,
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.invoice.issueDate).toBeUndefined();
    expect(result.invoice.totals.taxTotal).toBeUndefined();
    expect(result.invoice.vatBreakdown).toEqual([]);
    expect(result.findings.map((f) => [f.ruleId, f.fields])).toEqual([
      ['XML-VAT-CATEGORY', ['vatBreakdown[0].category']],
      ['XML-NUMBER', ['totals.taxTotal']],
      ['XML-DATE', ['issueDate']],
    ]);
    expect(result.findings[1]?.message).toBe(
      '"1,90" in totals.taxTotal is not a number as e-invoices write them (like 1234.56); it was left out.',
    );
  });

  it('normalises decimals only by trimming and dropping a leading plus', () => {
    const result = readEInvoice(
      `${ublHead}<cac:LegalMonetaryTotal><cbc:PayableAmount> +1234.50 </cbc:PayableAmount>
      <cbc:TaxExclusiveAmount>.5</cbc:TaxExclusiveAmount></cac:LegalMonetaryTotal></Invoice>`,
    );
    expect(result.ok && result.invoice.totals).toEqual({ amountDue: '1234.50', netTotal: '0.5' });
  });

  it('reads Windows-1252 bytes that claim UTF-8, with a warning', () => {
    const bytes = new Uint8Array([
      ...utf8(`${ublHead}<cbc:ID>M`),
      0xfc,
      ...utf8('ller</cbc:ID></Invoice>'),
    ]);
    const result = readEInvoice(bytes);
    expect(result.ok && result.invoice.invoiceNumber).toBe('Müller');
    expect(result.ok && result.findings.map((f) => f.ruleId)).toEqual(['XML-ENCODING']);
  });

  it('splits the UBL note subject code (#ADU#…) from the note text', () => {
    const result = readEInvoice(
      `${ublHead}<cbc:Note>#ADU#Es gelten unsere AGB.</cbc:Note><cbc:Note>Plain</cbc:Note></Invoice>`,
    );
    expect(result.ok && result.invoice.notes).toEqual(['Es gelten unsere AGB.', 'Plain']);
    expect(result.ok && result.extras.noteSubjectCodes).toEqual(['ADU', undefined]);
  });
});
