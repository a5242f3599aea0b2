// Helpers for the review tests: many inbox records written straight into IndexedDB (documents and
// results, no originals), so inbox tests do not have to import a thousand files.
import type { Page } from '@playwright/test';

export interface SeededRecord {
  readonly id: string;
  readonly seller: string;
  readonly number: string;
  readonly issueDate: string;
  readonly gross: string;
  readonly currency: string;
  readonly review: 'needs-review' | 'approved' | 'rejected' | 'exported';
}

const sellers = [
  'Nordlicht Papier GmbH',
  'Alpen Kaffee AG',
  'Brandt & Söhne KG',
  'Hafen Logistik GmbH',
  'Müller Bürobedarf',
  'Rhein Energie AG',
  'Atelier Dupont SARL',
  'Van Dijk Transport BV',
];
const reviews = ['needs-review', 'approved', 'rejected', 'exported'] as const;
const currencies = ['EUR', 'EUR', 'EUR', 'CHF', 'USD'];

/** Deterministic records: the tests compute expected counts from the same list. */
export function seedRecords(count: number): SeededRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const cents = (i * 7919) % 500_000;
    const month = (i % 24) + 1;
    return {
      id: `seed-${String(i).padStart(5, '0')}`,
      seller: sellers[i % sellers.length] ?? '',
      number: `R-${String(100_000 + i)}`,
      issueDate: `${2023 + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      gross: `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`,
      currency: currencies[i % currencies.length] ?? 'EUR',
      review: reviews[i % reviews.length] ?? 'needs-review',
    };
  });
}

/** Writes the records into the app's database (the app must have opened it once), then reloads. */
export async function seedInbox(page: Page, records: readonly SeededRecord[]): Promise<void> {
  await page.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('invoice-capture');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    const tx = db.transaction(['documents', 'results'], 'readwrite');
    const base = Date.UTC(2024, 0, 1);
    rows.forEach((row, i) => {
      tx.objectStore('documents').put({
        id: row.id,
        sha256: row.id.padEnd(64, '0'),
        name: `${row.number}.pdf`,
        kind: 'pdf',
        mimeType: 'application/pdf',
        size: 1000 + i,
        addedAt: base + i * 60_000,
        status: 'ready',
        pageCount: 1,
        review: { status: row.review, at: base + i * 60_000 },
      });
      tx.objectStore('results').put({
        documentId: row.id,
        source: 'model',
        invoice: {
          invoiceNumber: row.number,
          issueDate: row.issueDate,
          currency: row.currency,
          seller: { name: row.seller },
          totals: { grossTotal: row.gross },
          vatBreakdown: [],
          lines: [],
        },
        evidence: {},
        findings: [],
        createdAt: base,
      });
    });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(new Error(String(tx.error)));
    });
    db.close();
  }, records);
  await page.reload();
}
