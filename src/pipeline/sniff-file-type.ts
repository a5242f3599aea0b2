// Decides what a captured file is from its leading bytes only: file names and browser MIME guesses lie.
// Pure and DOM-free so it runs on the main thread, in workers and in Node tests.
import type { FileKind } from '../domain/file-kind.ts';

export type SniffResult =
  | { readonly ok: true; readonly kind: FileKind }
  | { readonly ok: false; readonly description: string };

/** How many leading bytes callers should pass; more is accepted but not needed. */
export const sniffByteCount = 64 * 1024;

const unknownDescription = 'a file type the app does not recognise';
const zipDescription = 'a ZIP archive (Word, Excel and OpenDocument files are ZIP archives)';
const htmlDescription = 'an HTML web page';

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const tiffSignatures = [
  [0x49, 0x49, 0x2a, 0x00],
  [0x4d, 0x4d, 0x00, 0x2a],
  [0x49, 0x49, 0x2b, 0x00],
  [0x4d, 0x4d, 0x00, 0x2b],
];
// Brands that name HEVC-coded HEIF content, so they win even if AVIF is also listed.
const heicMajorBrands = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis']);
// mif1/msf1 are generic HEIF brands that AVIF files list too, so AVIF is ruled out before them.
const heifBrands = new Set([...heicMajorBrands, 'mif1', 'msf1']);
const avifBrands = new Set(['avif', 'avis']);

const eInvoiceRoots: ReadonlyMap<string, readonly [namespace: string, kind: FileKind]> = new Map([
  ['Invoice', ['urn:oasis:names:specification:ubl:schema:xsd:Invoice-2', 'ubl']],
  ['CreditNote', ['urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2', 'ubl']],
  ['CrossIndustryInvoice', ['urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100', 'cii']],
  ['CrossIndustryDocument', ['urn:ferd:CrossIndustryDocument:invoice:1p0', 'cii']],
]);

// Formats people pick by mistake, matched by their leading bytes, so the refusal can say what they are.
const knownRefusals: readonly (readonly [signature: readonly number[], description: string])[] = [
  [[0x50, 0x4b, 0x03, 0x04], zipDescription],
  [[0x50, 0x4b, 0x05, 0x06], zipDescription],
  [[0x50, 0x4b, 0x07, 0x08], zipDescription],
  [ascii('GIF87a'), 'a GIF image'],
  [ascii('GIF89a'), 'a GIF image'],
  [ascii('Rar!\x1a\x07'), 'a RAR archive'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], 'a 7-Zip archive'],
  [[0x1f, 0x8b], 'a gzip-compressed file'],
  [[0x7f, 0x45, 0x4c, 0x46], 'a program (a Linux ELF executable)'],
  [
    [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    'an older Microsoft Office file (.doc, .xls or .msg)',
  ],
  [ascii('RIFF'), 'a RIFF audio or video file (such as WAV or AVI)'],
];

export function sniffFileType(file: Uint8Array): SniffResult {
  // Whole files may be passed in; decoding megabytes as text to find a root element would be waste.
  const bytes = file.subarray(0, sniffByteCount);
  if (bytes.length === 0) return refuse('an empty file');
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return accept('jpeg');
  if (startsWith(bytes, pngSignature)) return accept('png');
  if (startsWith(bytes, ascii('RIFF')) && matchesAt(bytes, 8, ascii('WEBP'))) return accept('webp');
  if (tiffSignatures.some((signature) => startsWith(bytes, signature))) return accept('tiff');
  if (bytes.length >= 12 && matchesAt(bytes, 4, ascii('ftyp'))) return sniffIsoMedia(bytes);
  for (const [signature, description] of knownRefusals) {
    if (startsWith(bytes, signature)) return refuse(description);
  }
  if (isBmp(bytes)) return refuse('a BMP image');
  if (isDosExecutable(bytes)) return refuse('a program (a Windows executable)');
  // PDF readers accept the header anywhere in the first 1024 bytes (after mail headers or junk).
  if (indexOf(bytes.subarray(0, 1024), ascii('%PDF-')) >= 0) return accept('pdf');
  return sniffText(bytes);
}

function sniffIsoMedia(bytes: Uint8Array): SniffResult {
  const boxSize = readUint32(bytes, 0);
  const end = Math.min(bytes.length, Math.max(boxSize, 16));
  const major = latin1(bytes, 8, 12);
  const compatible: string[] = [];
  for (let at = 16; at + 4 <= end; at += 4) compatible.push(latin1(bytes, at, at + 4));
  if (heicMajorBrands.has(major)) return accept('heic');
  if (avifBrands.has(major) || compatible.some((brand) => avifBrands.has(brand))) {
    return refuse('an AVIF image');
  }
  if ([major, ...compatible].some((brand) => heifBrands.has(brand))) return accept('heic');
  if (major === 'crx ') return refuse('a Canon RAW photo');
  return refuse('a video or audio file (MP4, MOV or a similar format)');
}

function sniffText(bytes: Uint8Array): SniffResult {
  const text = decodeText(bytes);
  if (text === undefined || !looksLikeText(text)) return refuse(unknownDescription);
  const root = findRootElement(text);
  const match = root && eInvoiceRoots.get(root.localName);
  if (root && match && root.namespace === match[0]) return accept(match[1]);
  if (/<(!doctype\s+html|html|head|body)[\s>]/i.test(text.slice(0, 4096))) {
    return refuse(htmlDescription);
  }
  if (root) {
    const namespaceNote = match ? ', but not in the UBL or CII namespace' : '';
    return refuse(
      `an XML file, but not a UBL or CII e-invoice (its root element is <${root.name}>${namespaceNote})`,
    );
  }
  return refuse('a plain text file');
}

function decodeText(bytes: Uint8Array): string | undefined {
  const utf16 = new TextDecoder('utf-16le');
  if (startsWith(bytes, [0xff, 0xfe])) return utf16.decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return utf16.decode(swapBytePairs(bytes.subarray(2)));
  // BOM-less UTF-16 XML starts with "<?" as 16-bit units (XML 1.0 appendix F).
  if (startsWith(bytes, [0x3c, 0x00, 0x3f, 0x00])) return utf16.decode(bytes);
  if (startsWith(bytes, [0x00, 0x3c, 0x00, 0x3f])) return utf16.decode(swapBytePairs(bytes));
  // The UTF-8 decoder drops a leading BOM; invalid bytes become U+FFFD rather than throwing.
  return new TextDecoder('utf-8').decode(bytes);
}

function swapBytePairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let at = 0; at + 1 < bytes.length; at += 2) {
    swapped[at] = bytes[at + 1] ?? 0;
    swapped[at + 1] = bytes[at] ?? 0;
  }
  return swapped;
}

// Binary files are full of NUL and other control characters; text has at most a stray few.
function looksLikeText(text: string): boolean {
  const sample = text.slice(0, 8192);
  let controls = 0;
  for (let at = 0; at < sample.length; at++) {
    const code = sample.charCodeAt(at);
    if (code === 0) return false;
    if (code < 0x20 && !(code >= 0x09 && code <= 0x0d) && code !== 0x1b) controls++;
  }
  return controls * 100 <= sample.length;
}

interface RootElement {
  readonly name: string;
  readonly localName: string;
  readonly namespace: string | undefined;
}

/** Finds the root start tag after the prolog; a lightweight scan, not an XML parser. */
function findRootElement(text: string): RootElement | undefined {
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (at < text.length && /\s/.test(text.charAt(at))) at++;
    if (text.startsWith('<?', at)) at = indexAfter(text, '?>', at + 2);
    else if (text.startsWith('<!--', at)) at = indexAfter(text, '-->', at + 4);
    else if (text.slice(at, at + 9).toUpperCase() === '<!DOCTYPE') at = afterDoctype(text, at + 9);
    else break;
    if (at < 0) return undefined;
  }
  if (text.charAt(at) !== '<') return undefined;
  const namePattern = /[A-Za-z_\u00c0-\uffff][^\s/>=]*/y;
  namePattern.lastIndex = at + 1;
  const name = namePattern.exec(text)?.[0];
  if (name === undefined) return undefined;
  const namespaces = new Map<string, string>();
  const attributePattern = /\s+([^\s/>=]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/y;
  attributePattern.lastIndex = namePattern.lastIndex;
  for (let found = attributePattern.exec(text); found; found = attributePattern.exec(text)) {
    const [, attribute = '', doubleQuoted, singleQuoted, bare] = found;
    const value = (doubleQuoted ?? singleQuoted ?? bare ?? '').trim();
    if (attribute === 'xmlns') namespaces.set('', value);
    else if (attribute.startsWith('xmlns:')) namespaces.set(attribute.slice(6), value);
  }
  const colon = name.indexOf(':');
  const prefix = colon >= 0 ? name.slice(0, colon) : '';
  return { name, localName: name.slice(colon + 1), namespace: namespaces.get(prefix) };
}

function indexAfter(text: string, token: string, from: number): number {
  const found = text.indexOf(token, from);
  return found < 0 ? -1 : found + token.length;
}

// A DOCTYPE may hold an internal subset in [...] with quoted strings and comments containing '>'.
function afterDoctype(text: string, from: number): number {
  let quote = '';
  let depth = 0;
  for (let at = from; at < text.length; at++) {
    const char = text.charAt(at);
    if (quote) {
      if (char === quote) quote = '';
    } else if (text.startsWith('<!--', at)) {
      at = indexAfter(text, '-->', at + 4) - 1;
      if (at < 0) return -1;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '[') depth++;
    else if (char === ']') depth--;
    else if (char === '>' && depth <= 0) return at + 1;
  }
  return -1;
}

function isBmp(bytes: Uint8Array): boolean {
  // "BM" alone is common in text, so also require zero reserved bytes and a known DIB header size.
  if (bytes.length < 18 || !startsWith(bytes, ascii('BM'))) return false;
  const reservedZero = bytes.subarray(6, 10).every((byte) => byte === 0);
  return reservedZero && [12, 40, 52, 56, 64, 108, 124].includes(readUint32(bytes, 14, true));
}

function isDosExecutable(bytes: Uint8Array): boolean {
  // DOS/PE headers are mostly zero bytes, unlike a text file that happens to start with "MZ".
  return bytes.length >= 64 && startsWith(bytes, ascii('MZ')) && bytes.subarray(0, 64).includes(0);
}

function accept(kind: FileKind): SniffResult {
  return { ok: true, kind };
}

function refuse(description: string): SniffResult {
  return { ok: false, description };
}

function ascii(text: string): number[] {
  return Array.from(text, (char) => char.charCodeAt(0));
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return matchesAt(bytes, 0, signature);
}

function matchesAt(bytes: Uint8Array, offset: number, signature: readonly number[]): boolean {
  if (offset + signature.length > bytes.length) return false;
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

function indexOf(bytes: Uint8Array, needle: readonly number[]): number {
  for (let at = 0; at + needle.length <= bytes.length; at++) {
    if (matchesAt(bytes, at, needle)) return at;
  }
  return -1;
}

function latin1(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

function readUint32(bytes: Uint8Array, at: number, littleEndian = false): number {
  if (at + 4 > bytes.length) return 0;
  return new DataView(bytes.buffer, bytes.byteOffset + at, 4).getUint32(0, littleEndian);
}
