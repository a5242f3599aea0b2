import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { closeAppDatabase } from '../../../../src/db/database.ts';
import { loadSettings, settingsKey } from '../../../../src/db/settings.ts';
import {
  datevProblems,
  defaultDatevSettings,
  defaultQuickBooksSettings,
  defaultXeroSettings,
  normalizeRateKey,
  quickBooksProblems,
  rateKeyProblem,
  xeroProblems,
} from '../../../../src/domain/accounting-settings.ts';
import {
  defaultCsvSettings,
  defaultExportSettings,
  exportFormatIds,
  sanitizeCsvSettings,
  sanitizeExportSettings,
} from '../../../../src/domain/export-settings.ts';
import { csvPresets, defaultCsvOptions } from '../../../../src/export/csv.ts';
import { defaultDatevOptions } from '../../../../src/export/datev.ts';
import { exportFormats } from '../../../../src/export/export-invoice.ts';
import { defaultQuickBooksOptions } from '../../../../src/export/quickbooks.ts';
import { defaultXeroOptions } from '../../../../src/export/xero.ts';
import { accountingOptions } from '../../../../src/state/export/accounting-fields.ts';
import { freshDatabase } from '../../db/factories.ts';

afterEach(() => closeAppDatabase());

describe('export settings', () => {
  it('name the engine’s formats and default CSV layout', () => {
    expect([...exportFormatIds]).toEqual(exportFormats.map((format) => format.id));
    expect(defaultCsvSettings).toEqual(defaultCsvOptions);
    for (const preset of csvPresets) {
      expect(sanitizeCsvSettings(preset.options), preset.id).toEqual(preset.options);
    }
  });

  it('give a record saved before exports existed the defaults', async () => {
    const db = await freshDatabase();
    await db.put('settings', { concurrency: 3 }, settingsKey);
    const loaded = await loadSettings(db);
    expect(loaded.concurrency).toBe(3);
    expect(loaded.export).toEqual(defaultExportSettings);
  });

  it('replace damaged values one by one and keep the good ones', async () => {
    const db = await freshDatabase();
    await db.put(
      'settings',
      {
        export: {
          format: 'pdf',
          packaging: 'zip',
          includeOriginals: 'yes',
          csv: { delimiter: '|', decimalSeparator: ',', columns: ['iban', 7, 'iban'] },
          csvPresets: [
            { name: 'Good', options: { header: 'de' } },
            { name: ' ', options: {} },
            'junk',
          ],
        },
      },
      settingsKey,
    );
    const loaded = (await loadSettings(db)).export;
    expect(loaded.format).toBe('csv');
    expect(loaded.packaging).toBe('zip');
    expect(loaded.includeOriginals).toBe(false);
    expect(loaded.csv).toEqual({
      ...defaultCsvSettings,
      decimalSeparator: ',',
      columns: ['iban'],
    });
    expect(loaded.csvPresets).toEqual([
      { name: 'Good', options: { ...defaultCsvSettings, header: 'de' } },
    ]);
  });

  it('never leave the CSV without columns', () => {
    expect(sanitizeCsvSettings({ columns: [] }).columns).toEqual(defaultCsvSettings.columns);
    expect(sanitizeExportSettings(null)).toEqual(defaultExportSettings);
  });
});

describe('accounting settings', () => {
  it('default to exactly the engine’s DATEV, QuickBooks and Xero options', () => {
    const options = accountingOptions(defaultExportSettings);
    // The client's currency and "exported by" are not settings (EUR, empty).
    const { exportedBy: _exportedBy, currency: _currency, ...configurable } = defaultDatevOptions;
    expect(Object.keys(options.datev ?? {}).sort()).toEqual(Object.keys(configurable).sort());
    expect(options.datev).toEqual(configurable);
    expect(options.quickbooks).toEqual(defaultQuickBooksOptions);
    expect(options.xero).toEqual(defaultXeroOptions);
    expect(datevProblems(defaultDatevSettings)).toEqual([]);
    expect(quickBooksProblems(defaultQuickBooksSettings)).toEqual([]);
    expect(xeroProblems(defaultXeroSettings)).toEqual([]);
  });

  it('give a record saved before accounting settings existed the defaults', async () => {
    const db = await freshDatabase();
    await db.put('settings', { export: { format: 'datev', packaging: 'zip' } }, settingsKey);
    const loaded = (await loadSettings(db)).export;
    expect(loaded.format).toBe('datev');
    expect(loaded.datev).toEqual(defaultDatevSettings);
    expect(loaded.quickbooks).toEqual(defaultQuickBooksSettings);
    expect(loaded.xero).toEqual(defaultXeroSettings);
  });

  it('keep good values and replace damaged ones field by field', async () => {
    const db = await freshDatabase();
    const datev = {
      consultantNumber: 29098,
      clientNumber: 0,
      fiscalYearStart: '02-30',
      accountLength: 6,
      chart: 'SKR99',
      creditorAccount: '70001',
      accounts: [
        { key: 's:19,00', account: '493000', taxKey: '9' },
        { key: 'S:19', account: '480000', taxKey: '' },
        { key: 'XX', account: '1', taxKey: '' },
        { key: 'AE', account: 'abc', taxKey: '' },
        'junk',
      ],
      label: 'x'.repeat(31),
      initials: 'AB',
      locked: 'yes',
    };
    const quickbooks = {
      account: '  ',
      taxCodes: [{ key: 'S:19', code: 'VAT 19' }],
      partyLabel: 'Vendor',
    };
    const xero = {
      accountCode: '400',
      taxTypes: 'none',
      defaultTaxType: 7,
      dateFormat: 'MM/DD/YYYY',
    };
    await db.put('settings', { export: { datev, quickbooks, xero } }, settingsKey);
    const loaded = (await loadSettings(db)).export;
    expect(loaded.datev).toEqual({
      ...defaultDatevSettings,
      consultantNumber: 29098,
      accountLength: 6,
      creditorAccount: '70001',
      accounts: [{ key: 'S:19', account: '493000', taxKey: '9' }],
      initials: 'AB',
    });
    expect(loaded.quickbooks).toEqual({
      ...defaultQuickBooksSettings,
      taxCodes: [{ key: 'S:19', code: 'VAT 19' }],
      partyLabel: 'Vendor',
    });
    expect(loaded.xero).toEqual({
      ...defaultXeroSettings,
      accountCode: '400',
      dateFormat: 'MM/DD/YYYY',
    });
  });

  it('check DATEV values with the reasons the dialog shows', () => {
    const codes = (patch: Partial<typeof defaultDatevSettings>) =>
      datevProblems({ ...defaultDatevSettings, ...patch }).map((p) => `${p.field}:${p.code}`);
    expect(codes({ consultantNumber: 1000, clientNumber: 100000 })).toEqual([
      'consultantNumber:consultantNumber',
      'clientNumber:clientNumber',
    ]);
    expect(codes({ consultantNumber: NaN, fiscalYearStart: '02-29' })).toEqual([
      'consultantNumber:consultantNumber',
      'fiscalYearStart:fiscalYearStart',
    ]);
    expect(codes({ creditorAccount: '1600' })).toEqual([]);
    expect(codes({ creditorAccount: '70001' })).toEqual([]);
    expect(codes({ creditorAccount: '160' })).toEqual(['creditorAccount:creditorAccount']);
    // A longer Sachkontenlänge makes a 4-digit account wrong.
    expect(codes({ accountLength: 6, creditorAccount: '1600' })).toEqual([
      'creditorAccount:creditorAccount',
    ]);
    expect(
      codes({
        accounts: [
          { key: 'S:19', account: '49300', taxKey: '9' },
          { key: 'AE', account: '', taxKey: '94' },
          { key: 'K', account: '3425', taxKey: 'x' },
        ],
      }),
    ).toEqual([
      'accounts.S:19.account:account',
      'accounts.AE.account:accountForTaxKey',
      'accounts.K.taxKey:taxKey',
    ]);
    expect(codes({ label: 'x'.repeat(31), initials: 'ABC' })).toEqual([
      'label:tooLong',
      'initials:tooLong',
    ]);
  });

  it('check QuickBooks and Xero values and VAT keys', () => {
    expect(quickBooksProblems({ ...defaultQuickBooksSettings, account: ' ' })).toEqual([
      { field: 'account', code: 'required' },
    ]);
    expect(xeroProblems({ ...defaultXeroSettings, accountCode: 'General Expenses' })).toEqual([
      { field: 'accountCode', code: 'accountCode' },
    ]);
    expect(normalizeRateKey(' s:19,00 ')).toBe('S:19');
    expect(normalizeRateKey('S:5.50')).toBe('S:5.5');
    expect(rateKeyProblem('AE', ['S:19'])).toBeUndefined();
    expect(rateKeyProblem(':19', [])).toBeUndefined();
    expect(rateKeyProblem('S:19', ['S:19'])).toBe('rateKeyTaken');
    for (const bad of ['', ':', 'X:19', 'S:abc', 'S19'])
      expect(rateKeyProblem(bad, []), bad).toBe('rateKey');
  });
});
