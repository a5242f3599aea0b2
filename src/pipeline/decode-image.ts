// Image pages decoded off the main thread onto an opaque canvas: JPEG, PNG, WebP and HEIC by the
// browser (EXIF orientation applied; CMYK JPEGs and 16-bit PNGs come out as 8-bit RGB), TIFF page
// by page with UTIF. Sizes are checked from the headers before anything is decoded.
import { DocumentError } from '../domain/document-error.ts';
import type { FileKind } from '../domain/file-kind.ts';
import type { Limits } from '../domain/limits.ts';
import { opaqueCanvas, type ImagePages } from './decode-image-canvas.ts';
import { openTiffPages } from './decode-image-tiff.ts';
import { readImageDimensions } from './image-dimensions.ts';
import { decodeImage } from './preview-image.ts';
import { assertImagePixels } from './preview-limits.ts';

export function openImagePages(bytes: ArrayBuffer, kind: FileKind, limits: Limits): ImagePages {
  if (kind === 'tiff') return openTiffPages(bytes, limits);
  if (kind !== 'jpeg' && kind !== 'png' && kind !== 'webp' && kind !== 'heic') {
    throw new DocumentError('unsupported-type', 'This file is not an image.');
  }
  // The header's size is checked before decoding, so a decompression bomb never allocates.
  const declared = readImageDimensions(new Uint8Array(bytes), kind)?.[0];
  if (declared) assertImagePixels(declared.width, declared.height, limits);
  return {
    count: 1,
    async decode(index) {
      if (index !== 0) throw new DocumentError('internal', `This image has no page ${index + 1}.`);
      const started = performance.now();
      const bitmap = await decodeImage(bytes, kind);
      try {
        assertImagePixels(bitmap.width, bitmap.height, limits);
        return {
          canvas: opaqueCanvas(bitmap, bitmap.width, bitmap.height),
          ms: performance.now() - started,
        };
      } finally {
        bitmap.close();
      }
    },
  };
}
