// Preview stage: page count, the size of every page and a first-page thumbnail, by file kind.
import type { StoredBinary } from '../domain/binary.ts';
import { DocumentError } from '../domain/document-error.ts';
import type { FileKind } from '../domain/file-kind.ts';
import type { Limits } from '../domain/limits.ts';
import { previewPdf } from './pdf-preview.ts';
import { previewEInvoiceCard } from './preview-card.ts';
import { previewImage } from './preview-image.ts';
import { previewTiff } from './tiff-preview.ts';

export interface PreviewInput {
  readonly bytes: ArrayBuffer;
  readonly kind: FileKind;
  readonly limits: Limits;
  /** Thumbnail width in pixels; very tall pages get a narrower one (see fitThumbnail). */
  readonly thumbnailWidth: number;
}

/** Page size in CSS px at 72 dpi for PDF (PDF points), in pixels for images. */
export interface PreviewPage {
  /** 0-based. */
  readonly index: number;
  readonly width: number;
  readonly height: number;
}

export interface DocumentPreview {
  readonly pageCount: number;
  readonly pages: readonly PreviewPage[];
  /** First page, image/webp, or image/jpeg where the browser cannot encode WebP. */
  readonly thumbnail: StoredBinary;
}

export async function renderPreview(input: PreviewInput): Promise<DocumentPreview> {
  const { bytes, kind, limits, thumbnailWidth } = input;
  if (!(thumbnailWidth >= 1)) {
    throw new DocumentError('internal', `Invalid thumbnail width: ${thumbnailWidth}.`);
  }
  switch (kind) {
    case 'pdf':
      return previewPdf(bytes, limits, thumbnailWidth);
    case 'jpeg':
    case 'png':
    case 'webp':
    case 'heic':
      return previewImage(bytes, kind, limits, thumbnailWidth);
    case 'tiff':
      return previewTiff(bytes, limits, thumbnailWidth);
    case 'ubl':
    case 'cii':
      return previewEInvoiceCard(thumbnailWidth);
  }
}
