import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { availableColumns, columnDefs } from '../../../src/export/columns.ts';
import { neutraliseFormula, quoteField } from '../../../src/export/csv-encode.ts';
import { csvPresets, exportCsv, type CsvOptions } from '../../../src/export/csv.ts';
import { encodeText } from '../../../src/export/text-encoding.ts';
import {
  expectGolden,
  input,
  paperInvoice,
  richInvoice,
  sampleDocument,
  text,
} from './export-fixtures.ts';

const preset = (id: string): CsvOptions => {
  const found = csvPresets.find((p) => p.id === id);
  if (!found) throw new Error(id);
  return found.options;
};

const parse = (csv: string, delimiter: string) =>
  Papa.parse<string[]>(csv, { delimiter, newline: '\r\n', skipEmptyLines: true }).data;

describe('CSV export', () => {
  const inputs = [
    input(),
    input(paperInvoice(), sampleDocument({ id: 'doc-0002' as never, name: 'scan.jpg' })),
  ];

  it('writes the German Excel preset as in the golden file (BOM, ";", decimal comma, DD.MM.YYYY)', () => {
    const file = exportCsv(inputs, preset('excel-de'));
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.mimeType).toBe('text/csv;charset=utf-8');
    expectGolden('invoices-excel-de.csv', file.bytes);
  });

  it('writes one row per line with the line preset, as in the golden file', () => {
    expectGolden('lines-data.csv', exportCsv(inputs, preset('data-lines')).bytes);
  });

  it('reads back with papaparse to the same values as the invoice model', () => {
    const file = exportCsv(inputs, preset('data'));
    const [header, first, second] = parse(text(file.bytes), ',');
    const row = Object.fromEntries((header ?? []).map((id, i) => [id, first?.[i]]));
    expect(row).toMatchObject({
      invoiceNumber: 'RE-2024-0042',
      issueDate: '2024-03-15',
      sellerName: 'Nordlicht Papier GmbH',
      netTotal: '225.20',
      taxTotal: '37.39',
      grossTotal: '262.59',
      iban: 'DE89370400440532013000',
      fileName: 'Rechnung 2024-0042.pdf',
    });
    expect(second?.[0]).toBe('INV 2024/118');
  });

  it('quotes delimiters, quotes and line breaks (RFC 4180) so they read back exactly', () => {
    const invoice = {
      ...richInvoice(),
      paymentTerms: 'Netto 30; 2 % "Skonto"\r\nbei Zahlung\nin 10 Tagen',
    };
    const options = {
      ...preset('excel-de'),
      columns: ['invoiceNumber', 'paymentTerms'],
      header: 'none' as const,
    };
    const csv = text(exportCsv([input(invoice)], options).bytes).replace(/^\uFEFF/, '');
    expect(parse(csv, ';')).toEqual([['RE-2024-0042', invoice.paymentTerms]]);
  });

  it('keeps every decimal of quantities and prices and writes at least two for amounts', () => {
    const invoice = richInvoice();
    const lines = [
      { ...invoice.lines[0]!, quantity: '1.125', unitPrice: '4.9875', lineTotal: '5.6' },
    ];
    const options: CsvOptions = {
      ...preset('data-lines'),
      columns: ['lineQuantity', 'lineUnitPrice', 'lineNet'],
      header: 'none',
    };
    expect(text(exportCsv([input({ ...invoice, lines })], options).bytes)).toBe(
      '1.125,4.9875,5.60\r\n',
    );
  });

  it('formats dates in every supported format', () => {
    const formats = ['YYYY-MM-DD', 'DD.MM.YYYY', 'MM/DD/YYYY', 'DD/MM/YYYY', 'YYYYMMDD'] as const;
    const written = formats.map((dateFormat) =>
      text(
        exportCsv([input()], { columns: ['issueDate'], header: 'none', dateFormat }).bytes,
      ).trim(),
    );
    expect(written).toEqual(['2024-03-15', '15.03.2024', '03/15/2024', '15/03/2024', '20240315']);
  });

  it('encodes Windows-1252 for old Excel and DATEV, simplifying characters it lacks', () => {
    const invoice = { ...richInvoice(), seller: { name: 'Őrség Łódź Müller – €' } };
    const options = { columns: ['sellerName'], header: 'none', encoding: 'windows-1252' } as const;
    const file = exportCsv([input(invoice)], options);
    // Ő decomposes to O + accent; Ł has no decomposition and becomes "?"; – and € have 1252 codes.
    const expected = 'Orség ?ódz Müller \x96 \x80\r\n';
    expect(file.bytes).toEqual(Uint8Array.from([...expected].map((c) => c.charCodeAt(0))));
    expect(file.mimeType).toBe('text/csv;charset=windows-1252');
    expect(file.warnings[0]).toContain('Ő Ł');
    expect(encodeText('€', 'windows-1252').bytes).toEqual(Uint8Array.of(0x80));
  });

  it('skips unknown column ids from old presets and line columns in invoice rows', () => {
    const file = exportCsv([input()], {
      columns: ['invoiceNumber', 'gone', 'lineName'],
      header: 'id',
    });
    expect(text(file.bytes)).toBe('invoiceNumber\r\nRE-2024-0042\r\n');
  });

  it('offers only invoice columns for invoice rows, every column for line rows, all labelled', () => {
    expect(availableColumns('invoice').every((c) => c.level === 'invoice')).toBe(true);
    expect(availableColumns('line')).toHaveLength(columnDefs.length);
    expect(columnDefs.every((c) => c.label.en && c.label.de)).toBe(true);
    expect(new Set(columnDefs.map((c) => c.id)).size).toBe(columnDefs.length);
  });
});

describe('CSV formula injection', () => {
  const hostile = (): ReturnType<typeof richInvoice> => {
    const invoice = richInvoice();
    return {
      ...invoice,
      invoiceNumber: '-42',
      seller: { ...invoice.seller, name: '=HYPERLINK("http://evil.example","click")' },
      buyer: { ...invoice.buyer, name: '@SUM(A1:A2)' },
      paymentTerms: '\tcmd',
      notes: [],
      lines: [{ ...invoice.lines[0]!, name: '+1+1', description: '\rX' }],
      totals: { ...invoice.totals, amountDue: '-12.50' },
    };
  };

  it('neutralises text cells starting with = + - @ tab or CR with an apostrophe', () => {
    const options: CsvOptions = {
      ...preset('data-lines'),
      columns: [
        'invoiceNumber',
        'sellerName',
        'buyerName',
        'paymentTerms',
        'lineName',
        'lineDescription',
      ],
      header: 'none',
    };
    const [row] = parse(text(exportCsv([input(hostile())], options).bytes), ',');
    expect(row).toEqual([
      "'-42",
      '\'=HYPERLINK("http://evil.example","click")',
      "'@SUM(A1:A2)",
      "'\tcmd",
      "'+1+1",
      "'\rX",
    ]);
  });

  it('keeps real negative numbers in amount columns as numbers', () => {
    const options: CsvOptions = { ...preset('excel-de'), columns: ['amountDue'], header: 'none' };
    expect(text(exportCsv([input(hostile())], options).bytes).replace(/^\uFEFF/, '')).toBe(
      '-12,50\r\n',
    );
  });

  it('treats non-numbers in amount columns as text, so they are neutralised too', () => {
    const invoice = { ...hostile(), totals: { ...hostile().totals, grossTotal: '=1+2' } };
    const options: CsvOptions = { ...preset('data'), columns: ['grossTotal'], header: 'none' };
    expect(text(exportCsv([input(invoice)], options).bytes)).toBe("'=1+2\r\n");
  });

  it('has building blocks that behave on their own', () => {
    expect(neutraliseFormula('=1')).toBe("'=1");
    expect(neutraliseFormula('a=1')).toBe('a=1');
    expect(quoteField('a;b', ';')).toBe('"a;b"');
    expect(quoteField('say "hi"', ',')).toBe('"say ""hi"""');
    expect(quoteField('plain', ',')).toBe('plain');
  });
});
