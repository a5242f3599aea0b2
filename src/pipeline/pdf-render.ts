// Renders a PDF page onto an OffscreenCanvas at a given dpi (300 for OCR, ~150 for display); huge
// pages are scaled down to the pixel limit instead of failing or exhausting memory.
import type { PDFPageProxy } from 'pdfjs-dist';
import type { RgbaImage } from './prepare-grey.ts';

type RenderCanvas = Parameters<PDFPageProxy['render']>[0]['canvas'];

export interface PageRender {
  readonly canvas: OffscreenCanvas;
  readonly width: number;
  readonly height: number;
  /** Viewport scale: render pixels per PDF point. */
  readonly scale: number;
  /** The dpi actually rendered: lower than asked when the page was clamped. */
  readonly dpi: number;
  readonly ms: number;
}

const pointsPerInch = 72;
// Browsers refuse canvases with a side over 32767 px (Chromium) or far smaller areas elsewhere.
const maxCanvasSide = 16_384;
// Above this a render only costs memory: 50 MP is A4 at 700 dpi, or a 1 m wide drawing at 180 dpi.
const maxRenderPixels = 50_000_000;

/** The viewport scale for `dpi`, lowered so the render fits `maxPixels` and the canvas limits. */
export function renderScale(
  pageWidth: number,
  pageHeight: number,
  dpi: number,
  maxPixels: number,
): number {
  let scale = dpi / pointsPerInch;
  const pixels = pageWidth * scale * (pageHeight * scale);
  const limit = Math.min(maxPixels, maxRenderPixels);
  if (pixels > limit) scale *= Math.sqrt(limit / pixels);
  const side = Math.max(pageWidth, pageHeight) * scale;
  if (side > maxCanvasSide) scale *= maxCanvasSide / side;
  return scale;
}

/** renderScale for a page (its size after /Rotate). */
export function pageRenderScale(page: PDFPageProxy, dpi: number, maxPixels: number): number {
  const unit = page.getViewport({ scale: 1 });
  return renderScale(unit.width, unit.height, dpi, maxPixels);
}

/** `scale` from pageRenderScale; text layers read at the same scale share the render's pixels. */
export async function renderPdfPage(page: PDFPageProxy, scale: number): Promise<PageRender> {
  const started = performance.now();
  const viewport = page.getViewport({ scale });
  const width = Math.max(1, Math.round(viewport.width));
  const height = Math.max(1, Math.round(viewport.height));
  const canvas = new OffscreenCanvas(width, height);
  try {
    // pdf.js types say HTMLCanvasElement; it only asks our canvas factory for a context on it.
    await page.render({ canvas: canvas as unknown as RenderCanvas, viewport }).promise;
  } catch (error) {
    releaseCanvas(canvas);
    throw error;
  }
  return {
    canvas,
    width,
    height,
    scale,
    dpi: scale * pointsPerInch,
    ms: performance.now() - started,
  };
}

/** The canvas pixels as RGBA; the buffer is fresh, so it can be transferred. */
export function canvasPixels(canvas: OffscreenCanvas): RgbaImage {
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('This browser cannot read pixels from an OffscreenCanvas.');
  const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
  return { data, width, height };
}

/** Zero size frees the backing store now rather than at garbage collection. */
export function releaseCanvas(canvas: OffscreenCanvas): void {
  canvas.width = 0;
  canvas.height = 0;
}
