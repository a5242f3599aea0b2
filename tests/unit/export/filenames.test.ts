import { describe, expect, it } from 'vitest';
import {
  batchFileName,
  invoiceFileName,
  safeFileName,
  sanitizePart,
  uniqueNames,
} from '../../../src/export/filenames.ts';
import { fixedNow, input, richInvoice, sampleDocument } from './export-fixtures.ts';

describe('export file names', () => {
  it('sort by date, then seller, then invoice number', () => {
    expect(invoiceFileName(input(), 'xml')).toBe(
      '2024-03-15_Nordlicht-Papier-GmbH_RE-2024-0042.xml',
    );
  });

  it('fall back to "undated", "unknown-seller" and the document name', () => {
    const bare = { totals: {}, vatBreakdown: [], lines: [] };
    const name = invoiceFileName(input(bare, sampleDocument({ name: 'Scan 7.jpg' })), 'pdf');
    expect(name).toBe('undated_unknown-seller_Scan-7.pdf');
  });

  it('remove path separators, control characters and characters Windows forbids', () => {
    const invoice = {
      ...richInvoice(),
      invoiceNumber: '../../etc/passwd',
      seller: { name: 'A<B>C:"D"|E?F*G\\H/I\u0000J\u202eK' },
    };
    const name = invoiceFileName(input(invoice), 'xml');
    expect(name).toBe('2024-03-15_A-B-C-D-E-F-G-H-IJK_etc-passwd.xml');
    expect(name).not.toMatch(/[\\/:*?"<>|]|\p{Cc}/u);
  });

  it('keep letters of every script and normalise to NFC', () => {
    expect(sanitizePart('Kaffeerösterei Brandt')).toBe('Kaffeerösterei-Brandt');
    expect(sanitizePart('Kaffeero\u0308sterei')).toBe('Kaffeer\u00f6sterei');
    expect(sanitizePart('東京商事 株式会社')).toBe('東京商事-株式会社');
  });

  it('avoid Windows device names and leading or trailing dots', () => {
    expect(safeFileName(['CON'], 'xml')).toBe('_CON.xml');
    expect(safeFileName(['lpt1'], 'csv')).toBe('_lpt1.csv');
    expect(safeFileName(['...hidden...'], 'txt')).toBe('hidden.txt');
    expect(safeFileName([''], 'xml')).toBe('export.xml');
  });

  it('cap the length of each part and of the whole name', () => {
    const long = {
      ...richInvoice(),
      seller: { name: 'S'.repeat(200) },
      invoiceNumber: 'N'.repeat(200),
    };
    const name = invoiceFileName(input(long), 'xml');
    expect(name).toBe(`2024-03-15_${'S'.repeat(40)}_${'N'.repeat(40)}.xml`);
    expect(
      safeFileName(
        Array.from({ length: 9 }, () => 'x'.repeat(40)),
        'pdf',
      ).length,
    ).toBe(120);
  });

  it('are made unique, case-insensitively, before the extension', () => {
    expect(uniqueNames(['a.xml', 'A.xml', 'a.xml', 'b.xml', 'a-2.xml'])).toEqual([
      'a.xml',
      'A-2.xml',
      'a-3.xml',
      'b.xml',
      'a-2-2.xml',
    ]);
  });

  it('name batches by export date and count', () => {
    expect(batchFileName('invoices-csv', 12, 'csv', fixedNow)).toBe(
      '2024-03-20_invoices-csv_12.csv',
    );
  });
});
