// PDF preview: every page's size at 72 dpi and page 1 rendered into the thumbnail.
import type { PDFPageProxy } from 'pdfjs-dist';
import type { StoredBinary } from '../domain/binary.ts';
import type { Limits } from '../domain/limits.ts';
import { openPdf, toPdfError } from './pdf-open.ts';
import { encodeThumbnail, fitThumbnail } from './preview-thumbnail.ts';
import type { DocumentPreview, PreviewPage } from './render-preview.ts';

type RenderCanvas = Parameters<PDFPageProxy['render']>[0]['canvas'];

export async function previewPdf(
  bytes: ArrayBuffer,
  limits: Limits,
  thumbnailWidth: number,
): Promise<DocumentPreview> {
  const pdf = await openPdf(bytes, limits);
  try {
    const pages: PreviewPage[] = [];
    let thumbnail: StoredBinary | undefined;
    for (let index = 0; index < pdf.document.numPages; index++) {
      const page = await pdf.document.getPage(index + 1);
      // Scale 1 is PDF points, i.e. CSS px at 72 dpi; the viewport applies the page's /Rotate.
      const { width, height } = page.getViewport({ scale: 1 });
      pages.push({ index, width, height });
      if (index === 0) thumbnail = await renderThumbnail(page, thumbnailWidth);
      // Frees the page's operator lists and images, so long documents stay bounded in memory.
      page.cleanup();
    }
    if (!thumbnail) throw new Error('The PDF has no first page.');
    return { pageCount: pages.length, pages, thumbnail };
  } catch (error) {
    throw toPdfError(error);
  } finally {
    await pdf.close();
  }
}

async function renderThumbnail(page: PDFPageProxy, thumbnailWidth: number): Promise<StoredBinary> {
  const pageSize = page.getViewport({ scale: 1 });
  const size = fitThumbnail(pageSize.width, pageSize.height, thumbnailWidth);
  const viewport = page.getViewport({ scale: size.scale });
  const canvas = new OffscreenCanvas(size.width, size.height);
  // pdf.js types say HTMLCanvasElement, but it only calls our factory's getNoAlphaContext on it.
  await page.render({ canvas: canvas as unknown as RenderCanvas, viewport }).promise;
  return encodeThumbnail(canvas);
}
