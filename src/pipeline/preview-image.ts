// JPEG, PNG, WebP and HEIC previews via the browser's own decoder, EXIF orientation applied.
import { DocumentError } from '../domain/document-error.ts';
import { fileKindMimeType, type FileKind } from '../domain/file-kind.ts';
import type { Limits } from '../domain/limits.ts';
import { readImageDimensions } from './image-dimensions.ts';
import { assertImagePixels } from './preview-limits.ts';
import { drawThumbnail } from './preview-thumbnail.ts';
import type { DocumentPreview } from './render-preview.ts';

export async function previewImage(
  bytes: ArrayBuffer,
  kind: FileKind,
  limits: Limits,
  thumbnailWidth: number,
): Promise<DocumentPreview> {
  // The header's size is checked before decoding, so a decompression bomb never allocates.
  const declared = readImageDimensions(new Uint8Array(bytes), kind)?.[0];
  if (declared) assertImagePixels(declared.width, declared.height, limits);
  const bitmap = await decodeImage(bytes, kind);
  try {
    assertImagePixels(bitmap.width, bitmap.height, limits);
    return {
      pageCount: 1,
      pages: [{ index: 0, width: bitmap.width, height: bitmap.height }],
      thumbnail: await drawThumbnail(bitmap, thumbnailWidth),
    };
  } finally {
    bitmap.close();
  }
}

export async function decodeImage(bytes: ArrayBuffer, kind: FileKind): Promise<ImageBitmap> {
  const blob = new Blob([bytes], { type: fileKindMimeType[kind] });
  try {
    return await createImageBitmap(blob, { imageOrientation: 'from-image' });
  } catch {
    if (kind === 'heic') {
      throw new DocumentError(
        'heic-unsupported',
        'This browser cannot decode HEIC photos. On an iPhone, set Camera ▸ Formats ▸ Most ' +
          'Compatible, or share the photo as JPEG.',
      );
    }
    throw new DocumentError(
      'corrupt',
      'This image is damaged or incomplete and cannot be decoded.',
    );
  }
}
