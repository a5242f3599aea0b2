import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportBatch, type BatchOptions } from '../../../src/export/batch.ts';
import {
  exportFormats,
  exportInvoice,
  exportProblems,
} from '../../../src/export/export-invoice.ts';
import type { ExportInput } from '../../../src/export/export-types.ts';
import {
  fixedNow,
  input,
  paperInvoice,
  richInvoice,
  sampleDocument,
  text,
} from './export-fixtures.ts';

const original = (name: string) => ({
  bytes: new TextEncoder().encode(name).buffer,
  type: 'application/pdf',
});
const rich = (): ExportInput => ({ ...input(), original: original('pdf-1') });
const paper = (): ExportInput => ({
  ...input(
    paperInvoice(),
    sampleDocument({ id: 'doc-0002' as never, kind: 'jpeg', name: 'scan.jpg' }),
  ),
  original: original('jpeg-2'),
});
const options = (o: Partial<BatchOptions> = {}): BatchOptions => ({
  packaging: 'file',
  includeOriginals: false,
  now: fixedNow,
  ...o,
});

describe('batch export', () => {
  it('combines spreadsheet rows into one file', async () => {
    const result = await exportBatch('csv', [rich(), paper()], options());
    expect(result.exported).toEqual(['doc-0001', 'doc-0002']);
    expect(result.refused).toEqual([]);
    expect(result.file?.filename).toBe('2024-03-20_invoices-csv_2.csv');
    expect(text(result.file!.bytes).split('\r\n')).toHaveLength(4);
  });

  it('puts one e-invoice per invoice into a zip and lists the refused ones', async () => {
    const second = { ...rich(), document: sampleDocument({ id: 'doc-0003' as never }) };
    const result = await exportBatch('xrechnung-cii', [rich(), paper(), second], options());
    expect(result.exported).toEqual(['doc-0001', 'doc-0003']);
    expect(result.refused.map((r) => [r.documentId, r.name])).toEqual([['doc-0002', 'scan.jpg']]);
    expect(result.refused[0]?.missing.map((m) => m.ruleId)).toContain('BR-DE-15');
    expect(result.file?.filename).toBe('2024-03-20_invoices-xrechnung-cii_2.zip');
    const files = unzipSync(result.file!.bytes);
    expect(Object.keys(files)).toEqual([
      '2024-03-15_Nordlicht-Papier-GmbH_RE-2024-0042.xml',
      '2024-03-15_Nordlicht-Papier-GmbH_RE-2024-0042-2.xml',
    ]);
  });

  it('adds the originals of the exported invoices when asked', async () => {
    const result = await exportBatch(
      'datev',
      [rich(), paper()],
      options({ includeOriginals: true }),
    );
    const files = unzipSync(result.file!.bytes);
    expect(Object.keys(files)).toEqual([
      '2024-03-20_EXTF_Buchungsstapel_2.csv',
      'originals/2024-03-15_Nordlicht-Papier-GmbH_RE-2024-0042.pdf',
      'originals/2024-05-02_Müller-Elektro-e.K_INV-2024-118.jpg',
    ]);
    expect(text(files['originals/2024-03-15_Nordlicht-Papier-GmbH_RE-2024-0042.pdf']!)).toBe(
      'pdf-1',
    );
  });

  it('books the bookable invoices and lists the others for accounting formats', async () => {
    const broken = { ...paper(), invoice: { ...paperInvoice(), vatBreakdown: [] } };
    const result = await exportBatch('datev', [rich(), broken], options());
    expect(result.exported).toEqual(['doc-0001']);
    expect(result.refused[0]?.missing[0]?.ruleId).toBe('BR-CO-18');
    expect(result.file?.filename).toBe('2024-03-20_EXTF_Buchungsstapel_1.csv');
  });

  it('returns no file when nothing can be exported, and a single file without a zip', async () => {
    const none = await exportBatch('ubl', [paper()], options());
    expect(none.file).toBeUndefined();
    expect(none.exported).toEqual([]);
    const one = await exportBatch('ubl', [rich()], options());
    expect(one.file?.filename).toBe('2024-03-15_Nordlicht-Papier-GmbH_RE-2024-0042.xml');
    const zipped = await exportBatch('ubl', [rich()], options({ packaging: 'zip' }));
    expect(zipped.file?.mimeType).toBe('application/zip');
  });

  it('writes a JSON list for several invoices', async () => {
    const result = await exportBatch('json', [rich(), paper()], options());
    const value = JSON.parse(text(result.file!.bytes)) as { format: string; invoices: unknown[] };
    expect(value.format).toBe('invoice-capture/invoices');
    expect(value.invoices).toHaveLength(2);
  });
});

describe('single export API', () => {
  it('describes every format with labels, extension and kind', () => {
    expect(exportFormats.map((f) => f.id)).toEqual([
      'csv', 'xlsx', 'json', 'datev', 'quickbooks', 'xero', 'ubl', 'cii', 'xrechnung-ubl', 'xrechnung-cii', 'facturx',
    ]); // prettier-ignore
    expect(exportFormats.filter((f) => !f.combinable).every((f) => f.kind === 'einvoice')).toBe(
      true,
    );
  });

  it('returns a named file for every format that accepts the invoice', async () => {
    const names: string[] = [];
    for (const format of exportFormats) {
      const withPdf = { ...rich(), pageImages: [] };
      const result = await exportInvoice(format.id, format.id === 'facturx' ? withPdf : input(), {
        now: fixedNow,
        xero: { defaultTaxType: 'Tax on Purchases' },
      });
      if (format.id === 'facturx') {
        expect(result.ok).toBe(false); // the test "PDF" is not a PDF and has no page images
        continue;
      }
      if (!result.ok)
        throw new Error(`${format.id}: ${result.missing.map((m) => m.ruleId).join()}`);
      names.push(result.filename);
      expect(result.bytes.length).toBeGreaterThan(100);
    }
    expect(names).toContain('EXTF_2024-03-15_Nordlicht-Papier-GmbH_RE-2024-0042.csv');
    expect(names).toContain('2024-03-15_Nordlicht-Papier-GmbH_RE-2024-0042.xlsx');
  });

  it('lists what is missing before the user tries, and refuses the same way', async () => {
    expect(exportProblems('csv', input(paperInvoice()))).toEqual([]);
    const problems = exportProblems('xrechnung-ubl', input(paperInvoice()));
    expect(problems.map((p) => p.field)).toContain('buyerReference');
    const result = await exportInvoice('xrechnung-ubl', input(paperInvoice()));
    expect(result).toEqual({ ok: false, missing: problems });
    expect(exportProblems('facturx', input(richInvoice()))[0]?.ruleId).toBe('FACTURX-PDF');
    expect(exportProblems('datev', input({ ...paperInvoice(), currency: 'USD' }))[0]?.ruleId).toBe(
      'DATEV-CURRENCY',
    );
  });
});
