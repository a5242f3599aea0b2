// Test data for the exporters: a complete German B2B invoice that meets EN 16931, XRechnung and
// Peppol, a paper invoice as OCR would read it, and helpers for golden files.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { InvoiceDocument } from '../../../src/domain/document.ts';
import type { DocumentId } from '../../../src/domain/ids.ts';
import type { Invoice } from '../../../src/domain/invoice.ts';
import type { ExportInput } from '../../../src/export/export-types.ts';

export const fixedNow = new Date('2024-03-20T09:30:00.000Z');

export function sampleDocument(overrides: Partial<InvoiceDocument> = {}): InvoiceDocument {
  return {
    id: 'doc-0001' as DocumentId,
    sha256: 'a'.repeat(64),
    name: 'Rechnung 2024-0042.pdf',
    kind: 'pdf',
    mimeType: 'application/pdf',
    size: 48213,
    addedAt: Date.UTC(2024, 2, 18, 8, 0, 0),
    status: 'ready',
    pageCount: 1,
    review: { status: 'approved', at: Date.UTC(2024, 2, 19, 16, 45, 0) },
    ...overrides,
  };
}

/** 4 lines at 19 % and 7 %, a document allowance and charge; every total adds up. */
export function richInvoice(): Invoice {
  return {
    documentType: '380',
    invoiceNumber: 'RE-2024-0042',
    issueDate: '2024-03-15',
    dueDate: '2024-04-14',
    deliveryDate: '2024-03-12',
    period: { start: '2024-03-01', end: '2024-03-14' },
    currency: 'EUR',
    buyerReference: '04011000-12345-34',
    purchaseOrder: 'PO-7781',
    contractReference: 'RV-2023-17',
    projectReference: 'PRJ-NORD',
    precedingInvoices: [{ id: 'RE-2024-0017', issueDate: '2024-02-15' }],
    paymentTerms: 'Zahlbar innerhalb von 30 Tagen ohne Abzug.',
    notes: [
      'Vielen Dank für Ihren Auftrag!',
      'Bitte bei Zahlung <Rechnungsnummer> & Kundennummer angeben.',
    ],
    seller: {
      name: 'Nordlicht Papier GmbH',
      tradingName: 'Nordlicht Papier & Büro',
      identifiers: [{ value: '4000001123452', scheme: '0088' }],
      legalRegistrationId: { value: 'HRB 123456' },
      vatId: 'DE123456789',
      taxRegistrationId: '22/815/08154',
      address: {
        lines: ['Hafenstraße 12', 'Hinterhaus', '3. OG'],
        city: 'Hamburg',
        postalCode: '20457',
        countryCode: 'DE',
      },
      contact: {
        name: 'Frau Jensen',
        phone: '+49 40 123456',
        email: 'buchhaltung@nordlicht.example',
      },
      electronicAddress: { value: 'rechnung@nordlicht.example', scheme: 'EM' },
      legalInformation: 'Geschäftsführer: Ole Jensen',
    },
    buyer: {
      name: 'Kaffeerösterei Brandt KG',
      identifiers: [{ value: 'K-2231' }],
      vatId: 'DE987654321',
      address: { lines: ['Marktplatz 3'], city: 'Bremen', postalCode: '28195', countryCode: 'DE' },
      contact: { name: 'Einkauf' },
      electronicAddress: { value: '04011000-12345-34', scheme: '0204' },
    },
    deliverTo: {
      name: 'Kaffeerösterei Brandt, Lager',
      address: { lines: ['Speicherweg 7'], city: 'Bremen', postalCode: '28197', countryCode: 'DE' },
    },
    payment: {
      meansCode: '58',
      meansText: 'SEPA credit transfer',
      remittanceInformation: 'RE-2024-0042',
      accounts: [
        {
          iban: 'DE89370400440532013000',
          accountName: 'Nordlicht Papier GmbH',
          bic: 'COBADEFFXXX',
        },
      ],
    },
    allowancesCharges: [
      {
        isCharge: false,
        amount: '10.00',
        vatCategory: 'S',
        vatRate: '19',
        reason: 'Treuerabatt',
        reasonCode: '95',
      },
      {
        isCharge: true,
        amount: '4.90',
        vatCategory: 'S',
        vatRate: '19',
        reason: 'Versand',
        reasonCode: 'FC',
      },
    ],
    totals: {
      lineTotal: '230.30',
      allowanceTotal: '10.00',
      chargeTotal: '4.90',
      netTotal: '225.20',
      taxTotal: '37.39',
      grossTotal: '262.59',
      amountDue: '262.59',
    },
    vatBreakdown: [
      { category: 'S', rate: '19', taxableAmount: '180.20', taxAmount: '34.24' },
      { category: 'S', rate: '7', taxableAmount: '45.00', taxAmount: '3.15' },
    ],
    lines: [
      {
        id: '1',
        name: 'Recyclingpapier A4, 500 Blatt',
        description: '80 g/m², weiß',
        quantity: '20',
        unitCode: 'C62',
        unitPrice: '4.95',
        grossPrice: '5.00',
        lineTotal: '94.00',
        vatCategory: 'S',
        vatRate: '19',
        sellerItemId: 'RP-A4-500',
        standardItemId: { value: '4012345001235', scheme: '0160' },
        allowancesCharges: [
          { isCharge: false, amount: '5.00', reason: 'Mengenrabatt', reasonCode: '95' },
        ],
        orderLineReference: '1',
      },
      {
        id: '2',
        name: 'Ringordner, blau',
        quantity: '12',
        unitCode: 'C62',
        unitPrice: '2.40',
        lineTotal: '28.80',
        vatCategory: 'S',
        vatRate: '19',
      },
      {
        id: '3',
        name: 'Kaffeebohnen Hausmischung',
        notes: ['Für die Teeküche'],
        quantity: '3',
        unitCode: 'KGM',
        unitPrice: '15.00',
        lineTotal: '45.00',
        vatCategory: 'S',
        vatRate: '7',
      },
      {
        id: '4',
        name: 'Etiketten 70 × 37 mm',
        quantity: '500',
        unitCode: 'C62',
        unitPrice: '12.50',
        priceBaseQuantity: '100',
        lineTotal: '62.50',
        vatCategory: 'S',
        vatRate: '19',
        period: { start: '2024-03-01', end: '2024-03-14' },
      },
    ],
  };
}

/** A paper invoice as the field model reads it: no unit codes, no electronic addresses. */
export function paperInvoice(): Invoice {
  return {
    documentType: '380',
    invoiceNumber: 'INV 2024/118',
    issueDate: '2024-05-02',
    dueDate: '2024-05-16',
    currency: 'EUR',
    seller: {
      name: 'Müller Elektro e.K.',
      vatId: 'DE111222333',
      address: { lines: ['Lindenallee 4'], city: 'Köln', postalCode: '50667', countryCode: 'DE' },
    },
    buyer: {
      name: 'Brandt KG',
      address: { lines: ['Marktplatz 3'], city: 'Bremen', countryCode: 'DE' },
    },
    totals: {
      lineTotal: '100.00',
      netTotal: '100.00',
      taxTotal: '19.00',
      grossTotal: '119.00',
      amountDue: '119.00',
    },
    vatBreakdown: [{ category: 'S', rate: '19', taxableAmount: '100.00', taxAmount: '19.00' }],
    lines: [
      {
        id: '1',
        name: 'Elektroinstallation',
        quantity: '2',
        unitPrice: '50.00',
        lineTotal: '100.00',
        vatCategory: 'S',
        vatRate: '19',
      },
    ],
  };
}

export function input(invoice: Invoice = richInvoice(), document = sampleDocument()): ExportInput {
  return { document, invoice };
}

const goldenDir = join(import.meta.dirname, '../../fixtures/export');

/** Compares with tests/fixtures/export/<name>; UPDATE_GOLDEN=1 writes the file instead. */
export function expectGolden(name: string, actual: string | Uint8Array): void {
  const path = join(goldenDir, name);
  const bytes = typeof actual === 'string' ? new TextEncoder().encode(actual) : actual;
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(path, bytes);
    return;
  }
  if (!existsSync(path))
    throw new Error(`Golden file ${name} is missing; run with UPDATE_GOLDEN=1.`);
  const expected = new Uint8Array(readFileSync(path));
  // JSON golden files are formatted by prettier, so they are compared as data.
  if (name.endsWith('.json') && typeof actual === 'string')
    expect(JSON.parse(actual)).toEqual(JSON.parse(new TextDecoder().decode(expected)));
  else if (typeof actual === 'string') expect(actual).toBe(new TextDecoder().decode(expected));
  else expect(Buffer.from(bytes).equals(Buffer.from(expected))).toBe(true);
}

export function readGolden(name: string): string {
  return readFileSync(join(goldenDir, name), 'utf8');
}

export function text(bytes: Uint8Array, encoding = 'utf-8'): string {
  return new TextDecoder(encoding).decode(bytes);
}
