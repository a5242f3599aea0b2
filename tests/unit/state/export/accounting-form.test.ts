import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeAppDatabase, type AppDatabase } from '../../../../src/db/database.ts';
import { storeNewDocument, updateDocument } from '../../../../src/db/documents.ts';
import { putResult } from '../../../../src/db/results.ts';
import { loadSettings } from '../../../../src/db/settings.ts';
import type { DocumentId } from '../../../../src/domain/ids.ts';
import type { Invoice } from '../../../../src/domain/invoice.ts';
import { ExportSession } from '../../../../src/state/export/export-session.svelte.ts';
import { SettingsState } from '../../../../src/state/settings.svelte.ts';
import { freshDatabase, newCapture, result } from '../../db/factories.ts';
import { richInvoice } from '../../export/export-fixtures.ts';

let db: AppDatabase;
let session: ExportSession;
let downloads: { filename: string; bytes: Uint8Array }[];

async function stored(invoice: Invoice): Promise<DocumentId> {
  const capture = await newCapture('invoice');
  await storeNewDocument(db, capture);
  const id = capture.document.id;
  await updateDocument(db, id, { status: 'ready', review: { status: 'approved', at: 1 } });
  await putResult(db, { ...result(id), invoice });
  return id;
}

/** The downloaded file's lines (DATEV is Windows-1252; the test data is ASCII there). */
const lines = (bytes: Uint8Array | undefined) =>
  new TextDecoder('latin1').decode(bytes).split('\r\n');

beforeEach(async () => {
  vi.stubGlobal('navigator', {});
  db = await freshDatabase();
  const settings = new SettingsState();
  await settings.start(db);
  downloads = [];
  session = new ExportSession(settings, (filename, _mimeType, bytes) =>
    downloads.push({ filename, bytes }),
  );
  session.start(db);
});

afterEach(async () => {
  vi.unstubAllGlobals();
  await closeAppDatabase();
});

describe('accounting settings in the export dialog', () => {
  it('save valid DATEV values, and they reach the EXTF header and the bookings', async () => {
    const form = session.accounting;
    await form.input('datev', 'consultantNumber', ' 29098 ');
    await form.input('datev', 'clientNumber', '55003');
    await form.input('datev', 'fiscalYearStart', '03-01');
    await form.choose('datev', { accountLength: 5, chart: 'SKR04' });
    await form.input('datev', 'creditorAccount', '700010');
    await form.input('datev', 'accounts.S:19.account', '49300');
    await form.input('datev', 'accounts.S:19.taxKey', '9');
    expect(form.drafts).toEqual({});
    expect(form.text('datev', 'consultantNumber')).toBe('29098');
    expect((await loadSettings(db)).export.datev).toMatchObject({
      consultantNumber: 29098,
      clientNumber: 55003,
      accounts: [{ key: 'S:19', account: '49300', taxKey: '9' }],
    });

    const id = await stored(richInvoice());
    await session.update({ format: 'datev' });
    await session.open({ kind: 'documents', ids: [id] });
    const summary = await session.run();
    expect(summary?.exported).toEqual([id]);
    expect(downloads[0]?.filename).toMatch(/_EXTF_.*\.csv$/);
    const [header = '', , ...rows] = lines(downloads[0]?.bytes);
    const h = header.split(';');
    // Beraternummer, Mandantennummer, WJ-Beginn, Sachkontenlänge; SKR at field 27.
    expect(h.slice(10, 14)).toEqual(['29098', '55003', '20240301', '5']);
    expect(h[26]).toBe('"04"');
    // 19 % on the user's account with BU key 9; 7 % on SKR04's 5300 lengthened to 5 digits.
    expect(rows.slice(0, 2).map((row) => row.split(';').slice(6, 9))).toEqual([
      ['700010', '49300', '"9"'],
      ['700010', '53000', ''],
    ]);
  });

  it('keep invalid text as a draft with its problem, unsaved, and refuse to export', async () => {
    const form = session.accounting;
    await form.input('datev', 'consultantNumber', '12');
    await form.input('datev', 'creditorAccount', '16x0');
    expect(form.text('datev', 'consultantNumber')).toBe('12');
    expect(form.problem('datev', 'consultantNumber')?.code).toBe('consultantNumber');
    expect(form.problems('datev').map((p) => p.field)).toEqual([
      'consultantNumber',
      'creditorAccount',
    ]);
    expect((await loadSettings(db)).export.datev.consultantNumber).toBe(1001);

    const id = await stored(richInvoice());
    await session.update({ format: 'datev' });
    await session.open({ kind: 'documents', ids: [id] });
    expect(await session.run()).toBeUndefined();
    expect(session.error).toMatch(/accounting settings/);
    expect(downloads).toEqual([]);

    // Fixing one field keeps the other's problem; closing the dialog drops the drafts.
    await form.input('datev', 'consultantNumber', '1234');
    expect(form.problems('datev').map((p) => p.field)).toEqual(['creditorAccount']);
    session.close();
    expect(form.drafts).toEqual({});
    expect(form.problems('datev')).toEqual([]);
  });

  it('flag saved accounts that a longer Sachkontenlänge makes wrong', async () => {
    const form = session.accounting;
    await form.input('datev', 'creditorAccount', '1600');
    await form.choose('datev', { accountLength: 6 });
    expect(form.problem('datev', 'creditorAccount')).toEqual({
      field: 'creditorAccount',
      code: 'creditorAccount',
      params: { length: 6, creditorLength: 7 },
    });
  });

  it('add and remove VAT rates, and the tax codes reach QuickBooks and Xero files', async () => {
    const form = session.accounting;
    expect(await form.addRow('quickbooks', 's:19,0')).toBeUndefined();
    expect(await form.addRow('quickbooks', 'S:19')).toBe('rateKeyTaken');
    expect(await form.addRow('quickbooks', 'Q')).toBe('rateKey');
    await form.input('quickbooks', 'taxCodes.S:19', 'VAT 19%');
    await form.addRow('quickbooks', 'S:7');
    await form.input('quickbooks', 'taxCodes.S:7', 'VAT 7%');
    await form.input('quickbooks', 'account', 'Office Supplies');
    await form.choose('quickbooks', { partyLabel: 'Vendor' });
    await form.removeRow('quickbooks', 'S:20');
    expect(form.keys('quickbooks')).toEqual(['S:5', 'S:0', 'Z', 'E', 'S:19', 'S:7']);

    const id = await stored(richInvoice());
    await session.update({ format: 'quickbooks' });
    await session.open({ kind: 'documents', ids: [id] });
    await session.run();
    const [header = '', first = ''] = new TextDecoder().decode(downloads[0]?.bytes).split('\r\n');
    expect(header).toContain('Vendor');
    expect(first).toContain('Office Supplies');
    expect(first).toMatch(/VAT (19|7)%/);

    await form.input('xero', 'accountCode', '');
    expect(form.problem('xero', 'accountCode')?.code).toBe('required');
    await form.input('xero', 'accountCode', '400');
    await form.addRow('xero', 'S:19');
    await form.addRow('xero', 'S:7');
    await form.input('xero', 'taxTypes.S:19', '19% Vorsteuer');
    await form.input('xero', 'taxTypes.S:7', '7% Vorsteuer');
    await session.update({ format: 'xero' });
    await session.run();
    const xero = new TextDecoder().decode(downloads[1]?.bytes);
    expect(xero).toContain(',400,19% Vorsteuer,');
    expect(xero).toContain(',400,7% Vorsteuer,');
  });
});
