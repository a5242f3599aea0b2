// A failure that belongs to one document, with a message written for the person using the app.
export type DocumentErrorCode =
  | 'empty-file'
  | 'file-too-large'
  | 'unsupported-type'
  | 'unreadable-file'
  | 'too-many-pixels'
  | 'too-many-pages'
  | 'corrupt'
  | 'encrypted'
  | 'heic-unsupported'
  | 'storage-full'
  | 'timeout'
  | 'worker-crashed'
  | 'cancelled'
  | 'internal';

export interface DocumentErrorInfo {
  readonly code: DocumentErrorCode;
  readonly message: string;
}

export class DocumentError extends Error implements DocumentErrorInfo {
  constructor(
    readonly code: DocumentErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DocumentError';
  }

  toInfo(): DocumentErrorInfo {
    return { code: this.code, message: this.message };
  }
}

/** Any thrown value as a DocumentErrorInfo; unexpected errors keep their text but say what failed. */
export function toDocumentErrorInfo(error: unknown, whatFailed: string): DocumentErrorInfo {
  if (error instanceof DocumentError) return error.toInfo();
  if (isDocumentErrorInfo(error)) return { code: error.code, message: error.message };
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `${whatFailed} failed unexpectedly: ${detail}` };
}

function isDocumentErrorInfo(value: unknown): value is DocumentErrorInfo {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as DocumentErrorInfo).code === 'string' &&
    typeof (value as DocumentErrorInfo).message === 'string'
  );
}
