import { describe, expect, it } from 'vitest';
import { toBench } from '../../../src/einvoice/to-bench.ts';
import { invoiceOf, xml } from './einvoice-fixtures.ts';

describe('toBench', () => {
  it('uses the registration name, the VAT id and the item name', () => {
    expect(toBench(invoiceOf(xml.ublInvoiceFull))).toEqual({
      documentType: '380',
      invoiceNumber: 'RE-2024-0042',
      issueDate: '2024-03-05',
      dueDate: '2024-04-04',
      currency: 'EUR',
      sellerName: 'Lieferant GmbH',
      buyerName: 'Kunde AG',
      sellerVatId: 'DE123456789',
      netTotal: '241.00',
      taxTotal: '39.19',
      grossTotal: '280.19',
      lines: [
        { description: 'Trennblätter A4', quantity: '10', unitPrice: '9.90', lineTotal: '96.00' },
        { description: 'Installation', quantity: '2', unitPrice: '50.00', lineTotal: '100.00' },
        {
          description: 'Fachbuch Steuerrecht',
          quantity: '1',
          unitPrice: '50.00',
          lineTotal: '50.00',
        },
      ],
    });
  });

  it('never reports a tax number as VAT id and leaves out note and heading lines', () => {
    const invoice = invoiceOf(xml.ciiMinimum);
    const bench = toBench({
      ...invoice,
      seller: { name: 'Seller', taxRegistrationId: '201/113/40209' },
      lines: [
        { notes: ['Delivery in December'] },
        { name: '--- Food ---', quantity: '0.00', lineTotal: '0.00' },
        { name: 'Item', lineTotal: '5.00' },
        { name: 'Free sample', quantity: '1', lineTotal: '0.00' },
        { name: 'Paper copy', quantity: '0', unitPrice: '3.50', lineTotal: '0.00' },
      ],
    });
    expect(bench.sellerVatId).toBeNull();
    expect(bench.dueDate).toBeNull();
    expect(bench.lines.map((l) => l.description)).toEqual(['Item', 'Free sample', 'Paper copy']);
  });
});
