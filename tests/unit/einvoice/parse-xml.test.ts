import { describe, expect, it } from 'vitest';
import { parseXml, XmlParseError } from '../../../src/einvoice/parse-xml.ts';
import { attributeOf, xmlQuery } from '../../../src/einvoice/xml-element.ts';
import { utf8, xml } from './einvoice-fixtures.ts';

const q = xmlQuery({ a: 'urn:a', b: 'urn:b', '': '' });

function parseError(input: string | Uint8Array, limits?: Parameters<typeof parseXml>[1]) {
  try {
    parseXml(input, limits);
  } catch (error) {
    if (error instanceof XmlParseError) return error;
    throw error;
  }
  throw new Error('expected the parse to fail');
}

describe('parseXml namespaces', () => {
  it('resolves prefixes to namespace URIs, whatever the prefixes are', () => {
    const one = parseXml('<x:r xmlns:x="urn:a" xmlns:y="urn:b"><y:c>1</y:c></x:r>').root;
    const two = parseXml('<r xmlns="urn:a"><q:c xmlns:q="urn:b">1</q:c></r>').root;
    for (const root of [one, two]) {
      expect(root.ns).toBe('urn:a');
      expect(q.text(root, 'b:c')).toBe('1');
      expect(q.one(root, 'a:c')).toBeUndefined();
    }
  });

  it('scopes declarations to their element and lets inner ones override', () => {
    const root = parseXml(
      '<p:r xmlns:p="urn:a"><p:c xmlns:p="urn:b"><p:d>in b</p:d></p:c><p:d>in a</p:d></p:r>',
    ).root;
    expect(q.text(root, 'b:c/b:d')).toBe('in b');
    expect(q.text(root, 'a:d')).toBe('in a');
  });

  it('keeps unprefixed attributes in no namespace and elements without a namespace in ""', () => {
    const root = parseXml('<r xmlns="urn:a"><c schemeID=" VA ">x</c><d xmlns="">y</d></r>').root;
    expect(attributeOf(q.one(root, 'a:c'), 'schemeID')).toBe('VA');
    expect(q.text(root, 'd')).toBe('y');
  });

  it('decodes predefined entities, character references and CDATA, and nothing else', () => {
    const root = parseXml(
      '<r a="&quot;x&quot; &amp; y"><t>A &amp; B &lt;3 &#228;&#xF6;</t><c><![CDATA[&amp; <raw>]]></c></r>',
    ).root;
    expect(attributeOf(root, 'a')).toBe('"x" & y');
    expect(q.text(root, 't')).toBe('A & B <3 äö');
    expect(q.text(root, 'c')).toBe('&amp; <raw>');
    expect(parseError('<r>&nbsp;</r>').message).toMatch(/&nbsp; is not defined/);
  });
});

describe('parseXml bytes', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const body = '<r>Müller</r>';
    expect(parseXml(utf8(body)).root.text).toBe('Müller');
    expect(parseXml(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(body)])).root.text).toBe('Müller');
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const text = '<r>Grüße</r>';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    expect(parseXml(bytes).root.text).toBe('Grüße');
  });

  it('honours a declared ISO-8859-1 encoding', () => {
    const bytes = new Uint8Array([
      ...utf8('<?xml version="1.0" encoding="ISO-8859-1"?><r>M'),
      0xfc,
      ...utf8('ller</r>'),
    ]);
    expect(parseXml(bytes).root.text).toBe('Müller');
  });

  it('reads invalid UTF-8 as Windows-1252 and says so', () => {
    const doc = parseXml(new Uint8Array([...utf8('<r>M'), 0xfc, ...utf8('ller</r>')]));
    expect(doc.root.text).toBe('Müller');
    expect(doc.encodingRepaired).toBe(true);
  });
});

describe('parseXml refuses unsafe and broken input', () => {
  it('refuses a DOCTYPE with entity expansion (billion laughs) without expanding it', () => {
    const error = parseError(xml.hostileBillionLaughs);
    expect(error.kind).toBe('unsafe');
    expect(error.line).toBe(2);
  });

  it('refuses external entities', () => {
    expect(parseError(xml.hostileExternalEntity).kind).toBe('unsafe');
    expect(parseError('<r><!ENTITY x "y"></r>').kind).toBe('unsafe');
  });

  it('reports damaged XML with its line number', () => {
    const error = parseError(xml.brokenMismatchedTag);
    expect(error.kind).toBe('malformed');
    expect(error.line).toBe(7);
  });

  it('refuses several root elements and bare ampersands', () => {
    expect(parseError('<a/><b/>').kind).toBe('malformed');
    expect(parseError('<a>x & y</a>').kind).toBe('malformed');
  });

  it('refuses nesting deeper than the limit', () => {
    const deep = '<a>'.repeat(80) + '</a>'.repeat(80);
    expect(parseError(deep).kind).toBe('too-deep');
    const limits = { maxBytes: 1000, maxDepth: 3 };
    expect(parseError('<a><b><c><d/></c></b></a>', limits).kind).toBe('too-deep');
    expect(parseXml('<a><b><c/></b></a>', limits).root.local).toBe('a');
  });

  it('refuses input over the size limit', () => {
    const error = parseError(`<a>${'x'.repeat(200)}</a>`, { maxBytes: 100, maxDepth: 64 });
    expect(error.kind).toBe('too-large');
  });

  it('refuses an unsupported declared encoding', () => {
    const bytes = utf8('<?xml version="1.0" encoding="x-klingon"?><r/>');
    expect(parseError(bytes).kind).toBe('encoding');
  });
});
