// The page image a person reviews (~150 dpi): scaled from the render (text pages) or from the
// prepared OCR image (scans, photos) the worker already holds, encoded as JPEG: Chromium takes ~200 ms to encode an A4 page at 150 dpi as WebP,
// ~20 ms as JPEG, and a digital page's text layer is read in ~5 ms.
import type { StoredBinary } from '../domain/binary.ts';
import { shrink, type GreyImage } from './prepare-grey.ts';

export interface PageDisplay extends StoredBinary {
  /** Pixels of the encoded image. */
  readonly width: number;
  readonly height: number;
}

/** Photos and scans have no dpi to go by: the display's longer side is at most this. */
export const maxDisplaySide = 2000;

/** Fits width × height so the longer side is at most `maxSide` (never enlarged). */
export function displayScaleFor(width: number, height: number, maxSide = maxDisplaySide): number {
  return Math.min(1, maxSide / Math.max(width, height, 1));
}

/** `scale`: display pixels per source pixel (≤ 1 in practice). */
export async function encodeDisplay(source: OffscreenCanvas, scale: number): Promise<PageDisplay> {
  if (Math.abs(scale - 1) < 1e-3) {
    return { ...(await encode(source)), width: source.width, height: source.height };
  }
  const width = Math.max(1, Math.round(source.width * scale));
  const height = Math.max(1, Math.round(source.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  try {
    const context = canvas.getContext('2d', { alpha: false });
    if (!context) throw new Error('This browser cannot draw on an OffscreenCanvas.');
    // Transparent images (PNG scans) lie on white paper, also in the JPEG fallback.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = 'high';
    context.drawImage(source, 0, 0, width, height);
    return { ...(await encode(canvas)), width, height };
  } finally {
    canvas.width = 0;
    canvas.height = 0;
  }
}

async function encode(canvas: OffscreenCanvas): Promise<StoredBinary> {
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
  return { bytes: await blob.arrayBuffer(), type: blob.type };
}

/**
 * The review image of an OCR page, made from the prepared image (upright, deskewed, the sheet cut
 * out of a photo): the OCR boxes refer to that image, so words line up with what a person sees.
 */
export async function encodePreparedDisplay(
  image: GreyImage,
  dpi: number,
  displayDpi: number,
): Promise<PageDisplay> {
  const scale = Math.min(displayDpi / dpi, displayScaleFor(image.width, image.height));
  const factor = Math.max(1, Math.floor(1 / scale));
  const small = shrink(image, factor);
  const canvas = new OffscreenCanvas(small.width, small.height);
  try {
    const context = canvas.getContext('2d', { alpha: false });
    if (!context) throw new Error('This browser cannot draw on an OffscreenCanvas.');
    context.putImageData(new ImageData(rgbaOf(small), small.width, small.height), 0, 0);
    return await encodeDisplay(canvas, (scale * image.width) / small.width);
  } finally {
    canvas.width = 0;
    canvas.height = 0;
  }
}

function rgbaOf(image: GreyImage): Uint8ClampedArray<ArrayBuffer> {
  const rgba = new Uint8ClampedArray(image.width * image.height * 4);
  for (let i = 0, j = 0; i < image.data.length; i++, j += 4) {
    const v = image.data[i] as number;
    rgba[j] = v;
    rgba[j + 1] = v;
    rgba[j + 2] = v;
    rgba[j + 3] = 255;
  }
  return rgba;
}

/** The review image turned by 180°, for a page the OCR read better upside down. */
export async function turnDisplayHalf(display: PageDisplay): Promise<PageDisplay> {
  const bitmap = await createImageBitmap(new Blob([display.bytes], { type: display.type }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  try {
    const context = canvas.getContext('2d', { alpha: false });
    if (!context) throw new Error('This browser cannot draw on an OffscreenCanvas.');
    context.translate(bitmap.width, bitmap.height);
    context.rotate(Math.PI);
    context.drawImage(bitmap, 0, 0);
    return await encodeDisplay(canvas, 1);
  } finally {
    bitmap.close();
    canvas.width = 0;
    canvas.height = 0;
  }
}
