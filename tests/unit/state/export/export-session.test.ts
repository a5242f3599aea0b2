import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeAppDatabase, type AppDatabase } from '../../../../src/db/database.ts';
import { getDocument, storeNewDocument, updateDocument } from '../../../../src/db/documents.ts';
import { putPages } from '../../../../src/db/pages.ts';
import { putResult } from '../../../../src/db/results.ts';
import { loadSettings } from '../../../../src/db/settings.ts';
import type { DocumentId } from '../../../../src/domain/ids.ts';
import type { Invoice } from '../../../../src/domain/invoice.ts';
import { subscribe, type AppEvent } from '../../../../src/state/app-events.ts';
import { loadExportInputs } from '../../../../src/state/export/export-inputs.ts';
import { ExportSession } from '../../../../src/state/export/export-session.svelte.ts';
import { SettingsState } from '../../../../src/state/settings.svelte.ts';
import { freshDatabase, newCapture, page, result } from '../../db/factories.ts';
import { richInvoice } from '../../export/export-fixtures.ts';

interface Download {
  readonly filename: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array;
}

let db: AppDatabase;
let settings: SettingsState;
let session: ExportSession;
let downloads: Download[];
let events: AppEvent[];
let unsubscribe: () => void;

/** A processed document with `invoice` as its reviewed result, in review status `status`. */
async function stored(
  name: string,
  invoice: Invoice | undefined,
  status: 'approved' | 'exported' | 'needs-review' = 'approved',
): Promise<DocumentId> {
  const capture = await newCapture(name);
  await storeNewDocument(db, capture);
  const id = capture.document.id;
  await updateDocument(db, id, { status: 'ready', review: { status, at: 1 } });
  if (invoice) await putResult(db, { ...result(id), invoice });
  return id;
}

const withoutBuyerReference = (): Invoice => {
  const { buyerReference: _omitted, ...rest } = richInvoice();
  return { ...rest, invoiceNumber: 'RE-2024-0043' };
};

const reviewStatus = async (id: DocumentId) => (await getDocument(db, id))?.review?.status;

beforeEach(async () => {
  vi.stubGlobal('navigator', {});
  db = await freshDatabase();
  settings = new SettingsState();
  await settings.start(db);
  downloads = [];
  session = new ExportSession(settings, (filename, mimeType, bytes) =>
    downloads.push({ filename, mimeType, bytes }),
  );
  session.start(db);
  events = [];
  unsubscribe = subscribe((event) => events.push(event));
});

afterEach(async () => {
  unsubscribe();
  vi.unstubAllGlobals();
  await closeAppDatabase();
});

describe('loadExportInputs', () => {
  it('reads each document with its reviewed invoice, and files only when asked', async () => {
    const id = await stored('first', richInvoice());
    await putPages(db, [page(id, 1, false, true), page(id, 0, false, true)]);
    const lean = await loadExportInputs(db, [id], { original: false, pageImages: false }, 'unread');
    expect(lean.inputs[0]?.invoice.invoiceNumber).toBe('RE-2024-0042');
    expect(lean.inputs[0]?.document.id).toBe(id);
    expect(lean.inputs[0]?.original).toBeUndefined();
    expect(lean.inputs[0]?.pageImages).toBeUndefined();

    const full = await loadExportInputs(db, [id], { original: true, pageImages: true }, 'unread');
    expect(full.inputs[0]?.original?.type).toBe('application/pdf');
    // Page order, not storage order.
    expect(full.inputs[0]?.pageImages?.map((image) => new Uint8Array(image.bytes)[0])).toEqual([
      0, 1,
    ]);
  });

  it('lists a document without a result as unread and skips unknown ids', async () => {
    const unread = await stored('not read', undefined);
    const loaded = await loadExportInputs(
      db,
      [unread, 'gone' as DocumentId],
      { original: false, pageImages: false },
      'Not read yet.',
    );
    expect(loaded.inputs).toEqual([]);
    expect(loaded.unread).toEqual([
      {
        documentId: unread,
        name: 'not read.pdf',
        missing: [{ field: '', fields: [], message: 'Not read yet.', ruleId: 'EXPORT-UNREAD' }],
      },
    ]);
  });
});

describe('ExportSession', () => {
  it('exports CSV, downloads it, marks the documents exported and tells the other screens', async () => {
    const a = await stored('a', richInvoice());
    const b = await stored('b', withoutBuyerReference());
    await session.open({ kind: 'documents', ids: [a, b] });
    const summary = await session.run();

    expect(summary?.exported).toEqual([a, b]);
    expect(summary?.refused).toEqual([]);
    expect(downloads).toHaveLength(1);
    expect(downloads[0]?.filename).toMatch(/_invoices-csv_2\.csv$/);
    expect(downloads[0]?.mimeType).toMatch(/^text\/csv/);
    const rows = Papa.parse<string[]>(new TextDecoder().decode(downloads[0]?.bytes), {
      skipEmptyLines: true,
    }).data;
    expect(rows.map((row) => row[0])).toEqual(['Invoice number', 'RE-2024-0042', 'RE-2024-0043']);
    expect(await reviewStatus(a)).toBe('exported');
    expect(await reviewStatus(b)).toBe('exported');
    expect(events).toContainEqual({ type: 'documents-changed' });
  });

  it('keeps refusals, exports the rest, and marks only what went out', async () => {
    const ready = await stored('ready', richInvoice());
    const lacking = await stored('lacking', withoutBuyerReference());
    const unread = await stored('unread', undefined);
    await session.update({ format: 'xrechnung-ubl' });
    await session.open({ kind: 'documents', ids: [ready, lacking, unread] });
    const summary = await session.run();

    expect(summary?.exported).toEqual([ready]);
    expect(summary?.filename).toBe('2024-03-15_Nordlicht-Papier-GmbH_RE-2024-0042.xml');
    expect(downloads.map((d) => d.mimeType)).toEqual(['application/xml']);
    expect(summary?.refused.map((r) => r.documentId)).toEqual([unread, lacking]);
    const fields = summary?.refused[1]?.missing.map((m) => [m.field, m.ruleId]);
    expect(fields).toContainEqual(['buyerReference', 'BR-DE-15']);
    expect(session.summary).toEqual(summary);
    expect(await reviewStatus(ready)).toBe('exported');
    expect(await reviewStatus(lacking)).toBe('approved');
  });

  it('downloads nothing and marks nothing when every invoice is refused', async () => {
    const lacking = await stored('lacking', withoutBuyerReference());
    await session.update({ format: 'xrechnung-cii' });
    await session.open({ kind: 'documents', ids: [lacking] });
    const summary = await session.run();
    expect(summary?.filename).toBeUndefined();
    expect(downloads).toEqual([]);
    expect(await reviewStatus(lacking)).toBe('approved');
    expect(events).not.toContainEqual({ type: 'documents-changed' });
  });

  it('packs a zip with the originals when asked, and allows exporting again', async () => {
    const a = await stored('a', richInvoice(), 'exported');
    await session.update({ format: 'json', includeOriginals: true });
    await session.open({ kind: 'documents', ids: [a] });
    await session.run();
    await session.run();
    expect(downloads.map((d) => d.mimeType)).toEqual(['application/zip', 'application/zip']);
    expect(await reviewStatus(a)).toBe('exported');
  });

  it('"Export approved" takes approved documents, and exported ones too when asked', async () => {
    const approved = await stored('approved', richInvoice());
    const exported = await stored('exported', richInvoice(), 'exported');
    await stored('open', richInvoice(), 'needs-review');
    await session.open({ kind: 'approved' });
    expect(session.documentIds).toEqual([approved]);
    await session.update({ includeExported: true });
    expect([...session.documentIds].sort()).toEqual([approved, exported].sort());
    session.close();
    expect(session.isOpen).toBe(false);
  });

  it('stores the options, CSV layout and presets with the settings', async () => {
    await session.update({ format: 'datev', packaging: 'zip' });
    await session.updateCsv({ delimiter: ';', columns: ['grossTotal', 'invoiceNumber'] });
    await session.savePreset('  Mine  ');
    await session.updateCsv({ rows: 'line' });
    await session.savePreset('Lines');
    await session.deletePreset('Lines');

    const saved = (await loadSettings(db)).export;
    expect(saved).toMatchObject({ format: 'datev', packaging: 'zip' });
    expect(saved.csv).toMatchObject({ delimiter: ';', rows: 'line' });
    expect(saved.csv.columns).toEqual(['grossTotal', 'invoiceNumber']);
    expect(saved.csvPresets).toEqual([
      { name: 'Mine', options: { ...saved.csv, rows: 'invoice' } },
    ]);
    // Other settings are untouched.
    expect((await loadSettings(db)).concurrency).toBe(settings.current.concurrency);
  });
});
