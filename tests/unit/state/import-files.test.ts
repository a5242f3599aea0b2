import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { closeAppDatabase, openAppDatabase } from '../../../src/db/database.ts';
import { getOriginal, listDocuments } from '../../../src/db/documents.ts';
import { listUnfinishedJobs } from '../../../src/db/job-queue.ts';
import { defaultLimits } from '../../../src/domain/limits.ts';
import {
  importFile,
  importFiles,
  sha256Hex,
  type CapturedFile,
} from '../../../src/state/import-files.ts';

const fileOf = (name: string, bytes: Uint8Array): CapturedFile => ({
  name,
  size: bytes.byteLength,
  arrayBuffer: async () => bytes.slice().buffer,
});

const pdf = new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\n%%EOF');
const ubl = new TextEncoder().encode(
  '<?xml version="1.0"?><Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"/>',
);

afterEach(() => closeAppDatabase());

describe('importFile', () => {
  it('stores the original byte for byte with its SHA-256, a record and a pending job', async () => {
    const db = await openAppDatabase(crypto.randomUUID());
    const outcome = await importFile(db, fileOf('scan.pdf', pdf), defaultLimits, 1000);
    expect(outcome.status).toBe('stored');
    const [document] = await listDocuments(db);
    expect(document).toMatchObject({
      name: 'scan.pdf',
      kind: 'pdf',
      size: pdf.byteLength,
      addedAt: 1000,
    });
    expect(document?.sha256).toBe(await sha256Hex(pdf.slice().buffer));
    const original = await getOriginal(db, document!.id);
    expect(new Uint8Array(original!.bytes)).toEqual(pdf);
    const jobs = await listUnfinishedJobs(db);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ documentId: document!.id, status: 'pending', nextStep: 0 });
  });

  it('points to the stored document instead of storing the same bytes twice', async () => {
    const db = await openAppDatabase(crypto.randomUUID());
    await importFile(db, fileOf('first.xml', ubl), defaultLimits);
    const again = await importFile(db, fileOf('renamed.xml', ubl), defaultLimits);
    expect(again.status).toBe('duplicate');
    if (again.status === 'duplicate') expect(again.existing.name).toBe('first.xml');
    expect(await listDocuments(db)).toHaveLength(1);
  });

  it('refuses bad files one by one and stores nothing for them', async () => {
    const db = await openAppDatabase(crypto.randomUUID());
    const outcomes = await importFiles(
      db,
      [
        fileOf('empty.pdf', new Uint8Array()),
        fileOf('notes.pdf', new TextEncoder().encode('just some text')),
        fileOf('good.pdf', pdf),
      ],
      defaultLimits,
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['refused', 'refused', 'stored']);
    expect(await listDocuments(db)).toHaveLength(1);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const db = await openAppDatabase(crypto.randomUUID());
    let read = false;
    const huge: CapturedFile = {
      name: 'huge.pdf',
      size: defaultLimits.maxFileBytes + 1,
      arrayBuffer: async () => {
        read = true;
        return new ArrayBuffer(0);
      },
    };
    const outcome = await importFile(db, huge, defaultLimits);
    expect(outcome.status).toBe('refused');
    expect(read).toBe(false);
  });

  it('reports a file that cannot be read from the device', async () => {
    const db = await openAppDatabase(crypto.randomUUID());
    const vanished: CapturedFile = {
      name: 'moved.pdf',
      size: 10,
      arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotReadableError')),
    };
    const outcome = await importFile(db, vanished, defaultLimits);
    expect(outcome.status === 'refused' && outcome.error.code).toBe('unreadable-file');
  });
});
