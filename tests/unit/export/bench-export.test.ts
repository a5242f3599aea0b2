import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeExports } from '../../../scripts/bench/export.ts';
import { paperInvoice, richInvoice, sampleDocument } from './export-fixtures.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('benchmark exports', () => {
  const docs = [
    { id: 'invoice-001', document: sampleDocument(), invoice: richInvoice() },
    {
      id: 'scan/002',
      document: sampleDocument({ id: 'doc-0002' as never }),
      invoice: paperInvoice(),
    },
  ];

  it('writes OUT/export/<format>/<id>.<ext>, or <id>.error.txt with the reason', async () => {
    const out = mkdtempSync(join(tmpdir(), 'bench-export-'));
    dirs.push(out);
    const formats = [
      'ubl',
      'cii',
      'xrechnung-ubl',
      'xrechnung-cii',
      'facturx',
      'csv',
      'xlsx',
      'datev',
    ];
    const summary = await writeExports(out, formats, docs);
    expect(readdirSync(join(out, 'export')).sort()).toEqual([...formats].sort());
    expect(readdirSync(join(out, 'export', 'ubl')).sort()).toEqual([
      'invoice-001.xml',
      'scan_002.error.txt',
    ]);
    expect(readdirSync(join(out, 'export', 'csv')).sort()).toEqual([
      'invoice-001.csv',
      'scan_002.csv',
    ]);
    expect(existsSync(join(out, 'export', 'xlsx', 'invoice-001.xlsx'))).toBe(true);
    expect(
      readFileSync(join(out, 'export', 'xrechnung-cii', 'scan_002.error.txt'), 'utf8'),
    ).toContain('BR-DE-15 buyerReference: The buyer reference (Leitweg-ID) is missing');
    // No original PDF or page images in the benchmark data: Factur-X says why.
    expect(readFileSync(join(out, 'export', 'facturx', 'invoice-001.error.txt'), 'utf8')).toContain(
      'FACTURX-PDF',
    );
    expect(summary.find((s) => s.format === 'datev')).toEqual({
      format: 'datev',
      written: 2,
      refused: 0,
    });
  });

  it('names the known formats when given an unknown one', async () => {
    await expect(writeExports(tmpdir(), ['ubl', 'pdf'], docs)).rejects.toThrow(
      /Unknown export format\(s\): pdf/,
    );
  });
});
