import { describe, expect, it } from 'vitest';
import { renderInvoiceHtml } from '../../../src/einvoice/render-invoice-html.ts';
import { invoiceOf, xml } from './einvoice-fixtures.ts';

describe('renderInvoiceHtml', () => {
  const invoice = invoiceOf(xml.ublInvoiceFull);
  const html = renderInvoiceHtml(invoice);

  it('shows parties, numbers, lines, VAT and totals like a paper invoice', () => {
    for (const text of [
      '<h2>Invoice</h2>',
      'Lieferant GmbH',
      'Kunde AG',
      'RE-2024-0042',
      '2024-03-05',
      'Trennblätter A4',
      'Standard rate',
      '280.19 EUR',
      'DE02120300000000202051',
      'VAT id DE123456789',
    ]) {
      expect(html).toContain(text);
    }
    expect(html.match(/<tr>/g)).toHaveLength(3 + 2 + 2 + 3);
  });

  it('escapes every value and uses no inline styles or scripts', () => {
    const hostile = {
      ...invoice,
      invoiceNumber: '<script>alert(1)</script>',
      seller: { name: '"><img src=x onerror=alert(1)>' },
      lines: [{ name: "O'Brien & <b>Sons</b>", lineTotal: '1.00' }],
    };
    const out = renderInvoiceHtml(hostile);
    expect(out).not.toMatch(/<script|<img|<b>/);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('O&#39;Brien &amp; &lt;b&gt;Sons&lt;/b&gt;');
    expect(out).not.toMatch(/<[^>]*\s(style|on\w+)=/);
  });

  it('labels credit notes and renders an invoice with almost nothing in it', () => {
    expect(renderInvoiceHtml(invoiceOf(xml.ublCreditNoteReverseCharge))).toContain(
      '<h2>Credit note</h2>',
    );
    expect(renderInvoiceHtml({ totals: {}, vatBreakdown: [], lines: [] })).toContain(
      '<article class="einvoice">',
    );
  });
});
