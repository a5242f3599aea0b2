import readXlsxFile from 'read-excel-file/node';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportXlsx } from '../../../src/export/xlsx.ts';
import {
  expectGolden,
  input,
  paperInvoice,
  richInvoice,
  sampleDocument,
} from './export-fixtures.ts';

type Cell = string | number | boolean | Date | null;

const inputs = [
  input(),
  input(paperInvoice(), sampleDocument({ id: 'doc-0002' as never, name: 'scan.jpg' })),
];

async function sheets(bytes: Uint8Array) {
  return readXlsxFile(Buffer.from(bytes));
}

/** Dates as ISO strings so the parsed workbook can be compared with a JSON golden file. */
const plain = (rows: Cell[][]) =>
  rows.map((row) => row.map((cell) => (cell instanceof Date ? cell.toISOString() : cell)));

describe('XLSX export', () => {
  it('has a sheet of invoices and a sheet of lines, as in the golden file', async () => {
    const file = await exportXlsx(inputs);
    const parsed = await sheets(file.bytes);
    expect(parsed.map((s) => s.sheet)).toEqual(['Invoices', 'Lines']);
    const golden = Object.fromEntries(parsed.map((s) => [s.sheet, plain(s.data as Cell[][])]));
    expectGolden('workbook.json', JSON.stringify(golden, null, 2) + '\n');
  });

  it('writes dates as date cells, amounts as numbers with two decimals, text as text', async () => {
    const file = await exportXlsx(inputs);
    const [invoices, lines] = await sheets(file.bytes);
    const header = invoices?.data[0] as string[];
    const row = Object.fromEntries(header.map((h, i) => [h, invoices?.data[1]?.[i]]));
    expect(row['Invoice date']).toEqual(new Date(Date.UTC(2024, 2, 15)));
    expect(row['Gross total']).toBe(262.59);
    expect(row['Net total']).toBe(225.2);
    expect(row['Invoice number']).toBe('RE-2024-0042');
    expect(lines?.data).toHaveLength(1 + 4 + 1);
    const styles = new TextDecoder().decode(unzipSync(file.bytes)['xl/styles.xml']);
    expect(styles).toContain('formatCode="#,##0.00"');
    expect(styles).toContain('formatCode="yyyy-mm-dd"');
  });

  it('never writes text as a formula, so it needs no apostrophes', async () => {
    const invoice = { ...richInvoice(), invoiceNumber: '=1+2', seller: { name: '@SUM(A1)' } };
    const file = await exportXlsx([input(invoice)], {
      invoiceColumns: ['invoiceNumber', 'sellerName'],
    });
    const sheet = new TextDecoder().decode(unzipSync(file.bytes)['xl/worksheets/sheet1.xml']);
    expect(sheet).not.toContain('<f>');
    const [invoices] = await sheets(file.bytes);
    expect(invoices?.data[1]).toEqual(['=1+2', '@SUM(A1)']);
  });

  it('uses German labels and sheet names and a custom date format when asked', async () => {
    const file = await exportXlsx([input()], { language: 'de', dateFormat: 'dd.mm.yyyy' });
    const parsed = await sheets(file.bytes);
    expect(parsed.map((s) => s.sheet)).toEqual(['Rechnungen', 'Positionen']);
    expect(parsed[0]?.data[0]?.[0]).toBe('Rechnungsnummer');
    const styles = new TextDecoder().decode(unzipSync(file.bytes)['xl/styles.xml']);
    expect(styles).toContain('formatCode="dd.mm.yyyy"');
  });

  it('can be loaded on demand with a dynamic import', async () => {
    const module = await import('../../../src/export/xlsx.ts');
    expect(typeof module.exportXlsx).toBe('function');
  });
});
