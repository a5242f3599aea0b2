import { strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BackupError, createBackup, restoreBackup } from '../../../src/db/backup.ts';
import { sha256Hex, type BackupManifest } from '../../../src/db/backup-format.ts';
import { closeAppDatabase, type AppDatabase } from '../../../src/db/database.ts';
import { storeNewDocument, type NewDocument } from '../../../src/db/documents.ts';
import { putEmbeddedFile } from '../../../src/db/embedded-files.ts';
import { putPageModel } from '../../../src/db/page-models.ts';
import { putPages } from '../../../src/db/pages.ts';
import {
  dumpDatabase,
  embeddedFile,
  freshDatabase,
  newCapture,
  page,
  pageModel,
} from './factories.ts';

let backup: Uint8Array;
let captured: NewDocument;

beforeAll(async () => {
  const source = await freshDatabase();
  captured = await newCapture('backed up');
  await storeNewDocument(source, captured);
  const id = captured.document.id;
  await putPages(source, [page(id, 0, true, true)]);
  await putPageModel(source, pageModel(id, 0));
  await putEmbeddedFile(source, embeddedFile(id));
  backup = await createBackup(source, Date.UTC(2025, 5, 1));
});

afterEach(() => closeAppDatabase());

const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
const manifestOf = (files: Unzipped) =>
  JSON.parse(decode(files['manifest.json'])) as BackupManifest;

/** The backup with `change` applied to its files; `listed` also fixes the manifest to match. */
async function altered(change: (files: Unzipped) => void, listed = false): Promise<Uint8Array> {
  const files = unzipSync(backup);
  change(files);
  if (listed) {
    const manifest = manifestOf(files);
    const entries = Object.entries(files).filter(([path]) => path !== 'manifest.json');
    const fixed = await Promise.all(
      entries.map(async ([path, bytes]) => ({
        path,
        sha256: await sha256Hex(new Uint8Array(bytes)),
        size: bytes.byteLength,
      })),
    );
    files['manifest.json'] = strToU8(JSON.stringify({ ...manifest, files: fixed }));
  }
  return zipSync(files);
}

/** A target database with data of its own, and its content before the restore. */
async function target(): Promise<{ db: AppDatabase; before: Record<string, unknown[]> }> {
  const db = await freshDatabase();
  await storeNewDocument(db, await newCapture('already here'));
  return { db, before: await dumpDatabase(db) };
}

async function expectRefused(zip: Uint8Array, message: RegExp): Promise<void> {
  const { db, before } = await target();
  const restoring = restoreBackup(db, zip);
  await expect(restoring).rejects.toBeInstanceOf(BackupError);
  await expect(restoring).rejects.toThrow(message);
  await expect(restoring).rejects.toThrow(/Nothing was changed\./);
  expect(await dumpDatabase(db)).toEqual(before);
}

describe('restoring a damaged backup changes nothing', () => {
  it('the backup itself is fine', async () => {
    const { db } = await target();
    expect(await restoreBackup(db, backup)).toEqual({ added: 1, skipped: 0 });
  });

  it('refuses a flipped byte in an original inside the zip', async () => {
    const original = new Uint8Array(captured.original.file.bytes);
    const zip = backup.slice();
    const at = Buffer.from(zip).indexOf(Buffer.from(original));
    expect(at).toBeGreaterThan(0);
    zip[at + 3] = (zip[at + 3] ?? 0) ^ 0xff;
    await expectRefused(zip, /damaged: originals\/.* does not match its checksum/);
  });

  it('refuses an original that is not the captured file, even with a matching manifest', async () => {
    const path = `originals/${captured.document.id}`;
    const zip = await altered((files) => (files[path] = strToU8('another file')), true);
    await expectRefused(zip, /is not the file "backed up.pdf" that was captured/);
  });

  it('refuses a backup with a file missing', async () => {
    const path = `originals/${captured.document.id}`;
    await expectRefused(
      await altered((files) => delete files[path]),
      /damaged: originals\/.* is missing/,
    );
    await expectRefused(
      await altered((files) => delete files[path], true),
      /the original of "backed up.pdf" .* is missing/,
    );
    const thumbnail = `pages/${captured.document.id}-0.thumb`;
    await expectRefused(await altered((files) => delete files[thumbnail], true), /is missing/);
  });

  it('refuses a damaged embedded file', async () => {
    const path = `embedded/${captured.document.id}`;
    const damagedXml = (files: Unzipped) => {
      const bytes = files[path] ?? new Uint8Array(0);
      bytes[10] = (bytes[10] ?? 0) ^ 0xff;
    };
    await expectRefused(await altered(damagedXml), /damaged: embedded\/.* does not match/);
    const truncated = (files: Unzipped) => (files[path] = files[path]?.slice(0, 20) ?? strToU8(''));
    await expectRefused(await altered(truncated), /embedded\/.* does not match its checksum/);
    await expectRefused(
      await altered((files) => delete files[path], true),
      /damaged: embedded\/.* is missing/,
    );
  });

  it('refuses missing page images and page models', async () => {
    const image = `pages/${captured.document.id}-0.image`;
    await expectRefused(await altered((files) => delete files[image], true), /\.image is missing/);
    const models = 'data/page-models.json';
    await expectRefused(
      await altered((files) => delete files[models], true),
      /page-models\.json is missing/,
    );
    const wrongShape = await altered((files) => (files[models] = strToU8('[{"index":0}]')), true);
    await expectRefused(wrongShape, /page-models\.json is not valid/);
  });

  it('refuses a file the manifest does not list', async () => {
    const zip = await altered((files) => (files['extra.bin'] = strToU8('?')));
    await expectRefused(zip, /extra\.bin is not in the manifest/);
  });

  it('refuses data that does not parse', async () => {
    const zip = await altered((files) => (files['data/jobs.json'] = strToU8('[{"id":')), true);
    await expectRefused(zip, /data\/jobs\.json cannot be read/);
    const wrongShape = await altered((files) => (files['data/pages.json'] = strToU8('{}')), true);
    await expectRefused(wrongShape, /data\/pages\.json is not valid/);
  });

  it('refuses a bad or unknown manifest', async () => {
    const withManifest = (manifest: unknown) =>
      altered((files) => (files['manifest.json'] = strToU8(JSON.stringify(manifest))));
    const manifest = manifestOf(unzipSync(backup));
    await expectRefused(await withManifest({ ...manifest, format: 'other' }), /not a backup/);
    await expectRefused(await withManifest({ ...manifest, formatVersion: 3 }), /newer version/);
    await expectRefused(await withManifest({ ...manifest, schemaVersion: 99 }), /newer version/);
    await expectRefused(await withManifest({ ...manifest, files: 'all' }), /manifest\.json/);
    await expectRefused(
      await altered((files) => (files['manifest.json'] = strToU8('not json'))),
      /manifest\.json cannot be read/,
    );
    await expectRefused(
      await altered((files) => delete files['manifest.json']),
      /not a backup .*no manifest\.json/,
    );
  });

  it('refuses something that is not a zip at all', async () => {
    await expectRefused(strToU8('just some text, not a zip'), /not a zip file/);
    await expectRefused(new Uint8Array(0), /not a zip file/);
    await expectRefused(backup.slice(0, backup.byteLength / 2), /not a zip file|damaged/);
  });
});
