// Limit checks of the preview stage (limits may have changed since capture); messages follow
// validate-capture: the actual value, the limit, a fix, and that the limit is in Settings.
import { DocumentError } from '../domain/document-error.ts';
import { formatMegapixels, type Limits } from '../domain/limits.ts';

export function assertImagePixels(width: number, height: number, limits: Limits): void {
  const pixels = width * height;
  if (pixels <= limits.maxImagePixels) return;
  throw new DocumentError(
    'too-many-pixels',
    `This image is ${width} × ${height} pixels (${formatMegapixels(pixels)}), more than the ` +
      `${formatMegapixels(limits.maxImagePixels)} limit for images. Scan or save it at a lower ` +
      'resolution, or raise the limit in Settings.',
  );
}

export function assertPageCount(what: string, pageCount: number, limits: Limits): void {
  if (pageCount <= limits.maxPdfPages) return;
  throw new DocumentError(
    'too-many-pages',
    `${what} has ${pageCount} pages, more than the ${limits.maxPdfPages}-page limit. ` +
      'Split it into smaller files, or raise the limit in Settings.',
  );
}
