// What a captured file is, decided from its bytes (never its name or the browser's MIME guess).
export type FileKind = 'pdf' | 'jpeg' | 'png' | 'webp' | 'tiff' | 'heic' | 'ubl' | 'cii';

export const imageKinds: ReadonlySet<FileKind> = new Set(['jpeg', 'png', 'webp', 'tiff', 'heic']);
export const xmlKinds: ReadonlySet<FileKind> = new Set(['ubl', 'cii']);

export const fileKindLabel: Readonly<Record<FileKind, string>> = {
  pdf: 'PDF',
  jpeg: 'JPEG image',
  png: 'PNG image',
  webp: 'WebP image',
  tiff: 'TIFF image',
  heic: 'HEIC photo',
  ubl: 'UBL e-invoice',
  cii: 'CII e-invoice',
};

export const fileKindMimeType: Readonly<Record<FileKind, string>> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  tiff: 'image/tiff',
  heic: 'image/heic',
  ubl: 'application/xml',
  cii: 'application/xml',
};

export const acceptedFormatsText = 'PDF, JPEG, PNG, WebP, TIFF, HEIC and UBL/CII e-invoice XML';
