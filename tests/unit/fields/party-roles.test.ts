import { describe, expect, it } from 'vitest';
import {
  namesAfterKeys,
  namesUnderLabels,
  namesOfReturnLines,
} from '../../../src/pipeline/resolve-party-names.ts';
import { withPartyRoles } from '../../../src/pipeline/resolve-party-roles.ts';
import { page } from './spans.ts';
import type { FieldSpan } from '../../../src/pipeline/decode-labels.ts';
import type { ResolvePage } from '../../../src/pipeline/resolve-candidates.ts';

/** A span over the page's words whose text starts with `text`, labelled `field`. */
function labelled(on: ResolvePage, field: string, text: string): FieldSpan {
  const parts = text.split(' ');
  const start = on.words.findIndex((_, i) =>
    parts.every((part, k) => on.words[i + k]?.text === part),
  );
  const words = parts.map((_, k) => start + k);
  return {
    field,
    page: on.index,
    words,
    text,
    confidence: 0.8,
    boxes: words.map((i) => on.words[i]!.norm),
    best: true,
  };
}

const fieldsOf = (spans: readonly FieldSpan[]) => spans.map((span) => span.field);

describe('party roles from printed labels', () => {
  it.each([
    ['Verkäufer:', 'buyerName', 'sellerName'],
    ['Käufer/Leistungsempfänger:', 'sellerName', 'buyerName'],
    ['Bill to', 'sellerName', 'buyerName'],
    ['FACTURÉ À :', 'sellerName', 'buyerName'],
    ['Fornitore', 'buyerName', 'sellerName'],
    ['Customer', 'buyerName', 'buyerName'],
  ])('"%s" above a name the model called %s makes it %s', (label, field, expected) => {
    const on = page(0, [
      [label, 0.1, 0.2],
      ['Lieferant GmbH', 0.1, 0.215],
    ]);
    expect(fieldsOf(withPartyRoles([labelled(on, field, 'Lieferant GmbH')], [on]))).toEqual([
      expected,
    ]);
  });

  it('reads a label on the same line before the name', () => {
    const on = page(0, [['Client : Kunden AG', 0.1, 0.2]]);
    expect(fieldsOf(withPartyRoles([labelled(on, 'sellerName', 'Kunden AG')], [on]))).toEqual([
      'buyerName',
    ]);
  });

  it('moves a VAT id of the labelled block, but not an order number', () => {
    const on = page(0, [
      ['Seller:', 0.1, 0.2],
      ['Acme Ltd', 0.1, 0.215],
      ['VAT: DE123456789', 0.1, 0.23],
      ['Order: OD30417509604', 0.1, 0.245],
    ]);
    const spans = [
      labelled(on, 'buyerVatId', 'DE123456789'),
      labelled(on, 'buyerVatId', 'OD30417509604'),
    ];
    expect(fieldsOf(withPartyRoles(spans, [on]))).toEqual(['sellerVatId', 'buyerVatId']);
  });

  it('ignores labels of another column, labels far above, and a bare "to"', () => {
    const on = page(0, [
      ['Seller:', 0.6, 0.2],
      ['Kunden AG', 0.1, 0.215],
      ['Supplier', 0.1, 0.02],
      ['to', 0.3, 0.5],
      ['Muster GmbH', 0.3, 0.515],
    ]);
    const spans = [
      labelled(on, 'buyerName', 'Kunden AG'),
      labelled(on, 'sellerName', 'Muster GmbH'),
    ];
    expect(fieldsOf(withPartyRoles(spans, [on]))).toEqual(['buyerName', 'sellerName']);
  });
});

describe('names after a "Name:" key in a labelled block', () => {
  it('reads the value as the name of the party the block is headed by', () => {
    const on = page(0, [
      ['Verkäufer', 0.1, 0.1],
      ['Name: Lieferant GmbH', 0.1, 0.115],
      ['Käufer/Leistungsempfänger', 0.1, 0.2],
      ['Nummer: GE2020211', 0.1, 0.215],
      ['Name: Kunden AG Mitte', 0.1, 0.23],
    ]);
    expect(namesAfterKeys([on]).map((span) => [span.field, span.text])).toEqual([
      ['sellerName', 'Lieferant GmbH'],
      ['buyerName', 'Kunden AG Mitte'],
    ]);
  });

  it('finds the value in a second column when the text layer gives key and value apart', () => {
    const on = page(0, [
      ['Verkäufer', 0.12, 0.21],
      ['Name:', 0.12, 0.26],
      ['Lieferant GmbH', 0.44, 0.26],
      ['USt.-Id.-Nr.:', 0.12, 0.43],
      ['DE123456789', 0.44, 0.43],
    ]);
    expect(namesAfterKeys([on]).map((span) => [span.field, span.text])).toEqual([
      ['sellerName', 'Lieferant GmbH'],
    ]);
    const vat = labelled(on, 'buyerVatId', 'DE123456789');
    expect(fieldsOf(withPartyRoles([vat], [on]))).toEqual(['sellerVatId']);
  });

  it('reads nothing where no role label heads the "Name:" line', () => {
    const on = page(0, [
      ['Ansprechpartner', 0.1, 0.1],
      ['Name: Hans Muster', 0.1, 0.115],
    ]);
    expect(namesAfterKeys([on])).toEqual([]);
  });
});

describe('names right under a role label', () => {
  it('reads the line under a lone label as that party’s name', () => {
    const on = page(0, [
      ['Stylesheet zur Lesbarmachung', 0.08, 0.075],
      ['Verkäufer:', 0.084, 0.24],
      ['Taxiunternehmen TX GmbH', 0.084, 0.255],
      ['Lieferantenstraße 20', 0.084, 0.27],
      ['Käufer/Leistungsempfänger:', 0.084, 0.35],
      ['Taxi-Gast AG Mitte', 0.084, 0.365],
    ]);
    expect(namesUnderLabels([on]).map((span) => [span.field, span.text])).toEqual([
      ['sellerName', 'Taxiunternehmen TX GmbH'],
      ['buyerName', 'Taxi-Gast AG Mitte'],
    ]);
  });

  it('reads the name under the key lines that follow a label, not an address under them', () => {
    const on = page(0, [
      ['Käufer/Leistungsempfänger:', 0.084, 0.35],
      ['Nummer : 339420', 0.084, 0.365],
      ['Globale Nummer: 4304171000002 (GTIN)', 0.084, 0.38],
      ['MUSTER-KUNDE GMBH', 0.084, 0.395],
      ['Verkäufer:', 0.5, 0.35],
      ['Nummer : 549910', 0.5, 0.365],
      ['BAHNHOFSTRASSE 99', 0.5, 0.38],
    ]);
    expect(namesUnderLabels([on]).map((span) => [span.field, span.text])).toEqual([
      ['buyerName', 'MUSTER-KUNDE GMBH'],
    ]);
  });

  it('reads a long label with one letter misread, not a title one letter from a label', () => {
    const misread = page(0, [
      ['Kaufer/Leistungsempfinger', 0.084, 0.35],
      ['Kunden AG Mitte', 0.084, 0.365],
    ]);
    const title = page(0, [
      ['Facture FA-2017-0010', 0.084, 0.35],
      ['Adresse de livraison', 0.084, 0.365],
    ]);
    expect(namesUnderLabels([misread]).map((span) => span.text)).toEqual(['Kunden AG Mitte']);
    expect(namesUnderLabels([title])).toEqual([]);
  });

  it('reads a label the text layer split at a kerning gap', () => {
    const split = page(0, [
      ['Ver käufer :', 0.084, 0.35],
      ['Lieferant GmbH', 0.084, 0.365],
    ]);
    expect(namesUnderLabels([split]).map((span) => [span.field, span.text])).toEqual([
      ['sellerName', 'Lieferant GmbH'],
    ]);
  });

  it('reaches over the wider line gap of tight OCR boxes', () => {
    const on = page(0, [
      ['Käufer/Leistungsempfänger:', 0.084, 0.35],
      ['Kunden AG Mitte', 0.084, 0.385],
    ]);
    expect(namesUnderLabels([on]).map((span) => span.text)).toEqual(['Kunden AG Mitte']);
    // A label without descenders reads shorter still: two line heights and a bit below it.
    const wider = page(0, [
      ['Verkäufer:', 0.084, 0.35],
      ['Lieferant GmbH', 0.084, 0.3875],
    ]);
    expect(namesUnderLabels([wider]).map((span) => span.text)).toEqual(['Lieferant GmbH']);
  });

  it('reads no key, number or address line as a name', () => {
    const on = page(0, [
      ['Käufer/Leistungsempfänger:', 0.084, 0.5],
      ['Nummer', 0.084, 0.515],
      [': 339420', 0.225, 0.515],
      ['Verkäufer', 0.5, 0.5],
      ['Lieferantenstraße 20', 0.5, 0.515],
    ]);
    expect(namesUnderLabels([on])).toEqual([]);
  });
});

describe("a letter's return-address line", () => {
  // Small type (0.006 high) over the recipient's name in larger type (0.012).
  const words = (text: string, x: number, y: number, height: number, line: number) =>
    text.split(' ').map((word, i) => ({
      text: word,
      norm: { x0: x + i * 0.05, y0: y, x1: x + i * 0.05 + 0.045, y1: y + height },
      line,
    }));
  const letter = {
    index: 0,
    words: [
      ...words('Bei Spiel GmbH ● Ecke 12 ● 12345 Stadthausen', 0.17, 0.194, 0.006, 0),
      ...words('Theodor Est', 0.12, 0.209, 0.012, 1),
      ...words('Bahnstr. 42', 0.12, 0.243, 0.012, 2),
    ],
  };

  it('reads the name under it as the buyer, its own name as the seller', () => {
    expect(namesOfReturnLines([letter]).map((span) => [span.field, span.text])).toEqual([
      ['buyerName', 'Theodor Est'],
      ['sellerName', 'Bei Spiel GmbH'],
    ]);
  });

  it('reads a sender written in lower case, up to its first separator', () => {
    const lower = {
      index: 0,
      words: [
        ...words('weclapp.com | Somestreet 42 | 08155 Some city', 0.1, 0.136, 0.008, 0),
        ...words('Beispiel AG', 0.094, 0.149, 0.0106, 1),
      ],
    };
    expect(namesOfReturnLines([lower]).map((span) => [span.field, span.text])).toEqual([
      ['buyerName', 'Beispiel AG'],
      ['sellerName', 'weclapp.com'],
    ]);
  });

  it('gives a name the model read on it to the seller', () => {
    const sender = labelled(letter, 'buyerName', 'Bei');
    expect(withPartyRoles([sender], [letter])[0]?.field).toBe('sellerName');
  });
});
