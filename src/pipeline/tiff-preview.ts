// TIFF preview (scans, fax pages): page sizes from the IFD chain, page 1 decoded with UTIF.
import UTIF from 'utif2';
import { DocumentError } from '../domain/document-error.ts';
import type { Limits } from '../domain/limits.ts';
import { assertImagePixels, assertPageCount } from './preview-limits.ts';
import { drawThumbnail } from './preview-thumbnail.ts';
import type { DocumentPreview } from './render-preview.ts';
import { listTiffPages, tiffCorruptMessage } from './tiff-pages.ts';

export async function previewTiff(
  bytes: ArrayBuffer,
  limits: Limits,
  thumbnailWidth: number,
): Promise<DocumentPreview> {
  const pages = listTiffPages(bytes);
  assertPageCount('This TIFF image', pages.length, limits);
  // Every page is checked now: later stages decode each one.
  for (const page of pages) assertImagePixels(page.width, page.height, limits);

  const first = pages[0];
  if (!first) throw new DocumentError('corrupt', tiffCorruptMessage);
  const bitmap = await decodeTiffPage(bytes, first.ifdIndex);
  try {
    return {
      pageCount: pages.length,
      pages: pages.map((page, index) => ({ index, width: page.width, height: page.height })),
      thumbnail: await drawThumbnail(bitmap, thumbnailWidth),
    };
  } finally {
    bitmap.close();
  }
}

async function decodeTiffPage(bytes: ArrayBuffer, ifdIndex: number): Promise<ImageBitmap> {
  let imageData: ImageData;
  try {
    const ifd = UTIF.decode(bytes)[ifdIndex];
    if (!ifd) throw new Error('IFD missing');
    UTIF.decodeImage(bytes, ifd);
    const rgba = UTIF.toRGBA8(ifd);
    if (!ifd.width || rgba.length !== ifd.width * ifd.height * 4) throw new Error('short pixels');
    // toRGBA8 returns a fresh buffer, so ImageData can use it without a copy.
    const pixels = new Uint8ClampedArray(rgba.buffer as ArrayBuffer, rgba.byteOffset, rgba.length);
    imageData = new ImageData(pixels, ifd.width, ifd.height);
  } catch {
    throw new DocumentError('corrupt', tiffCorruptMessage);
  }
  return createImageBitmap(imageData);
}
