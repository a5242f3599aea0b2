// Lists a TIFF's pages from its IFD chain without decoding pixels; refuses loops and cut-off chains,
// which would otherwise make the decoder spin or read garbage.
import { DocumentError } from '../domain/document-error.ts';

export interface TiffPage {
  /** Position in the top-level IFD chain (the same index UTIF.decode uses). */
  readonly ifdIndex: number;
  readonly width: number;
  readonly height: number;
}

const tagNewSubfileType = 254;
const tagImageWidth = 256;
const tagImageLength = 257;
const typeShort = 3;
const reducedResolution = 1;
// Caps entries read in total, so many overlapping giant IFDs cannot cost minutes of CPU.
const maxEntries = 2_000_000;

export const tiffCorruptMessage = 'This TIFF image is damaged or incomplete and cannot be read.';

function corrupt(): DocumentError {
  return new DocumentError('corrupt', tiffCorruptMessage);
}

/** Full-resolution pages; reduced-resolution IFDs (embedded thumbnails) are skipped. */
export function listTiffPages(bytes: ArrayBuffer): TiffPage[] {
  const view = new DataView(bytes);
  if (view.byteLength < 8) throw corrupt();
  const order = view.getUint16(0);
  if (order !== 0x4949 && order !== 0x4d4d) throw corrupt();
  const little = order === 0x4949;
  // Classic TIFF only; BigTIFF (43) is not read by the decoder either.
  if (view.getUint16(2, little) !== 42) throw corrupt();

  const pages: TiffPage[] = [];
  const seen = new Set<number>();
  let entriesLeft = maxEntries;
  let offset = view.getUint32(4, little);
  for (let ifdIndex = 0; offset !== 0; ifdIndex++) {
    if (seen.has(offset) || offset + 2 > view.byteLength) throw corrupt();
    seen.add(offset);
    const count = view.getUint16(offset, little);
    const next = offset + 2 + count * 12;
    entriesLeft -= count;
    if (next + 4 > view.byteLength || entriesLeft < 0) throw corrupt();
    const tags = new Map<number, number>();
    for (let entry = offset + 2; entry < next; entry += 12) {
      const tag = view.getUint16(entry, little);
      const type = view.getUint16(entry + 2, little);
      const value =
        type === typeShort ? view.getUint16(entry + 8, little) : view.getUint32(entry + 8, little);
      tags.set(tag, value);
    }
    const width = tags.get(tagImageWidth);
    const height = tags.get(tagImageLength);
    const subfileType = tags.get(tagNewSubfileType) ?? 0;
    if (width && height && !(subfileType & reducedResolution)) {
      pages.push({ ifdIndex, width, height });
    }
    offset = view.getUint32(next, little);
  }
  if (pages.length === 0) throw corrupt();
  return pages;
}
