// The page image a person reviews (~150 dpi): scaled from the render or decoded image the worker
// already holds, encoded as JPEG: Chromium takes ~200 ms to encode an A4 page at 150 dpi as WebP,
// ~20 ms as JPEG, and a digital page's text layer is read in ~5 ms.
import type { StoredBinary } from '../domain/binary.ts';

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
