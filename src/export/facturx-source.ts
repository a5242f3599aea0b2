// Which pages a Factur-X PDF is built from, decided without loading pdf-lib, so the export dialog
// can say up front when a document has nothing to build it from.
import type { ExportInput } from './export-types.ts';

export type ImageType = 'jpeg' | 'png';

/** JPEG and PNG by their magic bytes; pdf-lib embeds nothing else. */
export function imageType(bytes: Uint8Array): ImageType | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((b, i) => bytes[i] === b)) return 'png';
  return undefined;
}

/** 'pdf': the original PDF; 'photo': the original JPEG/PNG; 'pages': the rendered page images. */
export function facturXSource(input: ExportInput): 'pdf' | 'photo' | 'pages' | undefined {
  const original = input.original && new Uint8Array(input.original.bytes);
  if (input.document.kind === 'pdf' && original) return 'pdf';
  if (original && imageType(original)) return 'photo';
  if ((input.pageImages?.length ?? 0) > 0) return 'pages';
  return undefined;
}

export const noFacturXSource =
  'Factur-X needs the original PDF or the rendered page images of this document.';
