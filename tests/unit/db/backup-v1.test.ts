// Backups made before page models, embedded files and page images (format version 1) still restore.
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/domain/settings.ts';
import { BackupError, createBackup, restoreBackup } from '../../../src/db/backup.ts';
import { sha256Hex } from '../../../src/db/backup-format.ts';
import { addCorrection, listCorrections } from '../../../src/db/corrections.ts';
import { closeAppDatabase } from '../../../src/db/database.ts';
import { getOriginal, listDocuments, storeNewDocument } from '../../../src/db/documents.ts';
import { getEmbeddedFile } from '../../../src/db/embedded-files.ts';
import { getPageModels } from '../../../src/db/page-models.ts';
import { getPages, putPages } from '../../../src/db/pages.ts';
import { getResult } from '../../../src/db/results.ts';
import { loadSettings, saveSettings } from '../../../src/db/settings.ts';
import { comparable, correction, freshDatabase, newCapture, page } from './factories.ts';

afterEach(() => closeAppDatabase());

/**
 * `zip` laid out as the version-1 code wrote backups: no page models, embedded files or page
 * images, schema version 2, and results of the placeholder shape of that time.
 */
async function asVersion1(zip: Uint8Array, placeholderResults: unknown[]): Promise<Uint8Array> {
  const files = unzipSync(zip);
  const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as {
    counts: Record<string, number>;
  };
  delete files['data/page-models.json'];
  delete files['data/embedded-files.json'];
  for (const path of Object.keys(files)) {
    if (path.startsWith('embedded/') || path.endsWith('.image')) delete files[path];
  }
  files['data/results.json'] = strToU8(JSON.stringify(placeholderResults));
  const entries = Object.entries(files).filter(([path]) => path !== 'manifest.json');
  const { pageModels: _models, embeddedFiles: _embedded, ...counts } = manifest.counts;
  files['manifest.json'] = strToU8(
    JSON.stringify({
      ...manifest,
      formatVersion: 1,
      schemaVersion: 2,
      counts: { ...counts, results: placeholderResults.length },
      files: await Promise.all(
        entries.map(async ([path, bytes]) => ({
          path,
          sha256: await sha256Hex(new Uint8Array(bytes)),
          size: bytes.byteLength,
        })),
      ),
    }),
  );
  return zipSync(files);
}

async function version1Backup() {
  const db = await freshDatabase();
  const a = await newCapture('a', 1);
  const b = await newCapture('b', 2);
  for (const capture of [a, b]) {
    const id = capture.document.id;
    await storeNewDocument(db, capture);
    await putPages(db, [page(id, 0), page(id, 1, false)]);
    await addCorrection(db, correction(id, 3));
  }
  const settings = { ...defaultSettings, concurrency: 3 };
  await saveSettings(db, settings);
  const placeholder = { documentId: a.document.id, source: 'text-layer', fields: {}, createdAt: 5 };
  const zip = await asVersion1(await createBackup(db, 1000), [placeholder]);
  return { zip, a, b, settings };
}

describe('restoring a version 1 backup', () => {
  it('restores its documents, originals, pages, corrections and settings', async () => {
    const { zip, a, b, settings } = await version1Backup();
    const paths = Object.keys(unzipSync(zip));
    expect(paths.some((path) => /page-models|embedded|\.image$/.test(path))).toBe(false);

    const target = await freshDatabase();
    expect(await restoreBackup(target, zip)).toEqual({ added: 2, skipped: 0 });
    expect((await listDocuments(target)).map((d) => d.id).sort()).toEqual(
      [a.document.id, b.document.id].sort(),
    );
    for (const { document, original } of [a, b]) {
      const id = document.id;
      expect(comparable(await getOriginal(target, id))).toEqual(comparable(original.file));
      expect(comparable(await getPages(target, id))).toEqual(
        comparable([page(id, 0), page(id, 1, false)]),
      );
      expect(await listCorrections(target, id)).toHaveLength(1);
      expect(await getPageModels(target, id)).toEqual([]);
      expect(await getEmbeddedFile(target, id)).toBeUndefined();
    }
    // A placeholder result of that time cannot be read by this version, so it is left out.
    expect(await getResult(target, a.document.id)).toBeUndefined();
    expect(await loadSettings(target)).toEqual(settings);
    expect(await restoreBackup(target, zip)).toEqual({ added: 0, skipped: 2 });
  });

  it('is still verified: a damaged version 1 backup changes nothing', async () => {
    const { zip, a } = await version1Backup();
    const files = unzipSync(zip);
    const path = `originals/${a.document.id}`;
    files[path] = strToU8('another file');
    const target = await freshDatabase();
    await storeNewDocument(target, await newCapture('already here'));
    const before = await listDocuments(target);
    const restoring = restoreBackup(target, zipSync(files));
    await expect(restoring).rejects.toBeInstanceOf(BackupError);
    await expect(restoring).rejects.toThrow(/originals\/.* does not match its checksum/);
    expect(await listDocuments(target)).toEqual(before);
  });
});
