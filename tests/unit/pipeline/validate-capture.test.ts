import { describe, expect, it } from 'vitest';
import { acceptedFormatsText } from '../../../src/domain/file-kind.ts';
import { defaultLimits, type Limits } from '../../../src/domain/limits.ts';
import { checkFileSize, validateCapturedFile } from '../../../src/pipeline/validate-capture.ts';
import {
  ftyp,
  heic,
  jpegHeader,
  png1x1,
  pngHeader,
  tiff,
  ublInvoice,
  utf8,
  webpExtended,
  zipHeader,
} from './capture-fixtures.ts';

const limits: Limits = { maxFileBytes: 1024 * 1024, maxImagePixels: 50_000_000, maxPdfPages: 3 };

describe('validateCapturedFile accepts', () => {
  it.each([
    ['invoice.pdf', utf8('%PDF-1.7\n'), { kind: 'pdf', mimeType: 'application/pdf' }],
    ['photo.jpg', jpegHeader(4000, 3000), { kind: 'jpeg', mimeType: 'image/jpeg' }],
    ['mislabelled.pdf', png1x1, { kind: 'png', mimeType: 'image/png' }],
    ['invoice.xml', utf8(ublInvoice), { kind: 'ubl', mimeType: 'application/xml' }],
    [
      'scan.tif',
      tiff(
        [
          [2480, 3508],
          [2480, 3508],
        ],
        { order: 'II' },
      ),
      { kind: 'tiff', mimeType: 'image/tiff', pages: 2 },
    ],
    ['IMG_0001.HEIC', heic(4032, 3024), { kind: 'heic', mimeType: 'image/heic' }],
    ['no-ispe.heic', ftyp('heic', ['mif1']), { kind: 'heic', mimeType: 'image/heic' }],
  ])('%s', (name, bytes, expected) => {
    expect(validateCapturedFile(name, bytes, limits)).toEqual({ ok: true, ...expected });
  });

  it('accepts an image exactly at the pixel limit', () => {
    expect(validateCapturedFile('a.png', pngHeader(10_000, 5_000), limits).ok).toBe(true);
  });
});

describe('validateCapturedFile refuses', () => {
  const cases: readonly (readonly [string, string, Uint8Array, Limits, string])[] = [
    [
      'empty-file',
      'scan.pdf',
      new Uint8Array(),
      limits,
      '“scan.pdf” is empty (0 bytes), so there is nothing to read. Check the original file.',
    ],
    [
      'file-too-large',
      'big.pdf',
      utf8('%PDF-1.7\n'.padEnd(2048)),
      { ...limits, maxFileBytes: 1024 },
      '“big.pdf” is 2.0 KB, more than the 1.0 KB limit. Try a smaller or compressed copy, or raise the limit in Settings.',
    ],
    [
      'unsupported-type',
      'report.docx',
      zipHeader,
      limits,
      `“report.docx” is not an invoice file the app can read: it looks like a ZIP archive (Word, Excel and OpenDocument files are ZIP archives). Accepted: ${acceptedFormatsText}.`,
    ],
    [
      'unsupported-type',
      'photo.avif',
      ftyp('avif', ['mif1']),
      limits,
      `“photo.avif” is not an invoice file the app can read: it looks like an AVIF image. Accepted: ${acceptedFormatsText}.`,
    ],
    [
      'unreadable-file',
      'cut.jpg',
      jpegHeader(640, 480).subarray(0, 60),
      limits,
      '“cut.jpg” looks like a JPEG image but its header is damaged or incomplete, so it cannot be read. Try saving or exporting the image again.',
    ],
    [
      'unreadable-file',
      'loop.tif',
      tiff(
        [
          [1, 1],
          [1, 1],
        ],
        { order: 'MM', cycleFrom: 1 },
      ),
      limits,
      '“loop.tif” looks like a TIFF image but its header is damaged or incomplete, so it cannot be read. Try saving or exporting the image again.',
    ],
    [
      'too-many-pixels',
      'poster.png',
      pngHeader(10_000, 10_000),
      limits,
      '“poster.png” is 10000 × 10000 pixels (100 MP), more than the 50 MP limit for images. Scan or save it at a lower resolution, or raise the limit in Settings.',
    ],
    [
      'too-many-pixels',
      'huge.webp',
      webpExtended(20_000, 20_000),
      defaultLimits,
      '“huge.webp” is 20000 × 20000 pixels (400 MP), more than the 100 MP limit for images. Scan or save it at a lower resolution, or raise the limit in Settings.',
    ],
    [
      'too-many-pixels',
      'pages.tif',
      tiff(
        [
          [100, 100],
          [9000, 9000],
        ],
        { order: 'II' },
      ),
      limits,
      '“pages.tif” is 9000 × 9000 pixels (81 MP) on page 2, more than the 50 MP limit for images. Scan or save it at a lower resolution, or raise the limit in Settings.',
    ],
    [
      'too-many-pixels',
      'bomb.heic',
      heic(100_000, 100_000),
      limits,
      '“bomb.heic” is 100000 × 100000 pixels (10000 MP), more than the 50 MP limit for images. Scan or save it at a lower resolution, or raise the limit in Settings.',
    ],
    [
      'too-many-pages',
      'fax.tif',
      tiff(
        [
          [1, 1],
          [1, 1],
          [1, 1],
          [1, 1],
        ],
        { order: 'MM' },
      ),
      limits,
      '“fax.tif” has 4 pages, more than the 3-page limit. Split it into smaller files, or raise the limit in Settings.',
    ],
  ];

  it.each(cases)('%s: %s', (code, name, bytes, caseLimits, message) => {
    expect(validateCapturedFile(name, bytes, caseLimits)).toEqual({
      ok: false,
      error: { code, message },
    });
  });

  it.each(cases)(
    '%s: the message names “%s” and ends with what to do',
    (_, name, bytes, caseLimits) => {
      const result = validateCapturedFile(name, bytes, caseLimits);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.message).toContain(`“${name}”`);
        expect(result.error.message).toMatch(/\.$/);
      }
    },
  );

  it('never throws on any prefix of a valid image', () => {
    for (const sample of [
      jpegHeader(1, 1),
      png1x1,
      tiff([[1, 1]], { order: 'II', bigTiff: true }),
      heic(1, 1),
    ]) {
      for (let length = 0; length <= sample.length; length++) {
        expect(() => validateCapturedFile('x', sample.subarray(0, length), limits)).not.toThrow();
      }
    }
  });
});

describe('checkFileSize', () => {
  it.each([
    [0, 'empty-file'],
    [1, undefined],
    [limits.maxFileBytes, undefined],
    [limits.maxFileBytes + 1, 'file-too-large'],
  ])('a file of %i bytes: %s', (size, code) => {
    expect(checkFileSize('a.pdf', size, limits)?.code).toBe(code);
  });

  it('gives the same message as the full check', () => {
    const tooLarge = { ...limits, maxFileBytes: 4 };
    const check = validateCapturedFile('a.pdf', utf8('%PDF-1.7'), tooLarge);
    expect(check).toEqual({ ok: false, error: checkFileSize('a.pdf', 8, tooLarge) });
  });
});
