import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeAppDatabase, type AppDatabase } from '../../../src/db/database.ts';
import { getDocument, storeNewDocument, updateDocument } from '../../../src/db/documents.ts';
import { putResult } from '../../../src/db/results.ts';
import type { DocumentId } from '../../../src/domain/ids.ts';
import { publish } from '../../../src/state/app-events.ts';
import { InboxState } from '../../../src/state/inbox.svelte.ts';
import { freshDatabase, newCapture, result } from '../db/factories.ts';

let db: AppDatabase;
let inbox: InboxState;
const ids: DocumentId[] = [];

beforeEach(async () => {
  db = await freshDatabase();
  ids.length = 0;
  for (let i = 0; i < 30; i++) {
    const capture = await newCapture(`document ${i}`, 1_700_000_000_000 + i);
    await storeNewDocument(db, capture);
    const id = capture.document.id;
    ids.push(id);
    if (i < 25) {
      await updateDocument(db, id, { status: 'ready' });
      await putResult(db, {
        ...result(id),
        invoice: {
          ...result(id).invoice,
          invoiceNumber: `N-${i}`,
          seller: { name: `Seller ${i % 3}` },
        },
      });
    }
  }
  inbox = new InboxState();
  await inbox.start(db);
});

afterEach(async () => {
  inbox.stop();
  await closeAppDatabase();
});

describe('InboxState', () => {
  it('joins documents with their result summaries, newest first', () => {
    expect(inbox.rows).toHaveLength(30);
    expect(inbox.visible[0]?.id).toBe(ids[29]);
    const row = inbox.row(ids[3] as DocumentId);
    expect(row).toMatchObject({
      number: 'N-3',
      seller: 'Seller 0',
      gross: '119.00',
      openFindings: 1,
    });
    expect(inbox.row(ids[27] as DocumentId)?.status).toBe('queued');
  });

  it('stores needs-review for processed documents that have a result and no decision', async () => {
    expect((await getDocument(db, ids[0] as DocumentId))?.review?.status).toBe('needs-review');
    expect((await getDocument(db, ids[27] as DocumentId))?.review).toBeUndefined();
    expect(inbox.row(ids[0] as DocumentId)?.status).toBe('needs-review');
  });

  it('shows a failed document as failed until the user decided about it', async () => {
    const id = ids[26] as DocumentId;
    await updateDocument(db, id, { status: 'failed', review: { status: 'needs-review', at: 1 } });
    await inbox.refresh();
    expect(inbox.row(id)?.status).toBe('failed');
    await updateDocument(db, id, { review: { status: 'approved', at: 2 } });
    await inbox.refresh();
    expect(inbox.row(id)?.status).toBe('approved');
  });

  it('searches and filters in memory', () => {
    inbox.setQuery({ text: 'n-1' });
    expect(inbox.visible.map((r) => r.number).sort()).toEqual(
      [
        'N-1',
        'N-10',
        'N-11',
        'N-12',
        'N-13',
        'N-14',
        'N-15',
        'N-16',
        'N-17',
        'N-18',
        'N-19',
      ].sort(),
    );
    inbox.setQuery({ text: '', seller: 'seller 2' });
    expect(inbox.visible.every((r) => r.seller === 'Seller 2')).toBe(true);
    inbox.setQuery({ seller: '', statuses: ['processing'] });
    expect(inbox.visible).toHaveLength(5);
  });

  it('sorts by a column; the same column again flips the direction', () => {
    inbox.sortBy('number');
    expect(inbox.visible[0]?.number).toBe('N-0');
    inbox.sortBy('number');
    expect(inbox.visible[0]?.number).toBe('N-24');
  });

  it('approves in bulk only what is processed, and reports it', async () => {
    await inbox.approve([ids[0] as DocumentId, ids[1] as DocumentId, ids[28] as DocumentId]);
    await inbox.refresh();
    expect(inbox.row(ids[0] as DocumentId)?.status).toBe('approved');
    expect(inbox.row(ids[1] as DocumentId)?.status).toBe('approved');
    expect(inbox.row(ids[28] as DocumentId)?.status).toBe('queued');
    expect(inbox.withOpenErrors([ids[2] as DocumentId])).toBe(0);
  });

  it('selects all visible rows and clears them again', () => {
    inbox.setQuery({ statuses: ['processing'] });
    inbox.toggleAll();
    expect(inbox.selectedCount).toBe(5);
    expect(inbox.allSelected).toBe(true);
    inbox.toggleAll();
    expect(inbox.selectedCount).toBe(0);
  });

  it('re-reads a summary when a result was edited elsewhere', async () => {
    const id = ids[4] as DocumentId;
    await putResult(db, {
      ...result(id),
      invoice: { ...result(id).invoice, invoiceNumber: 'EDITED' },
    });
    publish({ type: 'results-changed', documentIds: [id] });
    await inbox.refresh();
    expect(inbox.row(id)?.number).toBe('EDITED');
  });

  it('finds neighbours and the next document to review in the visible order', () => {
    const first = inbox.visible[0]?.id as DocumentId;
    expect(inbox.neighbour(first, 1)?.id).toBe(inbox.visible[1]?.id);
    expect(inbox.neighbour(first, -1)).toBeUndefined();
    const next = inbox.nextToReview(first);
    expect(next?.status).toBe('needs-review');
  });
});
