import { describe, expect, it } from 'vitest';
import type { FileKind } from '../../../src/domain/file-kind.ts';
import { sniffFileType } from '../../../src/pipeline/sniff-file-type.ts';
import {
  bytes,
  ciiInvoice,
  ftyp,
  gifHeader,
  heic,
  jpegHeader,
  png1x1,
  tiff,
  ublCreditNotePrefixed,
  ublInvoice,
  ublWithProlog,
  utf16,
  utf8,
  webpExtended,
  webpLossless,
  webpLossy,
  zipHeader,
  zugferd1,
} from './capture-fixtures.ts';

const accepted: readonly (readonly [string, Uint8Array, FileKind])[] = [
  ['PDF', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'pdf'],
  ['PDF after 500 bytes of junk', bytes(utf8('x'.repeat(500)), '%PDF-1.4\n'), 'pdf'],
  ['JPEG', jpegHeader(640, 480), 'jpeg'],
  ['PNG', png1x1, 'png'],
  ['WebP lossy', webpLossy(10, 20), 'webp'],
  ['WebP lossless', webpLossless(10, 20), 'webp'],
  ['WebP extended', webpExtended(10, 20), 'webp'],
  ['TIFF little-endian', tiff([[1, 1]], { order: 'II' }), 'tiff'],
  ['TIFF big-endian', tiff([[1, 1]], { order: 'MM' }), 'tiff'],
  ['BigTIFF', tiff([[1, 1]], { order: 'II', bigTiff: true }), 'tiff'],
  ['HEIC', heic(4032, 3024), 'heic'],
  ['HEIF with mif1 major and heic compatible', ftyp('mif1', ['heic']), 'heic'],
  ['HEIF sequence', ftyp('msf1', ['msf1', 'hevc']), 'heic'],
  ['HEIC with avif also listed', ftyp('heix', ['mif1', 'avif']), 'heic'],
  ['UBL invoice, default namespace', utf8(ublInvoice), 'ubl'],
  ['UBL credit note, ubl: prefix', utf8(ublCreditNotePrefixed), 'ubl'],
  ['CII, rsm: prefix', utf8(ciiInvoice), 'cii'],
  ['ZUGFeRD 1.0', utf8(zugferd1), 'cii'],
  ['UBL after BOM, declaration, comment, PI and DOCTYPE', utf8(ublWithProlog), 'ubl'],
  ['UTF-16 LE XML with BOM', utf16(ublInvoice.replace('UTF-8', 'UTF-16'), 'le'), 'ubl'],
  ['UTF-16 BE XML with BOM', utf16(ciiInvoice, 'be'), 'cii'],
  ['UTF-16 LE XML without BOM', utf16(ciiInvoice, 'le', false), 'cii'],
  [
    'UBL without declaration',
    utf8('  \n<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">'),
    'ubl',
  ],
];

describe('sniffFileType accepts', () => {
  it.each(accepted)('%s', (_, input, kind) => {
    expect(sniffFileType(input)).toEqual({ ok: true, kind });
  });
});

const refused: readonly (readonly [string, Uint8Array, RegExp])[] = [
  ['empty', new Uint8Array(), /empty/],
  ['ZIP (docx, xlsx, odt)', zipHeader, /ZIP archive \(Word, Excel and OpenDocument/],
  ['GIF', gifHeader, /GIF image/],
  ['BMP', bytes('BM', [0x46, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0, 40, 0, 0, 0]), /BMP image/],
  ['AVIF', ftyp('avif', ['avif', 'mif1', 'miaf']), /AVIF image/],
  ['AVIF with mif1 major', ftyp('mif1', ['avif', 'miaf']), /AVIF image/],
  ['AVIF sequence', ftyp('avis', ['msf1']), /AVIF image/],
  ['MP4 video', ftyp('isom', ['isom', 'mp41']), /video/],
  ['RAR', bytes('Rar!', [0x1a, 0x07, 0x01, 0x00]), /RAR archive/],
  ['7z', bytes([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]), /7-Zip archive/],
  ['gzip', bytes([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]), /gzip/],
  ['Windows executable', bytes('MZ', new Uint8Array(126)), /Windows executable/],
  ['Linux executable', bytes([0x7f], 'ELF', [2, 1, 1, 0]), /Linux ELF executable/],
  ['old Office file', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /Microsoft Office/],
  ['plain text', utf8('Invoice 2024-001\nTotal: 100.00 EUR\n'), /plain text/],
  ['text starting with BM', utf8('BMW service invoice, total 250 EUR\n'), /plain text/],
  ['HTML', utf8('<!DOCTYPE html>\n<html lang="en"><body>Invoice</body></html>'), /HTML web page/],
  ['HTML with unquoted attributes', utf8('<meta charset=utf-8><title>x</title><body>'), /HTML/],
  ['random XML', utf8('<?xml version="1.0"?>\n<Foo xmlns="urn:example"><Bar/></Foo>'), /<Foo>/],
  [
    'Invoice in a foreign namespace',
    utf8('<Invoice xmlns="urn:example:invoice"/>'),
    /not in the UBL or CII/,
  ],
  [
    'UBL root with undeclared prefix',
    utf8('<x:Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"/>'),
    /not a UBL or CII/,
  ],
  [
    'binary noise',
    Uint8Array.from({ length: 256 }, (_, i) => (i * 37) % 256),
    /does not recognise/,
  ],
];

describe('sniffFileType refuses with a description', () => {
  it.each(refused)('%s', (_, input, description) => {
    const result = sniffFileType(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.description).toMatch(description);
  });

  it('names the root element of other XML', () => {
    expect(sniffFileType(utf8('<?xml version="1.0"?><Foo/>'))).toEqual({
      ok: false,
      description: 'an XML file, but not a UBL or CII e-invoice (its root element is <Foo>)',
    });
  });
});

describe('sniffFileType on hostile or truncated input', () => {
  const samples = [
    jpegHeader(1, 1),
    png1x1,
    webpLossy(1, 1),
    tiff([[1, 1]], { order: 'MM', bigTiff: true }),
    heic(1, 1),
    utf8(ublWithProlog),
    utf16(ciiInvoice, 'be'),
  ];

  it('never throws on any prefix of a valid file', () => {
    for (const sample of samples) {
      for (let length = 0; length <= sample.length; length++) {
        expect(() => sniffFileType(sample.subarray(0, length))).not.toThrow();
      }
    }
  });

  it('does not hang on unterminated comments, DOCTYPEs or start tags', () => {
    for (const text of [
      '<!-- never closed',
      '<!DOCTYPE x [ <!ENTITY a "',
      '<Invoice xmlns="',
      '<?xml',
    ]) {
      const started = Date.now();
      expect(sniffFileType(utf8(text + ' '.repeat(60_000))).ok).toBe(false);
      expect(Date.now() - started).toBeLessThan(1000);
    }
  });

  it('looks only at the leading 64 KiB of a whole file', () => {
    const largeText = utf8('<?xml version="1.0"?>\n<!-- ' + 'x'.repeat(5_000_000));
    const started = Date.now();
    expect(sniffFileType(largeText).ok).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
    const lateRoot = bytes(utf8(`<!--${' '.repeat(70_000)}-->`), utf8(ublInvoice));
    expect(sniffFileType(lateRoot).ok).toBe(false);
  });

  it('decides from bytes at any offset in a larger buffer', () => {
    const backing = bytes([1, 2, 3], png1x1);
    expect(sniffFileType(backing.subarray(3))).toEqual({ ok: true, kind: 'png' });
  });
});
