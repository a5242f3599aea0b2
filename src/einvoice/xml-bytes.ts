// Turns XML bytes into text the way XML says: byte-order mark first, then the declared encoding.
import { XmlParseError } from './xml-error.ts';

export interface DecodedXml {
  readonly text: string;
  /** True when bytes declared (or assumed) UTF-8 were invalid and were read as Windows-1252. */
  readonly repaired: boolean;
}

export function decodeXmlBytes(bytes: Uint8Array): DecodedXml {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs('utf-16be', bytes.subarray(2));
  // UTF-16 without a byte-order mark still starts with "<" and a zero byte.
  if (bytes[0] === 0x3c && bytes[1] === 0x00) return decodeAs('utf-16le', bytes);
  if (bytes[0] === 0x00 && bytes[1] === 0x3c) return decodeAs('utf-16be', bytes);
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  if (!declared || /^utf-?8$/i.test(declared)) return decodeUtf8(bytes);
  return decodeAs(declared, bytes);
}

function decodeUtf8(bytes: Uint8Array): DecodedXml {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), repaired: false };
  } catch {
    // Files that say UTF-8 but were written as Latin-1/Windows-1252 are common; read them anyway.
    return { text: new TextDecoder('windows-1252').decode(bytes), repaired: true };
  }
}

function decodeAs(label: string, bytes: Uint8Array): DecodedXml {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    throw new XmlParseError(
      'encoding',
      `it declares the character encoding "${label}", which is not supported`,
    );
  }
  return { text: decoder.decode(bytes), repaired: false };
}
