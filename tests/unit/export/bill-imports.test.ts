// QuickBooks Online and Xero bill imports: golden files, papaparse read-back, refusals.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { bookingLines, rateKey } from '../../../src/export/accounting.ts';
import type { AccountingResult } from '../../../src/export/export-types.ts';
import { exportQuickBooks } from '../../../src/export/quickbooks.ts';
import { exportXero, xeroHeader } from '../../../src/export/xero.ts';
import {
  expectGolden,
  input,
  paperInvoice,
  richInvoice,
  sampleDocument,
  text,
} from './export-fixtures.ts';

const uk = () => ({
  ...paperInvoice(),
  vatBreakdown: [
    { category: 'S' as const, rate: '20', taxableAmount: '100.00', taxAmount: '20.00' },
  ],
  totals: {
    ...paperInvoice().totals,
    taxTotal: '20.00',
    grossTotal: '120.00',
    amountDue: '120.00',
  },
  lines: paperInvoice().lines.map((l) => ({ ...l, vatRate: '20' })),
});
const inputs = () => [
  input({ ...richInvoice(), vatBreakdown: [] }),
  input(uk(), sampleDocument({ id: 'doc-0002' as never })),
];

function rows(result: AccountingResult): Record<string, string>[] {
  if (!result.ok) throw new Error(JSON.stringify(result.refused));
  return Papa.parse<Record<string, string>>(text(result.content.bytes), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

describe('booking lines shared by the bill imports', () => {
  it('keeps quantity × price where it gives the net amount, else books 1 × net', () => {
    const lines = bookingLines(richInvoice());
    expect(lines.map((l) => [l.quantity, l.unitAmount, l.net])).toEqual([
      ['1', '94.00', '94.00'],
      ['12', '2.40', '28.80'],
      ['3', '15.00', '45.00'],
      ['1', '62.50', '62.50'],
      ['1', '-10.00', '-10.00'],
      ['1', '4.90', '4.90'],
    ]);
  });

  it('books one line per VAT rate when the invoice has no lines', () => {
    const lines = bookingLines({ ...richInvoice(), lines: [] });
    expect(lines.map((l) => [l.description, l.net, l.taxAmount])).toEqual([
      ['Net 19 %', '180.20', '34.24'],
      ['Net 7 %', '45.00', '3.15'],
    ]);
  });

  it('keys VAT rates for the users\u2019 tax code tables', () => {
    expect(rateKey('S', '19.00')).toBe('S:19');
    expect(rateKey('S', '7.5')).toBe('S:7.5');
    expect(rateKey('E', undefined)).toBe('E');
  });
});

describe('QuickBooks Online bill import', () => {
  it('writes the bill CSV as in the golden file and reads back with papaparse', () => {
    const result = exportQuickBooks(inputs());
    if (!result.ok) throw new Error('refused');
    expectGolden('quickbooks-bills.csv', result.content.bytes);
    const parsed = rows(result);
    expect(parsed).toHaveLength(7);
    expect(parsed[6]).toEqual({
      'Bill No.': 'INV 2024/118',
      Supplier: 'Müller Elektro e.K.',
      'Bill Date': '02/05/2024',
      'Due Date': '16/05/2024',
      Terms: '',
      Location: '',
      Memo: '',
      Account: 'Uncategorized Expense',
      'Line Description': 'Elektroinstallation',
      'Line Amount': '100.00',
      'Line Tax Code': '20.0% S',
      'Line Tax Amount': '',
      Currency: 'EUR',
    });
  });

  it('warns about VAT rates without a tax code instead of guessing one', () => {
    const result = exportQuickBooks([input()]);
    expect(result.ok && result.content.warnings).toEqual([
      'No QuickBooks tax code is set for VAT "S:19"; those lines have an empty tax code.',
      'No QuickBooks tax code is set for VAT "S:7"; those lines have an empty tax code.',
    ]);
  });

  it('refuses credit notes and invoices without number, date, seller or total', () => {
    const result = exportQuickBooks([
      input({ ...uk(), documentType: '381' }),
      input({ ...uk(), invoiceNumber: undefined, totals: {} }),
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.refused.map((r) => r.missing.map((m) => m.ruleId))).toEqual([
      ['QBO-CREDIT-NOTE'],
      ['BR-02', 'BR-14'],
    ]);
  });
});

describe('Xero bill import', () => {
  it('writes Xero\u2019s bill template as in the golden file and reads back with papaparse', () => {
    const options = {
      taxTypes: {
        'S:19': '19% (VAT on Expenses)',
        'S:7': '7% (VAT on Expenses)',
        'S:20': '20% (VAT on Expenses)',
      },
    };
    const result = exportXero(inputs(), options);
    if (!result.ok) throw new Error('refused');
    expectGolden('xero-bills.csv', result.content.bytes);
    const parsed = rows(result);
    expect(Object.keys(parsed[0] ?? {})).toEqual(xeroHeader);
    expect(parsed[0]).toMatchObject({
      '*ContactName': 'Nordlicht Papier GmbH',
      EmailAddress: 'buchhaltung@nordlicht.example',
      POAddressLine1: 'Hafenstraße 12',
      POCity: 'Hamburg',
      '*InvoiceNumber': 'RE-2024-0042',
      '*InvoiceDate': '15/03/2024',
      '*DueDate': '14/04/2024',
      Description: 'Recyclingpapier A4, 500 Blatt',
      '*Quantity': '1',
      '*UnitAmount': '94.00',
      '*AccountCode': '429',
      '*TaxType': '19% (VAT on Expenses)',
      Currency: 'EUR',
    });
  });

  it('refuses bills without due date or a Xero tax rate for their VAT', () => {
    const result = exportXero([input({ ...uk(), dueDate: undefined }), input()]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.refused.map((r) => r.missing.map((m) => m.ruleId))).toEqual([
      ['XERO-DUE-DATE'],
      ['XERO-TAX-TYPE', 'XERO-TAX-TYPE'],
    ]);
    expect(exportXero([input()], { defaultTaxType: 'Tax on Purchases' }).ok).toBe(true);
  });
});
