// Byte fixtures for capture checks, built in code so each test shows exactly which header bytes matter.

export function bytes(...parts: (readonly number[] | Uint8Array | string)[]): Uint8Array {
  const arrays = parts.map((part) =>
    typeof part === 'string' ? Uint8Array.from(part, (char) => char.charCodeAt(0)) : part,
  );
  const out = new Uint8Array(arrays.reduce((total, part) => total + part.length, 0));
  let at = 0;
  for (const part of arrays) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export function utf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  [...(bom ? '\ufeff' : ''), ...text].forEach((_, index, all) =>
    view.setUint16(index * 2, (all[index] ?? '').charCodeAt(0), order === 'le'),
  );
  return out;
}

const u16be = (value: number) => [value >>> 8, value & 0xff];
const u32be = (value: number) => [
  value >>> 24,
  (value >>> 16) & 0xff,
  (value >>> 8) & 0xff,
  value & 0xff,
];
const u16le = (value: number) => [value & 0xff, value >>> 8];
const u32le = (value: number) => [...u32be(value)].reverse();

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  return bytes(u32be(data.length), type, data, u32be(crc32(bytes(type, data))));
}

/** A real 1x1 RGBA PNG (zlib stream of one filtered transparent pixel). */
export const png1x1 = bytes(
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  pngChunk('IHDR', bytes(u32be(1), u32be(1), [8, 6, 0, 0, 0])),
  pngChunk('IDAT', bytes([0x78, 0x9c, 0x63, 0x60, 0x00, 0x02, 0x00, 0x00, 0x05, 0x00, 0x01])),
  pngChunk('IEND', new Uint8Array()),
);

/** A PNG header claiming the given size (signature + IHDR only). */
export function pngHeader(width: number, height: number): Uint8Array {
  return bytes(
    png1x1.subarray(0, 8),
    pngChunk('IHDR', bytes(u32be(width), u32be(height), [8, 2, 0, 0, 0])),
  );
}

/** SOI, APP1/Exif, DQT, DHT, SOF0 (baseline) and the start of SOS. */
export function jpegHeader(width: number, height: number, sofMarker = 0xc0): Uint8Array {
  const exifTiff = bytes('II', [0x2a, 0], u32le(8), u16le(0), u32le(0));
  const app1 = bytes('Exif', [0, 0], exifTiff);
  const dqt = bytes([0], new Uint8Array(64).fill(1));
  const dht = bytes([0], new Uint8Array(16), []);
  const sof = bytes([8], u16be(height), u16be(width), [3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  const segment = (marker: number, data: Uint8Array) =>
    bytes([0xff, marker], u16be(data.length + 2), data);
  return bytes(
    [0xff, 0xd8],
    segment(0xe1, app1),
    segment(0xdb, dqt),
    segment(0xc4, dht),
    [0xff], // a fill byte before the next marker
    segment(sofMarker, sof),
    segment(0xda, bytes([1, 1, 0, 0, 0x3f, 0])),
    [0x12, 0x34, 0xff, 0xd9],
  );
}

function riffWebp(chunk: string, data: Uint8Array): Uint8Array {
  const padded = data.length % 2 ? bytes(data, [0]) : data;
  return bytes('RIFF', u32le(4 + 8 + padded.length), 'WEBP', chunk, u32le(data.length), padded);
}

export function webpLossy(width: number, height: number): Uint8Array {
  // Key frame tag (bit 0 clear), start code, then 14-bit sizes with scale bits zero.
  return riffWebp(
    'VP8 ',
    bytes([0x10, 0x02, 0x00, 0x9d, 0x01, 0x2a], u16le(width), u16le(height), [0, 0]),
  );
}

export function webpLossless(width: number, height: number): Uint8Array {
  const bits = ((width - 1) | ((height - 1) << 14)) >>> 0; // alpha and version bits zero
  return riffWebp('VP8L', bytes([0x2f], u32le(bits), [0, 0, 0]));
}

export function webpExtended(width: number, height: number): Uint8Array {
  const u24 = (value: number) => [value & 0xff, (value >>> 8) & 0xff, value >>> 16];
  return riffWebp('VP8X', bytes([0x10, 0, 0, 0], u24(width - 1), u24(height - 1)));
}

export interface TiffOptions {
  readonly order: 'II' | 'MM';
  readonly bigTiff?: boolean;
  /** Index of the page whose next-IFD pointer leads back to the first IFD. */
  readonly cycleFrom?: number;
  /** Store dimensions as LONG instead of SHORT. */
  readonly long?: boolean;
}

/** Header and IFD chain only (no strips); each page has ImageWidth, ImageLength and one more tag. */
export function tiff(
  pages: readonly (readonly [number, number])[],
  options: TiffOptions,
): Uint8Array {
  const little = options.order === 'II';
  const big = options.bigTiff ?? false;
  const [headerSize, countSize, entrySize, pointerSize] = big ? [16, 8, 20, 8] : [8, 2, 12, 4];
  const ifdSize = countSize + 3 * entrySize + pointerSize;
  const out = new Uint8Array(headerSize + pages.length * ifdSize);
  const view = new DataView(out.buffer);
  const setUint = (at: number, value: number, size: number) => {
    if (size === 2) view.setUint16(at, value, little);
    else if (size === 4) view.setUint32(at, value, little);
    else view.setBigUint64(at, BigInt(value), little);
  };
  out.set(little ? [0x49, 0x49] : [0x4d, 0x4d]);
  setUint(2, big ? 43 : 42, 2);
  if (big) setUint(4, 8, 2);
  setUint(big ? 8 : 4, headerSize, pointerSize);
  pages.forEach(([width, height], index) => {
    const ifd = headerSize + index * ifdSize;
    setUint(ifd, 3, countSize);
    const entries: [number, number, number][] = [
      [256, options.long ? 4 : 3, width],
      [257, options.long ? 4 : 3, height],
      [259, 3, 1], // Compression: none
    ];
    entries.forEach(([tag, type, value], n) => {
      const entry = ifd + countSize + n * entrySize;
      setUint(entry, tag, 2);
      setUint(entry + 2, type, 2);
      setUint(entry + 4, 1, big ? 8 : 4);
      setUint(entry + (big ? 12 : 8), value, type === 3 ? 2 : 4);
    });
    const isLast = index === pages.length - 1;
    const next = index === options.cycleFrom ? headerSize : isLast ? 0 : ifd + ifdSize;
    setUint(ifd + countSize + 3 * entrySize, next, pointerSize);
  });
  return out;
}

function isoBox(type: string, ...content: Uint8Array[]): Uint8Array {
  const body = bytes(...content);
  return bytes(u32be(8 + body.length), type, body);
}

export function ftyp(major: string, compatible: readonly string[]): Uint8Array {
  return isoBox('ftyp', bytes(major, u32be(0), ...compatible));
}

/** ftyp plus meta > iprp > ipco holding ispe boxes (a thumbnail-sized one first). */
export function heic(width: number, height: number): Uint8Array {
  const fullBox = bytes([0, 0, 0, 0]);
  const ispe = (w: number, h: number) => isoBox('ispe', fullBox, bytes(u32be(w), u32be(h)));
  const hdlr = isoBox('hdlr', fullBox, bytes(u32be(0), 'pict', new Uint8Array(13)));
  const ipco = isoBox(
    'ipco',
    ispe(320, 240),
    isoBox('colr', bytes('nclx', [0, 1, 0, 1, 0, 1, 0])),
    ispe(width, height),
  );
  return bytes(ftyp('heic', ['mif1', 'heic']), isoBox('meta', fullBox, hdlr, isoBox('iprp', ipco)));
}

export const ublInvoice = `<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
    xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:ID>INV-1</cbc:ID>
</Invoice>`;

export const ublCreditNotePrefixed = `<?xml version='1.0'?>
<ubl:CreditNote xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
  xmlns:ubl = 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2'><cbc:ID/></ubl:CreditNote>`;

export const ciiInvoice = `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
  xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100">
</rsm:CrossIndustryInvoice>`;

export const zugferd1 = `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryDocument xmlns:rsm="urn:ferd:CrossIndustryDocument:invoice:1p0"></rsm:CrossIndustryDocument>`;

export const ublWithProlog = `\ufeff<?xml version="1.0" encoding="UTF-8"?>
<!-- exported by <Accounting> 2.0 -->
<?xml-stylesheet type="text/xsl" href="invoice.xsl"?>
<!DOCTYPE Invoice [
  <!-- a comment with > and ' inside -->
  <!ENTITY vendor "ACME > Co">
]>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"/>`;

export const zipHeader = bytes(
  [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0],
  '[Content_Types].xml',
);
export const gifHeader = bytes('GIF89a', u16le(1), u16le(1), [0, 0, 0]);
