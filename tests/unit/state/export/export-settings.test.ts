import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { closeAppDatabase } from '../../../../src/db/database.ts';
import { loadSettings, settingsKey } from '../../../../src/db/settings.ts';
import {
  defaultCsvSettings,
  defaultExportSettings,
  exportFormatIds,
  sanitizeCsvSettings,
  sanitizeExportSettings,
} from '../../../../src/domain/export-settings.ts';
import { csvPresets, defaultCsvOptions } from '../../../../src/export/csv.ts';
import { exportFormats } from '../../../../src/export/export-invoice.ts';
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
