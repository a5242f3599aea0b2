// Reads each page's pixel size from image headers without decoding pixels, so oversized or hostile
// images can be refused before a decoder allocates memory for them. Every loop is bounded.
import type { FileKind } from '../domain/file-kind.ts';

export interface PageDimensions {
  readonly width: number;
  readonly height: number;
}

/** TIFF page chains are walked at most this far; a longer chain reports this many pages. */
export const maxTiffIfds = 10_000;

// Caps total IFD entries read, so overlapping giant IFDs cannot cost minutes of CPU.
const maxTiffEntries = 2_000_000;

/**
 * One entry per page or frame, or undefined when the header is missing, truncated or damaged
 * (and always for PDF and XML). Never throws.
 */
export function readImageDimensions(
  bytes: Uint8Array,
  kind: FileKind,
): PageDimensions[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    switch (kind) {
      case 'png':
        return readPng(view);
      case 'jpeg':
        return readJpeg(view);
      case 'webp':
        return readWebp(view);
      case 'tiff':
        return readTiff(view);
      case 'heic':
        return readHeic(view);
      default:
        return undefined;
    }
  } catch (error) {
    // Reads are bounds-checked first; a DataView RangeError would only mean a missed check.
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

function readPng(view: DataView): PageDimensions[] | undefined {
  // IHDR must be the first chunk: type at byte 12, width and height at 16 and 20.
  if (view.byteLength < 24 || fourcc(view, 12) !== 'IHDR') return undefined;
  return page(view.getUint32(16), view.getUint32(20));
}

function readJpeg(view: DataView): PageDimensions[] | undefined {
  const length = view.byteLength;
  if (length < 2 || view.getUint16(0) !== 0xffd8) return undefined;
  let at = 2; // after SOI
  while (at < length) {
    if (view.getUint8(at) !== 0xff) return undefined;
    // Any number of 0xFF fill bytes may precede a marker code.
    while (at < length && view.getUint8(at) === 0xff) at++;
    if (at >= length) return undefined;
    const marker = view.getUint8(at++);
    // Standalone markers carry no length: TEM, RSTn and a repeated SOI.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) continue;
    // Entropy-coded data (SOS) or the end (EOI) before any frame header: nothing to read.
    if (marker === 0x00 || marker === 0xd9 || marker === 0xda) return undefined;
    if (at + 2 > length) return undefined;
    const segmentLength = view.getUint16(at);
    if (segmentLength < 2) return undefined;
    if (isStartOfFrame(marker)) {
      if (segmentLength < 8 || at + 7 > length) return undefined;
      // Height 0 defers to a DNL marker after the scan; too rare to support, so unreadable.
      return page(view.getUint16(at + 5), view.getUint16(at + 3));
    }
    at += segmentLength;
  }
  return undefined;
}

// SOF0..SOF15, except DHT (C4), JPG (C8) and DAC (CC) which share the range.
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function readWebp(view: DataView): PageDimensions[] | undefined {
  if (view.byteLength < 21) return undefined;
  const chunk = fourcc(view, 12);
  if (chunk === 'VP8 ') {
    // Lossy: 3-byte frame tag, start code 9D 01 2A, then 14-bit width and height.
    if (view.byteLength < 30 || (view.getUint8(20) & 1) !== 0) return undefined; // not a key frame
    if (view.getUint8(23) !== 0x9d || view.getUint8(24) !== 0x01 || view.getUint8(25) !== 0x2a) {
      return undefined;
    }
    return page(view.getUint16(26, true) & 0x3fff, view.getUint16(28, true) & 0x3fff);
  }
  if (chunk === 'VP8L') {
    // Lossless: signature 0x2F, then width-1 and height-1 packed as two 14-bit fields.
    if (view.byteLength < 25 || view.getUint8(20) !== 0x2f) return undefined;
    const bits = view.getUint32(21, true);
    return page((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  if (chunk === 'VP8X') {
    // Extended: flags and 3 reserved bytes, then 24-bit canvas width-1 and height-1.
    if (view.byteLength < 30) return undefined;
    return page(readUint24(view, 24) + 1, readUint24(view, 27) + 1);
  }
  return undefined;
}

function readTiff(view: DataView): PageDimensions[] | undefined {
  const length = view.byteLength;
  if (length < 8) return undefined;
  const order = view.getUint16(0);
  const little = order === 0x4949;
  const magic = view.getUint16(2, little);
  if ((!little && order !== 0x4d4d) || (magic !== 42 && magic !== 43)) return undefined;
  const big = magic === 43;
  if (big && (length < 16 || view.getUint16(4, little) !== 8)) return undefined;
  const countSize = big ? 8 : 2;
  const entrySize = big ? 20 : 12;
  const pointerSize = big ? 8 : 4;
  const readPointer = (at: number) =>
    big ? readUint64(view, at, little) : view.getUint32(at, little);

  const pages: PageDimensions[] = [];
  const visited = new Set<number>();
  let entriesLeft = maxTiffEntries;
  let offset = readPointer(big ? 8 : 4);
  while (offset !== 0 && pages.length < maxTiffIfds) {
    // A revisited IFD is a cycle, made to hang decoders: treat the file as damaged.
    if (visited.has(offset) || offset + countSize > length) return undefined;
    visited.add(offset);
    const count = big ? readUint64(view, offset, little) : view.getUint16(offset, little);
    const entriesEnd = offset + countSize + count * entrySize;
    entriesLeft -= count;
    if (entriesEnd + pointerSize > length || entriesLeft < 0) return undefined;
    let width = 0;
    let height = 0;
    let subfileType = 0;
    for (let at = offset + countSize; at < entriesEnd; at += entrySize) {
      const tag = view.getUint16(at, little);
      if (tag === 256) width = readTiffNumber(view, at, little, big);
      else if (tag === 257) height = readTiffNumber(view, at, little, big);
      else if (tag === 254) subfileType = readTiffNumber(view, at, little, big);
    }
    const dimensions = page(width, height)?.[0];
    if (!dimensions) return undefined;
    // Bit 0 marks a reduced-resolution copy (an embedded thumbnail), not a page.
    if (!(subfileType & 1)) pages.push(dimensions);
    offset = readPointer(entriesEnd);
  }
  return pages.length > 0 ? pages : undefined;
}

/** A SHORT, LONG or LONG8 value stored inline in an IFD entry; 0 for any other type. */
function readTiffNumber(view: DataView, entry: number, little: boolean, big: boolean): number {
  const type = view.getUint16(entry + 2, little);
  const value = entry + (big ? 12 : 8);
  if (type === 3) return view.getUint16(value, little);
  if (type === 4) return view.getUint32(value, little);
  if (type === 16 && big) return readUint64(view, value, little);
  return 0;
}

function readHeic(view: DataView): PageDimensions[] | undefined {
  // meta is a full box (4 bytes of version and flags); ispe sizes sit in meta > iprp > ipco.
  const meta = findBox(view, 0, view.byteLength, 'meta');
  const properties = meta && findBox(view, meta.start + 4, meta.end, 'iprp');
  const container = properties && findBox(view, properties.start, properties.end, 'ipco');
  if (!container) return undefined;
  // The largest ispe belongs to the primary image or its grid; thumbnails and tiles are smaller.
  let largest: PageDimensions | undefined;
  for (const box of boxes(view, container.start, container.end)) {
    if (box.type !== 'ispe' || box.end - box.start < 12) continue;
    const width = view.getUint32(box.start + 4);
    const height = view.getUint32(box.start + 8);
    if (width && height && (!largest || width * height > largest.width * largest.height)) {
      largest = { width, height };
    }
  }
  return largest && [largest];
}

interface Box {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

function findBox(view: DataView, from: number, to: number, type: string): Box | undefined {
  for (const box of boxes(view, from, to)) if (box.type === type) return box;
  return undefined;
}

// ISO-BMFF boxes: 32-bit size (1 = 64-bit size follows, 0 = to the end) and a four-letter type.
function* boxes(view: DataView, from: number, to: number): Generator<Box> {
  let at = from;
  while (at + 8 <= to) {
    let size = view.getUint32(at);
    let header = 8;
    if (size === 1) {
      if (at + 16 > to) return;
      size = readUint64(view, at + 8, false);
      header = 16;
    } else if (size === 0) size = to - at;
    if (size < header || at + size > to) return;
    yield { type: fourcc(view, at + 4), start: at + header, end: at + size };
    at += size;
  }
}

function page(width: number, height: number): PageDimensions[] | undefined {
  return width > 0 && height > 0 ? [{ width, height }] : undefined;
}

function fourcc(view: DataView, at: number): string {
  if (at + 4 > view.byteLength) return '';
  return String.fromCharCode(
    view.getUint8(at),
    view.getUint8(at + 1),
    view.getUint8(at + 2),
    view.getUint8(at + 3),
  );
}

function readUint24(view: DataView, at: number): number {
  return view.getUint8(at) | (view.getUint8(at + 1) << 8) | (view.getUint8(at + 2) << 16);
}

// Beyond 2^53 precision is lost, but such offsets and sizes are far past any real file anyway.
function readUint64(view: DataView, at: number, little: boolean): number {
  const high = view.getUint32(little ? at + 4 : at, little);
  const low = view.getUint32(little ? at : at + 4, little);
  return high * 2 ** 32 + low;
}
