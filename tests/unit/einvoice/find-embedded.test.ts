import { describe, expect, it } from 'vitest';
import { findEmbeddedInvoice } from '../../../src/einvoice/find-embedded.ts';
import { utf8, xml } from './einvoice-fixtures.ts';

const attachment = (filename: string, text: string) => ({ filename, bytes: utf8(text) });

describe('findEmbeddedInvoice', () => {
  it('prefers the conventional names, case-insensitively', () => {
    const found = findEmbeddedInvoice([
      attachment('other.xml', xml.ublInvoiceFull),
      attachment('ZUGFeRD-invoice.xml', xml.zugferd1Comfort),
    ]);
    expect(found?.filename).toBe('ZUGFeRD-invoice.xml');
    expect(found?.read.ok && found.read.syntax).toBe('ZUGFeRD1');
  });

  it('orders known names factur-x.xml, zugferd-invoice.xml, xrechnung.xml', () => {
    const found = findEmbeddedInvoice([
      attachment('xrechnung.xml', xml.ublInvoiceFull),
      attachment('FACTUR-X.XML', xml.ciiEn16931),
    ]);
    expect(found?.filename).toBe('FACTUR-X.XML');
  });

  it('falls back to any XML attachment that reads as an e-invoice, skipping others', () => {
    const found = findEmbeddedInvoice([
      attachment('logo.png', 'not xml'),
      attachment('order.xml', xml.ublOrderUnknownRoot),
      attachment('attachments/UBL-Invoice-2.1.xml', xml.ublInvoiceFull),
    ]);
    expect(found?.read.ok && found.read.invoice.invoiceNumber).toBe('RE-2024-0042');
    expect(found?.filename).toBe('attachments/UBL-Invoice-2.1.xml');
  });

  it('reports a damaged conventionally named file, and nothing for a PDF without one', () => {
    const damaged = findEmbeddedInvoice([attachment('factur-x.xml', xml.brokenMismatchedTag)]);
    expect(damaged?.read.ok).toBe(false);
    expect(damaged?.filename).toBe('factur-x.xml');
    expect(findEmbeddedInvoice([attachment('notes.xml', xml.ublOrderUnknownRoot)])).toBeUndefined();
    expect(findEmbeddedInvoice([])).toBeUndefined();
  });
});
