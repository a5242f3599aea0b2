// Binary payloads are stored as ArrayBuffer plus a MIME type: structured-clonable everywhere
// (IndexedDB, workers, tests in Node) unlike Blob.
export interface StoredBinary {
  readonly bytes: ArrayBuffer;
  readonly type: string;
}
