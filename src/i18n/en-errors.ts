// Short English summaries of a document's failure, by error code; the full message (with the
// file's specifics) is the error's own text. Merged into the catalog in en.ts.
export const enErrors = {
  'error.empty-file': 'The file is empty.',
  'error.file-too-large': 'The file is larger than the limit in Settings.',
  'error.unsupported-type': 'This kind of file cannot be read.',
  'error.unreadable-file': 'The file could not be read.',
  'error.too-many-pixels': 'The image is larger than the limit in Settings.',
  'error.too-many-pages': 'The document has more pages than the limit in Settings.',
  'error.corrupt': 'The file is damaged or incomplete.',
  'error.encrypted': 'The PDF is protected by a password.',
  'error.heic-unsupported': 'This browser cannot open HEIC photos; save it as JPEG and try again.',
  'error.storage-full': 'The device’s storage for this app is full.',
  'error.timeout': 'Reading took too long and was stopped.',
  'error.worker-crashed': 'The reader stopped unexpectedly; try again.',
  'error.cancelled': 'Cancelled.',
  'error.internal': 'Something went wrong inside the app.',
} as const;
