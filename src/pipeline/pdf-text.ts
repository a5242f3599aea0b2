// A PDF page's text layer as positioned words, in the pixel space of a render of the page at
// `scale` (the viewport applies the page's /Rotate), so text-layer and OCR boxes compare directly.
import type { PDFPageProxy } from 'pdfjs-dist';
import type { DocumentId } from '../domain/ids.ts';
import type { PageModel, PageWord, Rotation, StageTimings } from '../domain/page-model.ts';
import { layoutWords } from './page-layout.ts';
import { textLayerStats, type TextLayerStats } from './pdf-text-quality.ts';
import { placeWords, type MeasureChar, type TextRun } from './pdf-text-words.ts';

type TextContent = Awaited<ReturnType<PDFPageProxy['getTextContent']>>;
type TextContentItem = TextContent['items'][number];
type TextItem = Extract<TextContentItem, { str: string }>;

export interface PageTextLayer {
  /** In reading order, with line and block ids. */
  readonly words: PageWord[];
  /** Size of the render at `scale`, the space of the word boxes. */
  readonly width: number;
  readonly height: number;
  /** The page's /Rotate, which the viewport (and so the boxes) already applied. */
  readonly rotation: Rotation;
  readonly stats: TextLayerStats;
  readonly ms: number;
}

/** Pixel size of a render of `page` at `scale`; renders use the same rounding. */
export function renderSize(page: PDFPageProxy, scale: number): { width: number; height: number } {
  const viewport = page.getViewport({ scale });
  return {
    width: Math.max(1, Math.round(viewport.width)),
    height: Math.max(1, Math.round(viewport.height)),
  };
}

export async function readTextLayer(page: PDFPageProxy, scale: number): Promise<PageTextLayer> {
  const started = performance.now();
  const viewport = page.getViewport({ scale });
  const { width, height } = renderSize(page, scale);
  const content = await page.getTextContent();
  const runs: TextRun[] = [];
  for (const item of content.items) {
    // Whitespace-only items stay: they keep the words on either side apart.
    if (!isTextItem(item)) continue;
    const style = content.styles[item.fontName];
    runs.push({
      str: item.str,
      transform: item.transform as number[],
      width: item.width,
      height: item.height,
      dir: item.dir,
      ascent: style?.ascent || undefined,
      descent: style?.descent || undefined,
      vertical: style?.vertical ?? false,
      monospace: style?.fontFamily === 'monospace',
      family: style?.fontFamily,
    });
  }
  const placed = placeWords(runs, viewport.transform, width, height, measureChar());
  const words = layoutWords(
    placed.map((word) => ({ ...word, confidence: 1 })),
    width,
    height,
  );
  return {
    words,
    width,
    height,
    rotation: toRotation(page.rotate),
    stats: textLayerStats(words, width, height),
    ms: performance.now() - started,
  };
}

export function textLayerModel(
  layer: PageTextLayer,
  documentId: DocumentId,
  index: number,
  timings: StageTimings,
): PageModel {
  return {
    documentId,
    index,
    width: layer.width,
    height: layer.height,
    rotation: layer.rotation,
    source: 'text-layer',
    words: layer.words,
    timings,
  };
}

export function toRotation(degrees: number): Rotation {
  const normal = (((Math.round(degrees / 90) * 90) % 360) + 360) % 360;
  return normal as Rotation;
}

let measure: MeasureChar | null | undefined;

/** Character widths in the font family pdf.js substitutes, as its own text layer measures them. */
function measureChar(): MeasureChar | undefined {
  if (measure !== undefined) return measure ?? undefined;
  const context =
    typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
  if (!context) {
    measure = null;
    return undefined;
  }
  const widths = new Map<string, number>();
  let font = '';
  measure = (char, family) => {
    const key = `${family}\u0000${char}`;
    let width = widths.get(key);
    if (width === undefined) {
      if (font !== family) context.font = `100px ${(font = family)}`;
      width = context.measureText(char).width;
      widths.set(key, width);
    }
    return width;
  };
  return measure;
}

function isTextItem(item: TextContentItem): item is TextItem {
  return 'str' in item;
}
