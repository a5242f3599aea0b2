import { afterEach, describe, expect, it, vi } from 'vitest';
import { DocumentError } from '../../../src/domain/document-error.ts';
import { closeAppDatabase, isQuotaExceeded, withQuotaHandling } from '../../../src/db/database.ts';
import { storeNewDocument } from '../../../src/db/documents.ts';
import { dumpDatabase, freshDatabase, newCapture } from './factories.ts';

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

afterEach(async () => {
  vi.restoreAllMocks();
  await closeAppDatabase();
});

describe('withQuotaHandling', () => {
  it('turns QuotaExceededError into a storage-full DocumentError', async () => {
    const failing = withQuotaHandling(() => Promise.reject(quotaError()));
    await expect(failing).rejects.toBeInstanceOf(DocumentError);
    await expect(failing).rejects.toMatchObject({
      code: 'storage-full',
      message: expect.stringMatching(/delete documents.*free disk space/i) as unknown,
    });
  });

  it('recognises a QuotaExceededError carried by a transaction or an event', () => {
    expect(isQuotaExceeded(quotaError())).toBe(true);
    expect(isQuotaExceeded({ name: 'AbortError', error: quotaError() })).toBe(true);
    expect(isQuotaExceeded({ target: { error: quotaError() } })).toBe(true);
    expect(isQuotaExceeded(new DOMException('x', 'AbortError'))).toBe(false);
    expect(isQuotaExceeded(undefined)).toBe(false);
  });

  it('passes results and other errors through', async () => {
    expect(await withQuotaHandling(() => Promise.resolve(42))).toBe(42);
    const other = new DOMException('bad key', 'DataError');
    await expect(withQuotaHandling(() => Promise.reject(other))).rejects.toBe(other);
  });
});

describe('a full disk while storing a document', () => {
  it('reports storage-full and leaves no partial records', async () => {
    const db = await freshDatabase();
    await storeNewDocument(db, await newCapture('earlier'));
    const before = await dumpDatabase(db);
    const { add } = Object.getOwnPropertyDescriptors(IDBObjectStore.prototype);
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      // The document is already added when the original hits the full disk.
      if (this.name === 'originals') throw quotaError();
      return (add?.value as IDBObjectStore['add']).apply(this, args);
    });
    const capture = await newCapture('too big');
    await expect(storeNewDocument(db, capture)).rejects.toMatchObject({ code: 'storage-full' });
    vi.restoreAllMocks();
    expect(await dumpDatabase(db)).toEqual(before);
  });
});
