// E-invoice XML has no page image yet: a neutral card shows the inbox that something is there.
import { context2d, encodeThumbnail, fitThumbnail } from './preview-thumbnail.ts';
import type { DocumentPreview } from './render-preview.ts';

// A4 in PDF points (CSS px at 72 dpi), so XML rows line up with scanned invoices.
const a4 = { width: 595, height: 842 };

export async function previewEInvoiceCard(thumbnailWidth: number): Promise<DocumentPreview> {
  const { width, height } = fitThumbnail(a4.width, a4.height, thumbnailWidth);
  const canvas = new OffscreenCanvas(width, height);
  const context = context2d(canvas);
  const unit = width / 24;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.strokeStyle = '#d0d4da';
  context.lineWidth = Math.max(1, unit / 8);
  context.strokeRect(0, 0, width, height);

  context.fillStyle = '#1f4e79';
  context.font = `600 ${Math.round(unit * 1.7)}px system-ui, sans-serif`;
  context.textBaseline = 'top';
  context.fillText('E-invoice XML', unit * 2, unit * 2, width - unit * 4);

  // Grey bars stand for the two address blocks, the line items and the total.
  context.fillStyle = '#e3e6ea';
  const bars: readonly (readonly [top: number, left: number, length: number])[] = [
    [0.17, 0.08, 0.36],
    [0.21, 0.08, 0.28],
    [0.17, 0.56, 0.36],
    [0.21, 0.56, 0.28],
    ...[0.34, 0.39, 0.44, 0.49, 0.54].map((top) => [top, 0.08, 0.84] as const),
    [0.64, 0.56, 0.36],
  ];
  for (const [top, left, length] of bars) {
    context.fillRect(left * width, top * height, length * width, unit * 0.8);
  }
  return {
    pageCount: 1,
    pages: [{ index: 0, width: a4.width, height: a4.height }],
    thumbnail: await encodeThumbnail(canvas),
  };
}
