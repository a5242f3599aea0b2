import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/domain/settings.ts';
import { addCorrection, listCorrections } from '../../../src/db/corrections.ts';
import { closeAppDatabase } from '../../../src/db/database.ts';
import { getPage, getPages, putPage, putPages } from '../../../src/db/pages.ts';
import { getResult, putResult } from '../../../src/db/results.ts';
import { loadSettings, saveSettings, settingsKey } from '../../../src/db/settings.ts';
import { newDocumentId } from '../../../src/domain/ids.ts';
import { comparable, correction, freshDatabase, page, pageImage, result } from './factories.ts';

afterEach(() => closeAppDatabase());

describe('pages', () => {
  it('stores pages in order and replaces all pages of a document', async () => {
    const db = await freshDatabase();
    const a = newDocumentId();
    const b = newDocumentId();
    await putPages(db, [page(a, 2), page(a, 0), page(a, 1), page(b, 0)]);
    expect((await getPages(db, a)).map((p) => p.index)).toEqual([0, 1, 2]);
    expect(comparable(await getPage(db, a, 1))).toEqual(comparable(page(a, 1)));
    await putPages(db, [page(a, 0, false)]);
    expect(await getPages(db, a)).toEqual([page(a, 0, false)]);
    expect(await getPage(db, a, 2)).toBeUndefined();
    expect(comparable(await getPages(db, b))).toEqual(comparable([page(b, 0)]));
  });
});

describe('putPage', () => {
  it('stores one page and keeps the stored thumbnail when the new record has none', async () => {
    const db = await freshDatabase();
    const id = newDocumentId();
    await putPages(db, [page(id, 0), page(id, 1, false)]);
    const read = { ...page(id, 0, false, true), width: 1240, height: 1754 };
    await putPage(db, read);
    expect(comparable(await getPage(db, id, 0))).toEqual(
      comparable({ ...read, thumbnail: page(id, 0).thumbnail }),
    );
    await putPage(db, page(id, 1, false, true));
    expect(comparable(await getPage(db, id, 1))).toEqual(comparable(page(id, 1, false, true)));
    expect(await getPage(db, id, 1)).not.toHaveProperty('thumbnail');
  });

  it('replaces a thumbnail the new record has, keeps the image it lacks, and adds new pages', async () => {
    const db = await freshDatabase();
    const id = newDocumentId();
    await putPage(db, page(id, 0, true, true));
    const newThumbnail = { ...page(id, 0), thumbnail: pageImage(9) };
    await putPage(db, newThumbnail);
    expect(comparable(await getPage(db, id, 0))).toEqual(
      comparable({ ...newThumbnail, image: pageImage(0) }),
    );
    await putPage(db, page(id, 2, false));
    expect((await getPages(db, id)).map((p) => p.index)).toEqual([0, 2]);
  });
});

describe('results and corrections', () => {
  it('stores one result per document', async () => {
    const db = await freshDatabase();
    const id = newDocumentId();
    await putResult(db, result(id));
    const replaced = { ...result(id), source: 'e-invoice' as const, syntax: 'CII' };
    await putResult(db, replaced);
    expect(await getResult(db, id)).toEqual(replaced);
  });

  it('lists a document’s corrections oldest first', async () => {
    const db = await freshDatabase();
    const id = newDocumentId();
    const [late, early, other] = [
      correction(id, 30),
      correction(id, 10),
      correction(newDocumentId(), 20),
    ];
    for (const each of [late, early, other]) await addCorrection(db, each);
    expect(await listCorrections(db, id)).toEqual([early, late]);
  });
});

describe('settings', () => {
  it('gives the defaults when nothing is saved', async () => {
    const db = await freshDatabase();
    expect(await loadSettings(db)).toEqual(defaultSettings);
  });

  it('round-trips saved settings', async () => {
    const db = await freshDatabase();
    const settings = {
      ...defaultSettings,
      limits: { ...defaultSettings.limits, maxPdfPages: 20 },
      concurrency: 4,
    };
    await saveSettings(db, settings);
    expect(await loadSettings(db)).toEqual(settings);
  });

  it('fills settings added later with their defaults and ignores mistyped values', async () => {
    const db = await freshDatabase();
    await db.put(
      'settings',
      { limits: { maxFileBytes: 1024, maxPdfPages: 'many' }, old: 1 },
      settingsKey,
    );
    expect(await loadSettings(db)).toEqual({
      ...defaultSettings,
      limits: { ...defaultSettings.limits, maxFileBytes: 1024 },
    });
  });
});
