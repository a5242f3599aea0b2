import { afterEach, describe, expect, it } from 'vitest';
import { closeAppDatabase } from '../../../src/db/database.ts';
import {
  getDocument,
  getOriginal,
  listDocuments,
  markDeleted,
  purgeDeleted,
  storeNewDocument,
  unmarkDeleted,
  updateDocument,
} from '../../../src/db/documents.ts';
import { addCorrection, listCorrections } from '../../../src/db/corrections.ts';
import { getEmbeddedFile, putEmbeddedFile } from '../../../src/db/embedded-files.ts';
import { getJobForDocument } from '../../../src/db/job-queue.ts';
import { getPageModels, putPageModel } from '../../../src/db/page-models.ts';
import { getPages, putPages } from '../../../src/db/pages.ts';
import { getResult, putResult } from '../../../src/db/results.ts';
import {
  comparable,
  correction,
  dumpDatabase,
  embeddedFile,
  freshDatabase,
  newCapture,
  page,
  pageModel,
  result,
} from './factories.ts';

afterEach(() => closeAppDatabase());

describe('storeNewDocument', () => {
  it('stores the document, its original and its job together', async () => {
    const db = await freshDatabase();
    const capture = await newCapture('a');
    expect(await storeNewDocument(db, capture)).toEqual({ stored: true });
    expect(await getDocument(db, capture.document.id)).toEqual(capture.document);
    expect(comparable(await getOriginal(db, capture.document.id))).toEqual(
      comparable(capture.original.file),
    );
    expect(await getJobForDocument(db, capture.document.id)).toEqual(capture.job);
  });

  it('does not store the same file twice', async () => {
    const db = await freshDatabase();
    const first = await newCapture('same');
    const second = await newCapture('same');
    await storeNewDocument(db, first);
    const before = await dumpDatabase(db);
    expect(await storeNewDocument(db, second)).toEqual({ stored: false, existing: first.document });
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('brings a deleted document back instead of storing a duplicate', async () => {
    const db = await freshDatabase();
    const first = await newCapture('same');
    await storeNewDocument(db, first);
    await markDeleted(db, [first.document.id], 10);
    const outcome = await storeNewDocument(db, await newCapture('same'));
    expect(outcome).toEqual({ stored: false, existing: first.document });
    expect(await listDocuments(db)).toEqual([first.document]);
    expect(await getDocument(db, first.document.id)).not.toHaveProperty('deletedAt');
  });

  it('leaves nothing behind when one of its writes fails', async () => {
    const db = await freshDatabase();
    const first = await newCapture('first');
    await storeNewDocument(db, first);
    const before = await dumpDatabase(db);
    // The job reuses the first job's id: the document and original puts succeed, the job's fails.
    const second = await newCapture('second');
    const clash = { ...second, job: { ...second.job, id: first.job.id } };
    await expect(storeNewDocument(db, clash)).rejects.toMatchObject({ name: 'ConstraintError' });
    expect(await getDocument(db, second.document.id)).toBeUndefined();
    expect(await getOriginal(db, second.document.id)).toBeUndefined();
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('rejects an original or job of another document', async () => {
    const db = await freshDatabase();
    const a = await newCapture('a');
    const b = await newCapture('b');
    await expect(storeNewDocument(db, { ...a, job: b.job })).rejects.toThrow();
    expect(await listDocuments(db)).toEqual([]);
  });
});

describe('documents', () => {
  it('lists documents newest first, without deleted ones', async () => {
    const db = await freshDatabase();
    const [old, mid, recent] = await Promise.all([
      newCapture('old', 1),
      newCapture('mid', 2),
      newCapture('new', 3),
    ]);
    for (const capture of [mid, recent, old]) await storeNewDocument(db, capture);
    expect((await listDocuments(db)).map((d) => d.name)).toEqual(['new.pdf', 'mid.pdf', 'old.pdf']);
    await markDeleted(db, [mid.document.id], 100);
    expect((await listDocuments(db)).map((d) => d.name)).toEqual(['new.pdf', 'old.pdf']);
    await unmarkDeleted(db, [mid.document.id]);
    expect(await listDocuments(db)).toHaveLength(3);
    expect(await getDocument(db, mid.document.id)).toEqual(mid.document);
  });

  it('updates status, page count and error, and clears the error', async () => {
    const db = await freshDatabase();
    const capture = await newCapture('a');
    const { document } = capture;
    await storeNewDocument(db, capture);
    const error = { code: 'corrupt', message: 'This PDF is damaged.' } as const;
    const failed = await updateDocument(db, document.id, { status: 'failed', error, pageCount: 2 });
    expect(failed).toEqual({ ...document, status: 'failed', error, pageCount: 2 });
    const cleared = await updateDocument(db, document.id, { status: 'queued', error: undefined });
    expect(cleared).not.toHaveProperty('error');
    expect(await getDocument(db, document.id)).toEqual({ ...document, pageCount: 2 });
  });

  it('purges deleted documents with all their data, and only those deleted long enough', async () => {
    const db = await freshDatabase();
    const gone = await newCapture('gone');
    const recent = await newCapture('recent');
    const kept = await newCapture('kept');
    for (const capture of [gone, recent, kept]) {
      const id = capture.document.id;
      await storeNewDocument(db, capture);
      await putPages(db, [page(id, 0), page(id, 1, false, true)]);
      await putPageModel(db, pageModel(id, 0));
      await putPageModel(db, pageModel(id, 1));
      await putEmbeddedFile(db, embeddedFile(id));
      await putResult(db, result(id));
      await addCorrection(db, correction(id, 1));
    }
    await markDeleted(db, [gone.document.id], 100);
    await markDeleted(db, [recent.document.id], 300);
    expect(await purgeDeleted(db, 200)).toBe(1);

    const id = gone.document.id;
    expect(await getDocument(db, id)).toBeUndefined();
    expect(await getOriginal(db, id)).toBeUndefined();
    expect(await getPages(db, id)).toEqual([]);
    expect(await getPageModels(db, id)).toEqual([]);
    expect(await getEmbeddedFile(db, id)).toBeUndefined();
    expect(await getResult(db, id)).toBeUndefined();
    expect(await listCorrections(db, id)).toEqual([]);
    expect(await getJobForDocument(db, id)).toBeUndefined();
    // Nothing of it in any store, including stores added after this test was written.
    const records = Object.values(await dumpDatabase(db)).flat();
    expect(records.filter((record) => JSON.stringify(record).includes(id))).toEqual([]);
    for (const other of [recent, kept]) {
      expect(await getOriginal(db, other.document.id)).toBeDefined();
      expect(await getPages(db, other.document.id)).toHaveLength(2);
      expect(await getPageModels(db, other.document.id)).toHaveLength(2);
      expect(await getEmbeddedFile(db, other.document.id)).toBeDefined();
      expect(await listCorrections(db, other.document.id)).toHaveLength(1);
    }
    expect(await purgeDeleted(db, 200)).toBe(0);
  });
});
