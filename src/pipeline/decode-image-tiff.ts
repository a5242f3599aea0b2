// TIFF pages (office scans, faxes, 300-page batches): the IFD chain is checked up front, then each
// page is decoded on request and its decoder buffer dropped, so memory holds one page at a time.
import UTIF from 'utif2';
import { DocumentError } from '../domain/document-error.ts';
import type { Limits } from '../domain/limits.ts';
import { opaqueCanvas, type ImagePages } from './decode-image-canvas.ts';
import { assertImagePixels, assertPageCount } from './preview-limits.ts';
import { listTiffPages, tiffCorruptMessage } from './tiff-pages.ts';

// A declared resolution outside this range is a placeholder (72) or nonsense, not a scan's.
const minScanDpi = 100;
const maxScanDpi = 1200;

export function openTiffPages(bytes: ArrayBuffer, limits: Limits): ImagePages {
  const pages = listTiffPages(bytes);
  assertPageCount('This TIFF image', pages.length, limits);
  for (const page of pages) assertImagePixels(page.width, page.height, limits);
  let ifds: UTIF.IFD[] | undefined;
  return {
    count: pages.length,
    async decode(index) {
      const page = pages[index];
      if (!page) throw new DocumentError('internal', `This TIFF image has no page ${index + 1}.`);
      const started = performance.now();
      let image: ImageData;
      let dpi: number | undefined;
      try {
        ifds ??= UTIF.decode(bytes);
        const ifd = ifds[page.ifdIndex];
        if (!ifd) throw new Error('IFD missing');
        UTIF.decodeImage(bytes, ifd);
        const rgba = UTIF.toRGBA8(ifd);
        // The decoded raw pixels stay on the IFD otherwise: 300 pages would pile up.
        ifd.data = new Uint8Array(0);
        if (!ifd.width || rgba.length !== ifd.width * ifd.height * 4)
          throw new Error('short pixels');
        const pixels = new Uint8ClampedArray(
          rgba.buffer as ArrayBuffer,
          rgba.byteOffset,
          rgba.length,
        );
        image = new ImageData(pixels, ifd.width, ifd.height);
        dpi = declaredDpi(ifd);
      } catch {
        throw new DocumentError('corrupt', tiffCorruptMessage);
      }
      const bitmap = await createImageBitmap(image);
      try {
        const canvas = opaqueCanvas(bitmap, bitmap.width, bitmap.height);
        return { canvas, dpi, ms: performance.now() - started };
      } finally {
        bitmap.close();
      }
    },
  };
}

function declaredDpi(ifd: UTIF.IFD): number | undefined {
  const resolution = ifd['t282'];
  const unit = ifd['t296'];
  const pair = Array.isArray(resolution) ? (resolution[0] as unknown) : undefined;
  if (!Array.isArray(pair) || typeof pair[0] !== 'number' || typeof pair[1] !== 'number') {
    return undefined;
  }
  const perUnit = pair[1] > 0 ? pair[0] / pair[1] : 0;
  const centimetres = Array.isArray(unit) && unit[0] === 3;
  const dpi = centimetres ? perUnit * 2.54 : perUnit;
  return dpi >= minScanDpi && dpi <= maxScanDpi ? Math.round(dpi) : undefined;
}
