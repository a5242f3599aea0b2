import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/domain/settings.ts';
import { closeAppDatabase, openAppDatabase } from '../../../src/db/database.ts';
import { getDocument, getOriginal } from '../../../src/db/documents.ts';
import { getJobForDocument } from '../../../src/db/job-queue.ts';
import { getEmbeddedFile } from '../../../src/db/embedded-files.ts';
import { getPageModels, putPageModel } from '../../../src/db/page-models.ts';
import { getPages } from '../../../src/db/pages.ts';
import { getResult } from '../../../src/db/results.ts';
import { SCHEMA_VERSION, migrations, type AppSchema } from '../../../src/db/schema.ts';
import { loadSettings, settingsKey } from '../../../src/db/settings.ts';
import { comparable, correction, newCapture, page, pageModel, result } from './factories.ts';

afterEach(() => closeAppDatabase());

describe('schema', () => {
  it('has one migration per version', () => {
    expect(SCHEMA_VERSION).toBe(3);
    expect(migrations).toHaveLength(SCHEMA_VERSION);
  });

  it('creates every store in a new database', async () => {
    const db = await openAppDatabase(crypto.randomUUID());
    expect(db.version).toBe(SCHEMA_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(
      [
        'corrections',
        'documents',
        'embeddedFiles',
        'jobs',
        'originals',
        'pageModels',
        'pages',
        'results',
        'settings',
      ].sort(),
    );
  });

  it('upgrades a version 1 database and keeps its data', async () => {
    const name = crypto.randomUUID();
    const v1 = await openDB<AppSchema>(name, 1, {
      upgrade: (db, _old, _new, tx) => migrations[0]?.(db, tx),
    });
    expect([...v1.objectStoreNames].sort()).toEqual(['documents', 'jobs', 'originals', 'settings']);
    const { document, original, job } = await newCapture('v1 invoice');
    const saved = { ...defaultSettings, concurrency: 3 };
    const tx = v1.transaction(['documents', 'originals', 'jobs', 'settings'], 'readwrite');
    await Promise.all([
      tx.objectStore('documents').put(document),
      tx.objectStore('originals').put(original),
      tx.objectStore('jobs').put(job),
      tx.objectStore('settings').put(saved, settingsKey),
      tx.done,
    ]);
    v1.close();

    const db = await openAppDatabase(name);
    expect(db.version).toBe(SCHEMA_VERSION);
    const added = ['pages', 'results', 'corrections', 'pageModels', 'embeddedFiles'] as const;
    for (const store of added) expect(db.objectStoreNames.contains(store)).toBe(true);
    expect(await getDocument(db, document.id)).toEqual(document);
    expect(comparable(await getOriginal(db, document.id))).toEqual(comparable(original.file));
    expect(await getJobForDocument(db, document.id)).toEqual(job);
    expect(await loadSettings(db)).toEqual(saved);
    expect(await getPages(db, document.id)).toEqual([]);
  });

  it('upgrades a version 2 database and keeps its data', async () => {
    const name = crypto.randomUUID();
    const v2 = await openDB<AppSchema>(name, 2, {
      upgrade: (db, oldVersion, _new, tx) => {
        for (const migrate of migrations.slice(oldVersion, 2)) migrate(db, tx);
      },
    });
    expect(v2.objectStoreNames.contains('pageModels')).toBe(false);
    const { document, original, job } = await newCapture('v2 invoice');
    const id = document.id;
    const pages = [page(id, 0), page(id, 1, false)];
    const note = correction(id, 7);
    const tx = v2.transaction(
      ['documents', 'originals', 'jobs', 'pages', 'results', 'corrections'],
      'readwrite',
    );
    await Promise.all([
      tx.objectStore('documents').put(document),
      tx.objectStore('originals').put(original),
      tx.objectStore('jobs').put(job),
      ...pages.map((each) => tx.objectStore('pages').put(each)),
      tx.objectStore('results').put(result(id)),
      tx.objectStore('corrections').put(note),
      tx.done,
    ]);
    v2.close();

    const db = await openAppDatabase(name);
    expect(db.version).toBe(3);
    expect(db.objectStoreNames.contains('pageModels')).toBe(true);
    expect(db.objectStoreNames.contains('embeddedFiles')).toBe(true);
    expect(await getDocument(db, id)).toEqual(document);
    expect(comparable(await getOriginal(db, id))).toEqual(comparable(original.file));
    expect(await getJobForDocument(db, id)).toEqual(job);
    expect(comparable(await getPages(db, id))).toEqual(comparable(pages));
    expect(await getResult(db, id)).toEqual(result(id));
    expect(await db.getAll('corrections')).toEqual([note]);
    expect(await getPageModels(db, id)).toEqual([]);
    expect(await getEmbeddedFile(db, id)).toBeUndefined();
    await putPageModel(db, pageModel(id, 0));
    expect(await getPageModels(db, id)).toEqual([pageModel(id, 0)]);
  });
});
