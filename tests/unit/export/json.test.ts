// The JSON export against schemas/invoice.schema.json, checked with Ajv (draft-07).
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import schema from '../../../schemas/invoice.schema.json';
import { readEInvoice } from '../../../src/einvoice/read-einvoice.ts';
import { exportJson, invoiceJsonVersion } from '../../../src/export/json.ts';
import { xml } from '../einvoice/einvoice-fixtures.ts';
import { expectGolden, fixedNow, input, paperInvoice, text } from './export-fixtures.ts';

const validate = new Ajv({ allErrors: true }).compile(schema);

/** The schema violations, empty when the value is valid (a failing test shows them). */
function violations(value: unknown): unknown[] {
  return validate(value) ? [] : (validate.errors ?? []);
}

describe('JSON export', () => {
  it('writes the versioned format with the full invoice model, as in the golden file', () => {
    const file = exportJson([input()], { now: fixedNow });
    const value = JSON.parse(text(file.bytes)) as Record<string, unknown>;
    expect(value).toMatchObject({
      format: 'invoice-capture/invoice',
      version: invoiceJsonVersion,
      exportedAt: '2024-03-20T09:30:00.000Z',
      document: { id: 'doc-0001', addedAt: '2024-03-18T08:00:00.000Z' },
    });
    expect(value.invoice).toEqual(input().invoice);
    expectGolden('invoice.json', text(file.bytes));
  });

  it('validates against the JSON Schema: one invoice and a list', () => {
    expect(violations(JSON.parse(text(exportJson([input()], { now: fixedNow }).bytes)))).toEqual(
      [],
    );
    const list = exportJson([input(), input(paperInvoice())], { now: fixedNow });
    const value = JSON.parse(text(list.bytes)) as { format: string; invoices: unknown[] };
    expect(value.format).toBe('invoice-capture/invoices');
    expect(value.invoices).toHaveLength(2);
    expect(violations(value)).toEqual([]);
  });

  it('validates for every e-invoice the app reads (all model fields in use)', () => {
    for (const source of [
      xml.ublInvoiceFull,
      xml.ciiEn16931,
      xml.zugferd1Comfort,
      xml.ciiMinimum,
    ]) {
      const read = readEInvoice(source);
      if (!read.ok) throw new Error(read.error.message);
      const file = exportJson([input(read.invoice)], { now: fixedNow });
      expect(violations(JSON.parse(text(file.bytes)))).toEqual([]);
    }
  });

  it('rejects data that breaks the schema (so the schema is not vacuous)', () => {
    const value = JSON.parse(text(exportJson([input()], { now: fixedNow }).bytes)) as {
      invoice: { totals: Record<string, unknown> };
      version: number;
    };
    expect(violations({ ...value, version: 2 })).not.toEqual([]);
    const numberAmount = { ...value.invoice, totals: { grossTotal: 262.59 } };
    expect(violations({ ...value, invoice: numberAmount })).not.toEqual([]);
    expect(violations({ ...value, invoice: { ...value.invoice, surprise: true } })).not.toEqual([]);
  });
});
