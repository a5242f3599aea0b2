import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/domain/settings.ts';
import { createBackup, restoreBackup } from '../../../src/db/backup.ts';
import { sha256Hex, type BackupManifest } from '../../../src/db/backup-format.ts';
import { addCorrection, listCorrections } from '../../../src/db/corrections.ts';
import { closeAppDatabase, type AppDatabase } from '../../../src/db/database.ts';
import {
  getOriginal,
  listDocuments,
  markDeleted,
  storeNewDocument,
  type NewDocument,
} from '../../../src/db/documents.ts';
import { getEmbeddedFile, putEmbeddedFile } from '../../../src/db/embedded-files.ts';
import { completeJobStep, markJobRunning } from '../../../src/db/job-queue.ts';
import { getPageModels, putPageModel } from '../../../src/db/page-models.ts';
import { getPages, putPage, putPages } from '../../../src/db/pages.ts';
import { putResult } from '../../../src/db/results.ts';
import { loadSettings, saveSettings } from '../../../src/db/settings.ts';
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

const sourceSettings = { ...defaultSettings, concurrency: 4 };

/** Stores a capture with pages and their images, page models, an embedded file, a result and corrections. */
async function storeFull(db: AppDatabase, capture: NewDocument, at: number): Promise<void> {
  const id = capture.document.id;
  await storeNewDocument(db, capture);
  await markJobRunning(db, capture.job.id, at);
  await putPages(db, [page(id, 0), page(id, 1, false)]);
  await completeJobStep(db, capture.job.id, 0, at + 1);
  for (const index of [0, 1]) {
    await putPage(db, page(id, index, false, true));
    await putPageModel(db, pageModel(id, index));
  }
  await putEmbeddedFile(db, embeddedFile(id));
  await putResult(db, result(id));
  await addCorrection(db, correction(id, at + 2));
}

async function sourceDatabase() {
  const db = await freshDatabase();
  const a = await newCapture('a', 1);
  const b = await newCapture('b', 2);
  const e = await newCapture('e', 3);
  const deleted = await newCapture('deleted', 4);
  for (const [i, capture] of [a, b, e, deleted].entries()) await storeFull(db, capture, 10 * i);
  const waiting = await newCapture('waiting', 5);
  await storeNewDocument(db, waiting);
  await markDeleted(db, [deleted.document.id], 50);
  await saveSettings(db, sourceSettings);
  return { db, a, b, e, waiting, deleted };
}

describe('createBackup', () => {
  it('lists every file in the manifest with its size and SHA-256', async () => {
    const { db, a } = await sourceDatabase();
    const files = unzipSync(await createBackup(db, Date.UTC(2025, 0, 2)));
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as BackupManifest;
    expect(manifest).toMatchObject({
      format: 'invoice-capture-backup',
      formatVersion: 2,
      schemaVersion: 3,
      createdAt: '2025-01-02T00:00:00.000Z',
      counts: {
        documents: 4,
        pages: 6,
        pageModels: 6,
        embeddedFiles: 3,
        results: 3,
        corrections: 3,
        jobs: 4,
      },
    });
    const paths = Object.keys(files).filter((path) => path !== 'manifest.json');
    expect(manifest.files.map((file) => file.path).sort()).toEqual(paths.sort());
    for (const { path, sha256, size } of manifest.files) {
      const bytes = new Uint8Array(files[path] ?? []);
      expect(bytes.byteLength).toBe(size);
      expect(await sha256Hex(bytes)).toBe(sha256);
    }
    expect(paths).toContain(`originals/${a.document.id}`);
    expect(paths).toContain(`pages/${a.document.id}-0.thumb`);
    expect(paths).not.toContain(`pages/${a.document.id}-1.thumb`);
    expect(paths).toContain(`pages/${a.document.id}-1.image`);
    expect(paths).toContain(`embedded/${a.document.id}`);
    expect(paths).toContain('data/page-models.json');
    expect(paths).toContain('data/embedded-files.json');
  });
});

describe('restoreBackup', () => {
  it('restores everything byte for byte into an empty database', async () => {
    const { db, deleted } = await sourceDatabase();
    const zip = await createBackup(db, 1000);
    const target = await freshDatabase();
    expect(await restoreBackup(target, zip)).toEqual({ added: 4, skipped: 0 });

    const withoutDeleted = async (source: AppDatabase) => {
      const dump = await dumpDatabase(source);
      const isDeleted = (record: unknown): boolean => {
        const { id, documentId } = record as { id?: string; documentId?: string };
        return (documentId ?? id) === deleted.document.id;
      };
      for (const [store, records] of Object.entries(dump)) {
        dump[store] = records.filter((record) => !isDeleted(record));
      }
      return dump;
    };
    expect(await dumpDatabase(target)).toEqual(await withoutDeleted(db));
    for (const document of await listDocuments(db)) {
      const original = await getOriginal(db, document.id);
      const restored = await getOriginal(target, document.id);
      expect(restored).toBeDefined();
      expect(comparable(restored)).toEqual(comparable(original));
    }
    expect(await loadSettings(target)).toEqual(sourceSettings);
  });

  it('restores page models, embedded files and page images exactly', async () => {
    const { db, a } = await sourceDatabase();
    const target = await freshDatabase();
    await restoreBackup(target, await createBackup(db, 1000));
    const id = a.document.id;
    expect(await getPageModels(target, id)).toEqual([pageModel(id, 0), pageModel(id, 1)]);
    expect(comparable(await getEmbeddedFile(target, id))).toEqual(comparable(embeddedFile(id)));
    const pages = await getPages(target, id);
    expect(comparable(pages)).toEqual(
      comparable([{ ...page(id, 0, true, true) }, { ...page(id, 1, false, true) }]),
    );
  });

  it('merges into a database that has data, without duplicates, and only once', async () => {
    const { db, a, b, e, waiting } = await sourceDatabase();
    const zip = await createBackup(db, 1000);

    const target = await freshDatabase();
    await storeNewDocument(target, a); // the same document (same id), without a's correction
    const bAgain = await newCapture('b', 7); // the same file captured here on its own
    await storeNewDocument(target, bAgain);
    const own = await newCapture('own', 8);
    await storeNewDocument(target, own);
    const ownSettings = { ...defaultSettings, concurrency: 1 };
    await saveSettings(target, ownSettings);

    expect(await restoreBackup(target, zip)).toEqual({ added: 2, skipped: 2 });
    const documents = await listDocuments(target);
    expect(documents.map((d) => d.id).sort()).toEqual(
      [a, bAgain, own, e, waiting].map((capture) => capture.document.id).sort(),
    );
    expect(new Set(documents.map((d) => d.sha256)).size).toBe(documents.length);
    expect(await listCorrections(target, a.document.id)).toHaveLength(1);
    expect(await listCorrections(target, bAgain.document.id)).toEqual([]);
    expect(await listCorrections(target, b.document.id)).toEqual([]);
    expect(await listCorrections(target, e.document.id)).toHaveLength(1);
    // Skipped documents get nothing from the backup; added ones get all their data.
    for (const skipped of [a, bAgain, b]) {
      expect(await getPageModels(target, skipped.document.id)).toEqual([]);
      expect(await getEmbeddedFile(target, skipped.document.id)).toBeUndefined();
      expect(await getPages(target, skipped.document.id)).toEqual([]);
    }
    expect(await getPageModels(target, e.document.id)).toHaveLength(2);
    expect(await getEmbeddedFile(target, e.document.id)).toBeDefined();
    expect(await loadSettings(target)).toEqual(ownSettings);

    const afterFirst = await dumpDatabase(target);
    expect(await restoreBackup(target, zip)).toEqual({ added: 0, skipped: 4 });
    expect(await dumpDatabase(target)).toEqual(afterFirst);
  });

  it('brings back a document that was deleted here', async () => {
    const { db, a } = await sourceDatabase();
    const zip = await createBackup(db, 1000);
    await markDeleted(db, [a.document.id], 2000);
    expect(await restoreBackup(db, zip)).toEqual({ added: 0, skipped: 4 });
    expect((await listDocuments(db)).map((d) => d.id)).toContain(a.document.id);
  });
});
