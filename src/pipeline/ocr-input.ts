// What the OCR engine is handed: a binary PGM (P5). Leptonica reads it without decoding work, and
// writing it is a 15-byte header on the pixels (PNG would cost a deflate pass, BMP a slow JS path).
import { toGrey, type GreyImage, type RgbaImage } from './prepare-grey.ts';

export function encodePgm(image: RgbaImage | GreyImage): Uint8Array {
  const grey = toGrey(image);
  const header = new TextEncoder().encode(`P5\n${grey.width} ${grey.height}\n255\n`);
  const bytes = new Uint8Array(header.length + grey.data.length);
  bytes.set(header);
  bytes.set(grey.data, header.length);
  return bytes;
}

/** Reads a binary PGM (P5) or PPM (P6) with maxval 255, e.g. test fixtures. */
export function decodePnm(bytes: Uint8Array): GreyImage | RgbaImage {
  const fields: string[] = [];
  let offset = 0;
  while (fields.length < 4) {
    while (offset < bytes.length && isSpace(bytes[offset] as number)) offset++;
    if (bytes[offset] === 0x23) {
      while (offset < bytes.length && bytes[offset] !== 0x0a) offset++;
      continue;
    }
    const start = offset;
    while (offset < bytes.length && !isSpace(bytes[offset] as number)) offset++;
    if (start === offset) throw new Error('Not a PNM image.');
    fields.push(new TextDecoder().decode(bytes.subarray(start, offset)));
  }
  offset++;
  const [magic, w, h, max] = fields;
  const width = Number(w);
  const height = Number(h);
  if ((magic !== 'P5' && magic !== 'P6') || max !== '255' || !(width > 0 && height > 0)) {
    throw new Error('Only 8-bit binary PGM and PPM images are supported.');
  }
  const channels = magic === 'P5' ? 1 : 3;
  const pixels = bytes.subarray(offset, offset + width * height * channels);
  if (pixels.length !== width * height * channels) throw new Error('The PNM image is truncated.');
  if (channels === 1) return { data: new Uint8ClampedArray(pixels), width, height, channels: 1 };
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0, j = 0; i < pixels.length; i += 3, j += 4) {
    data[j] = pixels[i] as number;
    data[j + 1] = pixels[i + 1] as number;
    data[j + 2] = pixels[i + 2] as number;
    data[j + 3] = 255;
  }
  return { data, width, height };
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}
