import { describe, expect, it } from 'vitest';
import type { Invoice } from '../../../src/domain/invoice.ts';
import { asCreditNote } from '../../../src/pipeline/resolve-credit-note.ts';

const printed: Invoice = {
  documentType: '381',
  totals: { netTotal: '-218.48', taxTotal: '14.99', grossTotal: '-233.47' },
  vatBreakdown: [{ category: 'S', rate: '5.5', taxableAmount: '-218.48', taxAmount: '-12.02' }],
  lines: [
    { name: 'Nougat', lineTotal: '-20.48' },
    { name: 'Frais de retour', lineTotal: '5.00' },
  ],
};

describe('credit notes printed with minus signs', () => {
  it('states totals and VAT positive and turns the sign of each line', () => {
    const invoice = asCreditNote(printed);
    expect(invoice.totals).toEqual({ netTotal: '218.48', taxTotal: '14.99', grossTotal: '233.47' });
    expect(invoice.vatBreakdown[0]).toMatchObject({ taxableAmount: '218.48', taxAmount: '12.02' });
    expect(invoice.lines.map((line) => line.lineTotal)).toEqual(['20.48', '-5.00']);
  });

  it('leaves invoices, and credit notes already positive, as they are', () => {
    expect(asCreditNote({ ...printed, documentType: '380' })).toEqual({
      ...printed,
      documentType: '380',
    });
    const positive = asCreditNote(printed);
    expect(asCreditNote(positive)).toEqual(positive);
  });
});
