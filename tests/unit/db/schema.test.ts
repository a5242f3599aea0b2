import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/domain/settings.ts';
import { closeAppDatabase, openAppDatabase } from '../../../src/db/database.ts';
import { getDocument, getOriginal } from '../../../src/db/documents.ts';
import { getJobForDocument } from '../../../src/db/job-queue.ts';
import { getPages } from '../../../src/db/pages.ts';
import { SCHEMA_VERSION, migrations, type AppSchema } from '../../../src/db/schema.ts';
import { loadSettings, settingsKey } from '../../../src/db/settings.ts';
import { comparable, newCapture } from './factories.ts';

afterEach(() => closeAppDatabase());

describe('schema', () => {
  it('has one migration per version', () => {
    expect(SCHEMA_VERSION).toBe(2);
    expect(migrations).toHaveLength(SCHEMA_VERSION);
  });

  it('creates every store in a new database', async () => {
    const db = await openAppDatabase(crypto.randomUUID());
    expect(db.version).toBe(SCHEMA_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(
      ['corrections', 'documents', 'jobs', 'originals', 'pages', 'results', 'settings'].sort(),
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
    expect(db.version).toBe(2);
    expect(db.objectStoreNames.contains('pages')).toBe(true);
    expect(db.objectStoreNames.contains('results')).toBe(true);
    expect(db.objectStoreNames.contains('corrections')).toBe(true);
    expect(await getDocument(db, document.id)).toEqual(document);
    expect(comparable(await getOriginal(db, document.id))).toEqual(comparable(original.file));
    expect(await getJobForDocument(db, document.id)).toEqual(job);
    expect(await loadSettings(db)).toEqual(saved);
    expect(await getPages(db, document.id)).toEqual([]);
  });
});
