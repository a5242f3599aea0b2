import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../../src/domain/document-error.ts';
import { defaultLimits, type Limits } from '../../../src/domain/limits.ts';
import { toPdfError } from '../../../src/pipeline/pdf-open.ts';
import { renderPreview } from '../../../src/pipeline/render-preview.ts';
import { fitThumbnail } from '../../../src/pipeline/preview-thumbnail.ts';
import { listTiffPages } from '../../../src/pipeline/tiff-pages.ts';
import { pngHeader } from './capture-fixtures.ts';

interface TiffIfd {
  readonly width: number;
  readonly height: number;
  /** NewSubfileType; 1 marks a reduced-resolution (thumbnail) image. */
  readonly subfileType?: number;
}

/** A classic TIFF IFD chain (no pixel data); `loopTo` points the last IFD back to an earlier one. */
function tiffChain(ifds: readonly TiffIfd[], little = true, loopTo?: number): ArrayBuffer {
  const ifdSize = 2 + 3 * 12 + 4;
  const view = new DataView(new ArrayBuffer(8 + ifds.length * ifdSize));
  view.setUint16(0, little ? 0x4949 : 0x4d4d);
  view.setUint16(2, 42, little);
  view.setUint32(4, 8, little);
  ifds.forEach((ifd, index) => {
    const at = 8 + index * ifdSize;
    view.setUint16(at, 3, little);
    const entries = [
      [254, 4, ifd.subfileType ?? 0],
      [256, 3, ifd.width],
      [257, 4, ifd.height],
    ] as const;
    entries.forEach(([tag, type, value], n) => {
      const entry = at + 2 + n * 12;
      view.setUint16(entry, tag, little);
      view.setUint16(entry + 2, type, little);
      view.setUint32(entry + 4, 1, little);
      if (type === 3) view.setUint16(entry + 8, value, little);
      else view.setUint32(entry + 8, value, little);
    });
    const last = index === ifds.length - 1;
    const next = last ? (loopTo === undefined ? 0 : 8 + loopTo * ifdSize) : at + ifdSize;
    view.setUint32(at + 2 + 3 * 12, next, little);
  });
  return view.buffer;
}

async function errorOf(promise: Promise<unknown>): Promise<DocumentError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof DocumentError))
    throw new Error(`expected a DocumentError, got ${String(error)}`);
  return error;
}

const limits = (overrides: Partial<Limits>): Limits => ({ ...defaultLimits, ...overrides });

describe('fitThumbnail', () => {
  it('scales a page to the requested width', () => {
    expect(fitThumbnail(595, 842, 240)).toEqual({ width: 240, height: 340, scale: 240 / 595 });
    expect(fitThumbnail(300, 200, 240)).toMatchObject({ width: 240, height: 160 });
  });

  it('keeps very tall pages (receipts) at most four widths high', () => {
    expect(fitThumbnail(100, 10_000, 240)).toMatchObject({ width: 10, height: 960 });
  });

  it('never gives an empty canvas', () => {
    expect(fitThumbnail(10_000, 1, 240)).toMatchObject({ width: 240, height: 1 });
  });
});

describe('listTiffPages', () => {
  it('lists full-resolution pages and skips thumbnail IFDs, in both byte orders', () => {
    for (const little of [true, false]) {
      const bytes = tiffChain(
        [
          { width: 2480, height: 3508 },
          { width: 124, height: 175, subfileType: 1 },
          { width: 3508, height: 2480 },
        ],
        little,
      );
      expect(listTiffPages(bytes)).toEqual([
        { ifdIndex: 0, width: 2480, height: 3508 },
        { ifdIndex: 2, width: 3508, height: 2480 },
      ]);
    }
  });

  it('refuses an IFD chain that loops, which would hang the decoder', () => {
    const bytes = tiffChain(
      [
        { width: 10, height: 10 },
        { width: 10, height: 10 },
      ],
      true,
      0,
    );
    expect(() => listTiffPages(bytes)).toThrow(expect.objectContaining({ code: 'corrupt' }));
  });

  it('refuses a chain cut short and a file that is not a classic TIFF', () => {
    const cut = tiffChain([{ width: 10, height: 10 }]).slice(0, 20);
    expect(() => listTiffPages(cut)).toThrow(expect.objectContaining({ code: 'corrupt' }));
    const bigTiff = new Uint8Array([0x49, 0x49, 43, 0, 8, 0, 0, 0, 16, 0, 0, 0, 0, 0, 0, 0]);
    expect(() => listTiffPages(bigTiff.buffer)).toThrow(
      expect.objectContaining({ code: 'corrupt' }),
    );
  });
});

describe('renderPreview limits (checked before any decoder runs)', () => {
  it('refuses an image whose header declares too many pixels', async () => {
    const bomb = pngHeader(30_000, 30_000);
    const error = await errorOf(
      renderPreview({
        bytes: bomb.slice().buffer,
        kind: 'png',
        limits: defaultLimits,
        thumbnailWidth: 240,
      }),
    );
    expect(error.code).toBe('too-many-pixels');
    expect(error.message).toContain('30000 × 30000 pixels (900 MP)');
    expect(error.message).toContain('100 MP limit');
    expect(error.message).toContain('Settings');
  });

  it('refuses a TIFF with more pages than the page limit, counting only real pages', async () => {
    const pages = [1, 2, 3].map(() => ({ width: 100, height: 100 }));
    const bytes = tiffChain([...pages, { width: 10, height: 10, subfileType: 1 }]);
    const error = await errorOf(
      renderPreview({
        bytes,
        kind: 'tiff',
        limits: limits({ maxPdfPages: 2 }),
        thumbnailWidth: 240,
      }),
    );
    expect(error.code).toBe('too-many-pages');
    expect(error.message).toBe(
      'This TIFF image has 3 pages, more than the 2-page limit. Split it into smaller files, ' +
        'or raise the limit in Settings.',
    );
  });

  it('refuses a TIFF with any page over the pixel limit', async () => {
    const bytes = tiffChain([
      { width: 100, height: 100 },
      { width: 5000, height: 5000 },
    ]);
    const error = await errorOf(
      renderPreview({
        bytes,
        kind: 'tiff',
        limits: limits({ maxImagePixels: 1_000_000 }),
        thumbnailWidth: 240,
      }),
    );
    expect(error.code).toBe('too-many-pixels');
  });

  it('refuses a nonsensical thumbnail width', async () => {
    const error = await errorOf(
      renderPreview({
        bytes: new ArrayBuffer(1),
        kind: 'png',
        limits: defaultLimits,
        thumbnailWidth: 0,
      }),
    );
    expect(error.code).toBe('internal');
  });
});

describe('toPdfError', () => {
  // pdf.js exceptions as they arrive from its parser: plain errors identified by name.
  const pdfjsError = (name: string, extra: Record<string, unknown> = {}) =>
    Object.assign(new Error('pdf.js detail'), { name, ...extra });

  it('maps a missing password to encrypted, with a message a person understands', () => {
    const error = toPdfError(pdfjsError('PasswordException', { code: 1 }));
    expect(error).toMatchObject({ code: 'encrypted' });
    expect((error as DocumentError).message).toMatch(/^This PDF is protected by a password\./);
  });

  it('tells a wrong password apart (for the later password prompt)', () => {
    expect(toPdfError(pdfjsError('PasswordException', { code: 2 }))).toMatchObject({
      code: 'encrypted',
      message: 'The password for this PDF is not correct.',
    });
  });

  it('maps damaged-file exceptions to corrupt', () => {
    for (const name of ['InvalidPDFException', 'ResponseException', 'UnknownErrorException']) {
      expect(toPdfError(pdfjsError(name))).toMatchObject({
        code: 'corrupt',
        message: 'This PDF is damaged or incomplete and cannot be opened.',
      });
    }
  });

  it('passes other errors through unchanged', () => {
    const bug = new TypeError('x is undefined');
    expect(toPdfError(bug)).toBe(bug);
    const limit = new DocumentError('too-many-pages', 'limit');
    expect(toPdfError(limit)).toBe(limit);
  });
});
