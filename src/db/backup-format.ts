// The backup file format: one zip with a manifest that lists every other file with its SHA-256.
import type { DocumentPage } from '../domain/document.ts';
import type { DocumentId } from '../domain/ids.ts';

export const backupFormat = 'invoice-capture-backup';
/** Version 2 added page models, embedded files and page display images. */
export const backupFormatVersion = 2;

export interface BackupFileEntry {
  readonly path: string;
  readonly sha256: string;
  readonly size: number;
}

export interface BackupCounts {
  readonly documents: number;
  readonly pages: number;
  readonly pageModels: number;
  readonly embeddedFiles: number;
  readonly results: number;
  readonly corrections: number;
  readonly jobs: number;
}

export interface BackupManifest {
  readonly format: typeof backupFormat;
  readonly formatVersion: number;
  readonly schemaVersion: number;
  /** ISO 8601. */
  readonly createdAt: string;
  readonly counts: BackupCounts;
  readonly files: readonly BackupFileEntry[];
}

/** A page as written to data/pages.json: thumbnail and image bytes live in their own files. */
export type BackupPage = Omit<DocumentPage, 'thumbnail' | 'image'> & {
  readonly thumbnail?: { readonly type: string };
  readonly image?: { readonly type: string };
};

/** The MIME type of an original; its bytes live in originals/<documentId>. */
export interface BackupOriginal {
  readonly documentId: DocumentId;
  readonly type: string;
}

/** An embedded file as written to data/embedded-files.json; its bytes live in embedded/<documentId>. */
export interface BackupEmbeddedFile {
  readonly documentId: DocumentId;
  readonly filename: string;
  readonly type: string;
}

export const manifestPath = 'manifest.json';

export const dataPaths = {
  documents: 'data/documents.json',
  originals: 'data/originals.json',
  pages: 'data/pages.json',
  results: 'data/results.json',
  corrections: 'data/corrections.json',
  jobs: 'data/jobs.json',
  settings: 'data/settings.json',
  pageModels: 'data/page-models.json',
  embeddedFiles: 'data/embedded-files.json',
} as const;

/** The data files a backup of `formatVersion` must have; version 1 predates the last two. */
export function requiredDataPaths(formatVersion: number): string[] {
  const { pageModels, embeddedFiles, ...sinceVersion1 } = dataPaths;
  const all = Object.values(sinceVersion1);
  return formatVersion >= 2 ? [...all, pageModels, embeddedFiles] : all;
}

export const originalPath = (documentId: DocumentId): string => `originals/${documentId}`;

export const thumbnailPath = (documentId: DocumentId, index: number): string =>
  `pages/${documentId}-${index}.thumb`;

export const pageImagePath = (documentId: DocumentId, index: number): string =>
  `pages/${documentId}-${index}.image`;

export const embeddedPath = (documentId: DocumentId): string => `embedded/${documentId}`;

/** A backup that cannot be restored; the message is meant for the person restoring it. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
