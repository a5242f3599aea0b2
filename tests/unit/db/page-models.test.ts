import { afterEach, describe, expect, it } from 'vitest';
import { closeAppDatabase } from '../../../src/db/database.ts';
import { getEmbeddedFile, putEmbeddedFile } from '../../../src/db/embedded-files.ts';
import {
  deletePageModels,
  getPageModel,
  getPageModels,
  putPageModel,
} from '../../../src/db/page-models.ts';
import { newDocumentId } from '../../../src/domain/ids.ts';
import { binary, comparable, embeddedFile, freshDatabase, pageModel } from './factories.ts';

afterEach(() => closeAppDatabase());

describe('page models', () => {
  it('stores each page as it is read and lists them in page order', async () => {
    const db = await freshDatabase();
    const a = newDocumentId();
    const b = newDocumentId();
    for (const index of [2, 0, 10, 1]) await putPageModel(db, pageModel(a, index));
    await putPageModel(db, pageModel(b, 0));
    expect((await getPageModels(db, a)).map((model) => model.index)).toEqual([0, 1, 2, 10]);
    expect(await getPageModel(db, a, 1)).toEqual(pageModel(a, 1));
    expect(await getPageModel(db, a, 3)).toBeUndefined();
    expect(await getPageModels(db, b)).toEqual([pageModel(b, 0)]);
    expect(await getPageModels(db, newDocumentId())).toEqual([]);
  });

  it('replaces the model of a page read again', async () => {
    const db = await freshDatabase();
    const id = newDocumentId();
    await putPageModel(db, pageModel(id, 0, 'Invoce'));
    await putPageModel(db, pageModel(id, 1));
    const again = { ...pageModel(id, 0, 'Invoice'), source: 'text-layer' as const };
    await putPageModel(db, again);
    expect(await getPageModels(db, id)).toEqual([again, pageModel(id, 1)]);
  });

  it('deletes the models of one document only', async () => {
    const db = await freshDatabase();
    const a = newDocumentId();
    const b = newDocumentId();
    for (const index of [0, 1, 2]) await putPageModel(db, pageModel(a, index));
    await putPageModel(db, pageModel(b, 0));
    await deletePageModels(db, a);
    expect(await getPageModels(db, a)).toEqual([]);
    expect(await getPageModels(db, b)).toHaveLength(1);
    await deletePageModels(db, a);
  });
});

describe('embedded files', () => {
  it('stores one embedded file per document, byte for byte, and replaces it', async () => {
    const db = await freshDatabase();
    const id = newDocumentId();
    expect(await getEmbeddedFile(db, id)).toBeUndefined();
    await putEmbeddedFile(db, embeddedFile(id));
    expect(comparable(await getEmbeddedFile(db, id))).toEqual(comparable(embeddedFile(id)));
    const ubl = {
      documentId: id,
      filename: 'xrechnung.xml',
      file: binary('<Invoice/>', 'text/xml'),
    };
    await putEmbeddedFile(db, ubl);
    expect(comparable(await getEmbeddedFile(db, id))).toEqual(comparable(ubl));
  });
});
