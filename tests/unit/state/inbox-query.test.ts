// Search, filters and sorting over 10,000 generated inbox rows (correctness only; no timing).
import { describe, expect, it } from 'vitest';
import type { ExtractionResult, InvoiceDocument } from '../../../src/domain/document.ts';
import type { DocumentId } from '../../../src/domain/ids.ts';
import {
  applyQuery,
  defaultQuery,
  filterRows,
  sellerNames,
  sortRows,
  type InboxQuery,
} from '../../../src/state/inbox/inbox-query.ts';
import { toInboxRow, type InboxRow } from '../../../src/state/inbox/inbox-row.ts';

const sellers = ['Nordlicht Papier GmbH', 'Alpen Kaffee AG', 'Brandt & Söhne KG', 'Zeta BV', ''];
const reviews = ['needs-review', 'approved', 'rejected', 'exported'] as const;

function generated(count: number): InboxRow[] {
  return Array.from({ length: count }, (_, i) => {
    const id = `doc-${i}` as DocumentId;
    const failed = i % 97 === 0;
    const processing = i % 89 === 0;
    const document: InvoiceDocument = {
      id,
      sha256: id,
      name: `scan-${i}.pdf`,
      kind: 'pdf',
      mimeType: 'application/pdf',
      size: 1,
      addedAt: 1_700_000_000_000 + i,
      status: failed ? 'failed' : processing ? 'processing' : 'ready',
      ...(failed || processing ? {} : { review: { status: reviews[i % 4] ?? 'approved', at: i } }),
    };
    const cents = (i * 7919) % 1_000_000;
    const result: ExtractionResult | undefined =
      i % 50 === 1
        ? undefined
        : {
            documentId: id,
            source: 'model',
            invoice: {
              invoiceNumber: `R-${100_000 + i}`,
              issueDate: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
              currency: 'EUR',
              seller: { name: sellers[i % sellers.length] ?? '' },
              totals: {
                grossTotal: `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`,
              },
              vatBreakdown: [],
              lines: [],
            },
            evidence: {},
            findings:
              i % 3 === 0
                ? [{ ruleId: 'BR-CO-15', severity: 'error', message: 'x', fields: [] }]
                : [],
            createdAt: 0,
          };
    return toInboxRow(document, result);
  });
}

const rows = generated(10_000);
const query = (patch: Partial<InboxQuery>): InboxQuery => ({ ...defaultQuery, ...patch });

describe('inbox search', () => {
  it('finds by part of the seller name, case-insensitively', () => {
    const found = filterRows(rows, query({ text: 'kaffee' }));
    expect(found.length).toBe(rows.filter((r) => r.seller === 'Alpen Kaffee AG').length);
    expect(found.length).toBeGreaterThan(1000);
  });

  it('finds by invoice number', () => {
    expect(filterRows(rows, query({ text: 'R-104321' })).map((r) => r.id)).toEqual(['doc-4321']);
  });

  it('finds an amount typed with a point or a comma', () => {
    const target = rows.find((r) => r.id === 'doc-1234');
    const amount = target?.gross ?? '';
    expect(amount).toMatch(/^\d+\.\d{2}$/);
    for (const typed of [amount, amount.replace('.', ',')]) {
      expect(filterRows(rows, query({ text: typed })).map((r) => r.id)).toContain('doc-1234');
    }
    const exact = filterRows(rows, query({ text: amount }));
    expect(exact.every((r) => r.gross.includes(amount) || r.haystack.includes(amount))).toBe(true);
  });

  it('reads grouped amounts: "1.234,56" and "1,234.56" find 1234.56', () => {
    const withAmount = rows.map((r, i) =>
      i === 7 ? { ...r, haystack: `${r.haystack} 1234.56 1234,56`, gross: '1234.56' } : r,
    );
    for (const typed of ['1.234,56', '1,234.56']) {
      expect(filterRows(withAmount, query({ text: typed })).map((r) => r.id)).toContain('doc-7');
    }
  });

  it('needs every word to match', () => {
    const found = filterRows(rows, query({ text: 'nordlicht R-1000' }));
    expect(found.length).toBeGreaterThan(0);
    expect(
      found.every((r) => r.seller.startsWith('Nordlicht') && r.number.startsWith('R-1000')),
    ).toBe(true);
  });
});

describe('inbox filters', () => {
  it('filters by status; queued and processing count as processing', () => {
    const failed = filterRows(rows, query({ statuses: ['failed'] }));
    expect(failed.length).toBe(rows.filter((r) => r.document.status === 'failed').length);
    const two = filterRows(rows, query({ statuses: ['approved', 'processing'] }));
    expect(two.every((r) => r.status === 'approved' || r.status === 'processing')).toBe(true);
    expect(two.length).toBe(
      rows.filter((r) => r.status === 'approved' || r.status === 'processing').length,
    );
  });

  it('filters by issue date range, inclusive, leaving out rows without a date', () => {
    const march = filterRows(rows, query({ from: '2024-03-01', to: '2024-03-31' }));
    expect(march.length).toBeGreaterThan(0);
    expect(march.every((r) => r.issueDate >= '2024-03-01' && r.issueDate <= '2024-03-31')).toBe(
      true,
    );
    expect(march.length).toBe(rows.filter((r) => r.issueDate.startsWith('2024-03')).length);
  });

  it('filters by seller and combines with the other filters', () => {
    const combined = filterRows(
      rows,
      query({ seller: 'brandt', statuses: ['needs-review'], from: '2024-06-01' }),
    );
    expect(combined.length).toBeGreaterThan(0);
    expect(
      combined.every(
        (r) =>
          r.seller.startsWith('Brandt') &&
          r.status === 'needs-review' &&
          r.issueDate >= '2024-06-01',
      ),
    ).toBe(true);
  });

  it('lists the distinct sellers for suggestions', () => {
    expect(sellerNames(rows)).toEqual([
      'Alpen Kaffee AG',
      'Brandt & Söhne KG',
      'Nordlicht Papier GmbH',
      'Zeta BV',
    ]);
  });
});

describe('inbox sorting', () => {
  it('sorts by gross amount numerically both ways, empty amounts last', () => {
    const ascending = sortRows(rows, 'gross', 'asc');
    const values = ascending.filter((r) => r.gross !== '').map((r) => Number(r.gross));
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(ascending.at(-1)?.gross).toBe('');
    const descending = sortRows(rows, 'gross', 'desc');
    expect(Number(descending[0]?.gross)).toBe(Math.max(...values));
    expect(descending.at(-1)?.gross).toBe('');
  });

  it('sorts by seller alphabetically and by date', () => {
    const bySeller = sortRows(rows, 'seller', 'asc').filter((r) => r.seller);
    expect(bySeller[0]?.seller).toBe('Alpen Kaffee AG');
    expect(bySeller.at(-1)?.seller).toBe('Zeta BV');
    const byDate = sortRows(rows, 'issueDate', 'desc').filter((r) => r.issueDate);
    expect(byDate[0]?.issueDate).toBe('2024-12-28');
  });

  it('defaults to newest first and keeps every row', () => {
    const all = applyQuery(rows, defaultQuery);
    expect(all).toHaveLength(10_000);
    expect(all[0]?.id).toBe('doc-9999');
  });

  it('sorts by open findings and by status (failed first when ascending)', () => {
    expect(sortRows(rows, 'findings', 'desc')[0]?.openFindings).toBe(1);
    expect(sortRows(rows, 'status', 'asc')[0]?.status).toBe('failed');
  });
});
