// A PDF made of page images (photos, scans, or the rendered pages of an XML invoice) for Factur-X:
// one JPEG or PNG per page, scaled to A4 width. Images carry no fonts, which keeps it PDF/A-clean.
import { PDFDocument } from '@cantoo/pdf-lib';
import type { StoredBinary } from '../domain/binary.ts';
import { imageType } from './facturx-source.ts';

const a4Width = 595.28;

export async function pdfFromImages(images: readonly StoredBinary[]): Promise<PDFDocument> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  for (const image of images) {
    const bytes = new Uint8Array(image.bytes);
    const type = imageType(bytes);
    if (!type) throw new TypeError(`A page image of type ${image.type} cannot go into a PDF.`);
    const embedded = type === 'jpeg' ? await pdf.embedJpg(bytes) : await pdf.embedPng(bytes);
    const height = (a4Width * embedded.height) / embedded.width;
    const page = pdf.addPage([a4Width, height]);
    page.drawImage(embedded, { x: 0, y: 0, width: a4Width, height });
  }
  return pdf;
}
