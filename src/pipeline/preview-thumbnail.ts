// Thumbnails: fit a page into the requested width, draw on an OffscreenCanvas, encode small.
import type { StoredBinary } from '../domain/binary.ts';

export interface ThumbnailSize {
  readonly width: number;
  readonly height: number;
  /** Thumbnail pixels per source unit. */
  readonly scale: number;
}

const maxThumbnailWidth = 2048;
// Receipts and long strips would otherwise give huge thumbnails; cap the height at 4 widths.
const maxAspectRatio = 4;

export function fitThumbnail(width: number, height: number, thumbnailWidth: number): ThumbnailSize {
  const targetWidth = Math.min(Math.max(1, Math.round(thumbnailWidth)), maxThumbnailWidth);
  const scale = Math.min(targetWidth / width, (targetWidth * maxAspectRatio) / height);
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
    scale,
  };
}

export function context2d(canvas: OffscreenCanvas): OffscreenCanvasRenderingContext2D {
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw on an OffscreenCanvas.');
  return context;
}

/** A white canvas of the thumbnail size for a source of width × height. */
export function thumbnailCanvas(width: number, height: number, thumbnailWidth: number) {
  const size = fitThumbnail(width, height, thumbnailWidth);
  const canvas = new OffscreenCanvas(size.width, size.height);
  const context = context2d(canvas);
  // Transparent images and the JPEG fallback both need an opaque page colour.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, size.width, size.height);
  return { canvas, context, size };
}

export async function drawThumbnail(
  image: ImageBitmap,
  thumbnailWidth: number,
): Promise<StoredBinary> {
  const { canvas, context, size } = thumbnailCanvas(image.width, image.height, thumbnailWidth);
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(image, 0, 0, size.width, size.height);
  return encodeThumbnail(canvas);
}

export async function encodeThumbnail(canvas: OffscreenCanvas): Promise<StoredBinary> {
  let blob = await canvas.convertToBlob({ type: 'image/webp', quality: 0.82 });
  // Browsers that cannot encode WebP (Safari) silently return PNG; JPEG keeps thumbnails small.
  if (blob.type !== 'image/webp') {
    blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
  }
  return { bytes: await blob.arrayBuffer(), type: blob.type };
}
