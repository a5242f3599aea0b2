// The first gate for a captured file: refuses empty, too large, unknown or damaged files and images
// with too many pixels or pages before any decoder touches them; messages name the file and a fix.
import type { DocumentErrorCode, DocumentErrorInfo } from '../domain/document-error.ts';
import {
  acceptedFormatsText,
  fileKindLabel,
  fileKindMimeType,
  imageKinds,
  type FileKind,
} from '../domain/file-kind.ts';
import { formatBytes, formatMegapixels, type Limits } from '../domain/limits.ts';
import { maxTiffIfds, readImageDimensions } from './image-dimensions.ts';
import { sniffFileType } from './sniff-file-type.ts';

export type CaptureCheck =
  | {
      readonly ok: true;
      readonly kind: FileKind;
      readonly mimeType: string;
      /** Page count, for multi-page TIFF only. */
      readonly pages?: number;
    }
  | { readonly ok: false; readonly error: DocumentErrorInfo };

const raiseInSettings = 'or raise the limit in Settings';

/**
 * Size checks alone, on the file's size before it is read, so an oversized file never enters memory.
 * Undefined when the size is acceptable.
 */
export function checkFileSize(
  name: string,
  size: number,
  limits: Limits,
): DocumentErrorInfo | undefined {
  const file = `“${name}”`;
  if (size === 0) {
    return {
      code: 'empty-file',
      message: `${file} is empty (0 bytes), so there is nothing to read. Check the original file.`,
    };
  }
  if (size > limits.maxFileBytes) {
    return {
      code: 'file-too-large',
      message:
        `${file} is ${formatBytes(size)}, more than the ${formatBytes(limits.maxFileBytes)} limit. ` +
        `Try a smaller or compressed copy, ${raiseInSettings}.`,
    };
  }
  return undefined;
}

/** Checks a whole captured file (all of its bytes, not a leading slice) against the user's limits. */
export function validateCapturedFile(
  name: string,
  bytes: Uint8Array,
  limits: Limits,
): CaptureCheck {
  const file = `“${name}”`;
  const sizeError = checkFileSize(name, bytes.byteLength, limits);
  if (sizeError) return { ok: false, error: sizeError };

  const sniffed = sniffFileType(bytes);
  if (!sniffed.ok) {
    return refuse(
      'unsupported-type',
      `${file} is not an invoice file the app can read: it looks like ${sniffed.description}. ` +
        `Accepted: ${acceptedFormatsText}.`,
    );
  }
  const kind = sniffed.kind;
  const accepted = { ok: true, kind, mimeType: fileKindMimeType[kind] } as const;
  if (!imageKinds.has(kind)) return accepted;

  const pages = readImageDimensions(bytes, kind);
  if (pages === undefined) {
    // HEIC sizes live in optional boxes a header read may not find; the decoder checks them later.
    if (kind === 'heic') return accepted;
    return refuse(
      'unreadable-file',
      `${file} looks like a ${fileKindLabel[kind]} but its header is damaged or incomplete, ` +
        'so it cannot be read. Try saving or exporting the image again.',
    );
  }

  const oversizedIndex = pages.findIndex(
    (page) => page.width * page.height > limits.maxImagePixels,
  );
  const oversized = pages[oversizedIndex];
  if (oversized) {
    const pixels = oversized.width * oversized.height;
    const where = pages.length > 1 ? ` on page ${oversizedIndex + 1}` : '';
    return refuse(
      'too-many-pixels',
      `${file} is ${oversized.width} × ${oversized.height} pixels (${formatMegapixels(pixels)})` +
        `${where}, more than the ${formatMegapixels(limits.maxImagePixels)} limit for images. ` +
        `Scan or save it at a lower resolution, ${raiseInSettings}.`,
    );
  }

  if (kind !== 'tiff') return accepted;
  if (pages.length > limits.maxPdfPages) {
    // The page walk stops at its cap, so a capped count is a lower bound.
    const count = pages.length >= maxTiffIfds ? `at least ${pages.length}` : `${pages.length}`;
    return refuse(
      'too-many-pages',
      `${file} has ${count} pages, more than the ${limits.maxPdfPages}-page limit. ` +
        `Split it into smaller files, ${raiseInSettings}.`,
    );
  }
  return { ...accepted, pages: pages.length };
}

function refuse(code: DocumentErrorCode, message: string): CaptureCheck {
  return { ok: false, error: { code, message } };
}
