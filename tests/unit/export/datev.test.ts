import { describe, expect, it } from 'vitest';
import { datevColumns } from '../../../src/export/datev-layout.ts';
import { datevChartAccounts, datevSkr04, exportDatev } from '../../../src/export/datev.ts';
import type { AccountingResult } from '../../../src/export/export-types.ts';
import { expectGolden, fixedNow, input, paperInvoice, sampleDocument } from './export-fixtures.ts';

/** Windows-1252 bytes as text (Node's decoder maps 0x80–0x9F like Latin-1, fine for these files). */
const latin1 = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('');

function ok(result: AccountingResult): string {
  if (!result.ok) throw new Error(JSON.stringify(result.refused));
  return latin1(result.content.bytes);
}

/** The fields of a DATEV line (the test data has no ";" inside quoted texts). */
const fields = (line: string) => line.split(';');

const second = () => input(paperInvoice(), sampleDocument({ id: 'doc-0002' as never }));

describe('DATEV Buchungsstapel export', () => {
  it('writes the EXTF file as in the golden file (Windows-1252, CRLF)', () => {
    const result = exportDatev([input(), second()], {
      now: fixedNow,
      consultantNumber: 29098,
      clientNumber: 55003,
    });
    if (!result.ok) throw new Error('refused');
    expect(result.content.mimeType).toBe('text/csv;charset=windows-1252');
    expectGolden('datev-buchungsstapel.csv', result.content.bytes);
  });

  it('has the 31-field EXTF header and the 125 standard columns', () => {
    const [header, columns] = ok(exportDatev([input()], { now: fixedNow })).split('\r\n');
    const h = fields(header ?? '');
    expect(h).toHaveLength(31);
    expect(h.slice(0, 6)).toEqual([
      '"EXTF"',
      '700',
      '21',
      '"Buchungsstapel"',
      '13',
      '20240320093000000',
    ]);
    expect(h.slice(10, 16)).toEqual(['1001', '1', '20240101', '4', '20240315', '20240315']);
    expect(h[26]).toBe('"03"');
    expect(fields(columns ?? '')).toEqual(datevColumns);
    expect(datevColumns).toHaveLength(125);
  });

  it('books one line per VAT rate: gross on the creditor (H) against the rate account', () => {
    const lines = ok(exportDatev([input()], { now: fixedNow }))
      .split('\r\n')
      .slice(2, -1);
    expect(lines).toHaveLength(2);
    const rows = lines.map(fields);
    expect(rows.every((row) => row.length === 125)).toBe(true);
    expect(rows.map((r) => r.slice(0, 14))).toEqual([
      [
        '214,44',
        '"H"',
        '"EUR"',
        '',
        '',
        '',
        '1600',
        '3400',
        '',
        '1503',
        '"RE-2024-0042"',
        '',
        '',
        '"Nordlicht Papier GmbH"',
      ],
      [
        '48,15',
        '"H"',
        '"EUR"',
        '',
        '',
        '',
        '1600',
        '3300',
        '',
        '1503',
        '"RE-2024-0042"',
        '',
        '',
        '"Nordlicht Papier GmbH"',
      ],
    ]);
    expect(rows[0]?.[114]).toBe('12032024');
    expect(rows[0]?.[116]).toBe('14042024');
  });

  it('uses configured accounts and BU-Schlüssel, e.g. SKR04 or an expense account with key 9', () => {
    const skr04 = fields(
      ok(exportDatev([input()], { now: fixedNow, ...datevSkr04 })).split('\r\n')[2] ?? '',
    );
    expect([skr04[6], skr04[7], skr04[8]]).toEqual(['3300', '5400', '']);
    const keyed = {
      'S:19': { account: '4930', taxKey: '9' },
      'S:7': { account: '4930', taxKey: '8' },
    };
    const rows = ok(exportDatev([input()], { now: fixedNow, accounts: keyed }))
      .split('\r\n')
      .slice(2, -1)
      .map(fields);
    expect(rows.map((r) => [r[7], r[8]])).toEqual([
      ['4930', '"9"'],
      ['4930', '"8"'],
    ]);
  });

  it('takes a chart and a Sachkontenlänge alone, with that chart’s accounts lengthened', () => {
    const lines = (options: Parameters<typeof exportDatev>[1]) =>
      ok(exportDatev([input()], { now: fixedNow, ...options })).split('\r\n');
    const skr04 = lines({ chart: 'SKR04' });
    expect(fields(skr04[0] ?? '')[26]).toBe('"04"');
    expect(fields(skr04[2] ?? '').slice(6, 8)).toEqual(['3300', '5400']);
    const six = lines({ accountLength: 6, consultantNumber: 4711, clientNumber: 12345 });
    expect(fields(six[0] ?? '').slice(10, 14)).toEqual(['4711', '12345', '20240101', '6']);
    expect(six.slice(2, -1).map((line) => fields(line).slice(6, 8))).toEqual([
      ['160000', '340000'],
      ['160000', '330000'],
    ]);
    // Given accounts still win over the chart's.
    const own = lines({ chart: 'SKR04', creditorAccount: '70001' });
    expect(fields(own[2] ?? '')[6]).toBe('70001');
    const skr03 = datevChartAccounts('SKR03');
    expect([skr03.chart, skr03.creditorAccount, skr03.accounts['S:19']?.account]).toEqual([
      'SKR03',
      '1600',
      '3400',
    ]);
  });

  it('reverses credit notes to "S"', () => {
    const credit = { ...paperInvoice(), documentType: '381' };
    const row = fields(ok(exportDatev([input(credit)], { now: fixedNow })).split('\r\n')[2] ?? '');
    expect([row[0], row[1]]).toEqual(['119,00', '"S"']);
  });

  it('reduces Belegfeld 1 to the characters DATEV accepts and caps texts', () => {
    const invoice = {
      ...paperInvoice(),
      invoiceNumber: 'INV 2024/118_ä#1',
      seller: { name: 'A'.repeat(80) },
    };
    const row = fields(ok(exportDatev([input(invoice)], { now: fixedNow })).split('\r\n')[2] ?? '');
    expect(row[10]).toBe('"INV-2024/118-1"');
    expect(row[13]).toBe(`"${'A'.repeat(60)}"`);
  });

  it('refuses what it cannot book, naming the fields', () => {
    const missingRate = {
      ...paperInvoice(),
      vatBreakdown: [{ category: 'AE' as const, taxableAmount: '119.00', taxAmount: '0.00' }],
    };
    const cases = [
      [{ ...paperInvoice(), invoiceNumber: undefined }, 'BR-02', 'invoiceNumber'],
      [{ ...paperInvoice(), issueDate: undefined }, 'BR-03', 'issueDate'],
      [{ ...paperInvoice(), seller: {} }, 'BR-06', 'seller.name'],
      [{ ...paperInvoice(), currency: 'USD' }, 'DATEV-CURRENCY', 'currency'],
      [{ ...paperInvoice(), vatBreakdown: [] }, 'BR-CO-18', 'vatBreakdown'],
      [
        { ...paperInvoice(), totals: { ...paperInvoice().totals, grossTotal: '120.00' } },
        'BR-CO-15',
        'vatBreakdown',
      ],
      [missingRate, 'DATEV-ACCOUNT', 'vatBreakdown[0]'],
    ] as const;
    for (const [invoice, ruleId, field] of cases) {
      const result = exportDatev([input(invoice)], { now: fixedNow });
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.refused[0]?.missing).toContainEqual(
          expect.objectContaining({ ruleId, field }),
        );
    }
  });

  it('refuses invoices of two fiscal years in one file', () => {
    // 15 March and 2 May 2024: one calendar year, but two fiscal years when they start on 1 April.
    expect(exportDatev([input(), second()], { now: fixedNow }).ok).toBe(true);
    const result = exportDatev([input(), second()], { now: fixedNow, fiscalYearStart: '04-01' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.refused[0]?.missing[0]?.ruleId).toBe('DATEV-FISCAL-YEAR');
  });
});
