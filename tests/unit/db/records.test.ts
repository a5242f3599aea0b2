import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/domain/settings.ts';
import { addCorrection, listCorrections } from '../../../src/db/corrections.ts';
import { closeAppDatabase } from '../../../src/db/database.ts';
import { getPage, getPages, putPages } from '../../../src/db/pages.ts';
import { getResult, putResult } from '../../../src/db/results.ts';
import { loadSettings, saveSettings, settingsKey } from '../../../src/db/settings.ts';
import { newDocumentId } from '../../../src/domain/ids.ts';
import { comparable, correction, freshDatabase, page, result } from './factories.ts';

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

describe('results and corrections', () => {
  it('stores one result per document', async () => {
    const db = await freshDatabase();
    const id = newDocumentId();
    await putResult(db, result(id));
    const replaced = { ...result(id), source: 'ocr' as const };
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
    const settings = { limits: { ...defaultSettings.limits, maxPdfPages: 20 }, concurrency: 4 };
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
