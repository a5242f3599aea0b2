// What image decoding hands on: one upright, opaque canvas per page, decoded on request.

export interface DecodedPage {
  /** Opaque (transparency laid on white), image pixels, upright. */
  readonly canvas: OffscreenCanvas;
  /** Resolution the file declares, where it is one a scanner would write (TIFF only). */
  readonly dpi?: number;
  readonly ms: number;
}

export interface ImagePages {
  readonly count: number;
  decode(index: number): Promise<DecodedPage>;
}

/** `source` drawn on white paper at its own size. */
export function opaqueCanvas(
  source: ImageBitmap | OffscreenCanvas,
  width: number,
  height: number,
): OffscreenCanvas {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { alpha: false, willReadFrequently: true });
  if (!context) throw new Error('This browser cannot draw on an OffscreenCanvas.');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(source, 0, 0);
  return canvas;
}
