// The inbox: an in-memory index of every document joined with its result summary, so search,
// filters and sorting answer per keystroke without IndexedDB; plus selection, bulk approve and
// delete with undo. Rows are rebuilt only for documents whose status changed or whose result was
// edited; thumbnails load lazily for the rows on screen.
import { SvelteSet } from 'svelte/reactivity';
import type { AppDatabase } from '../db/database.ts';
import { listDocuments, markDeleted, purgeDeleted, unmarkDeleted } from '../db/documents.ts';
import { getResults, listResults, markNeedsReview, setReviewStatus } from '../db/review.ts';
import type { ExtractionResult, InvoiceDocument } from '../domain/document.ts';
import type { DocumentId } from '../domain/ids.ts';
import { t } from '../i18n/locale.svelte.ts';
import { publish, subscribe } from './app-events.ts';
import { applyQuery, defaultQuery, sellerNames, type InboxQuery } from './inbox/inbox-query.ts';
import { rowStamp, toInboxRow, type InboxRow } from './inbox/inbox-row.ts';
import { Thumbnails } from './inbox/thumbnails.svelte.ts';
import { notices } from './notices.svelte.ts';

/** How long a delete can be undone; afterwards (or at the next start) the data is purged. */
export const undoWindowMs = 10_000;

export class InboxState {
  rows = $state.raw<readonly InboxRow[]>([]);
  query = $state.raw<InboxQuery>(defaultQuery);
  visible = $derived(applyQuery(this.rows, this.query));
  sellers = $derived(sellerNames(this.rows));
  #thumbnails = new Thumbnails();
  readonly selected = new SvelteSet<DocumentId>();
  loaded = $state(false);
  highlighted = $state<DocumentId | undefined>();
  /** Set to ask the list to scroll a row into view. */
  revealRequest = $state.raw<{ readonly id: DocumentId } | undefined>();
  selectedCount = $derived(this.selected.size);
  // Size first: asking a SvelteSet about 10,000 absent ids would track each of them.
  allSelected = $derived(
    this.visible.length > 0 &&
      this.selected.size >= this.visible.length &&
      this.visible.every((row) => this.selected.has(row.id)),
  );
  #db: AppDatabase | undefined;
  // Bookkeeping, never rendered.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #stamps = new Map<DocumentId, string>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #rowsById = new Map<DocumentId, InboxRow>();
  #refreshing: Promise<void> | undefined;
  #unsubscribe: (() => void) | undefined;
  #refreshAgain = false;

  /** Object URLs of the first-page thumbnails loaded so far, by document id. */
  get thumbnails(): Record<string, string> {
    return this.#thumbnails.urls;
  }

  get documents(): InvoiceDocument[] {
    return this.rows.map((row) => row.document);
  }

  row(id: DocumentId): InboxRow | undefined {
    return this.#rowsById.get(id);
  }

  async start(db: AppDatabase): Promise<void> {
    this.#db = db;
    await purgeDeleted(db, Date.now() - undoWindowMs);
    this.#unsubscribe?.();
    this.#unsubscribe = subscribe((event) => {
      if (event.type === 'documents-changed') void this.refresh();
      if (event.type === 'results-changed') {
        for (const id of event.documentIds) this.#stamps.delete(id);
        void this.refresh();
      }
    });
    await this.refresh();
  }

  /** Stops listening for changes (tests; the app's inbox lives as long as the page). */
  stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#db = undefined;
  }

  /** Re-reads the document list; coalesces calls that arrive while one is running. */
  refresh(): Promise<void> {
    if (this.#refreshing) {
      this.#refreshAgain = true;
      return this.#refreshing;
    }
    this.#refreshing = (async () => {
      try {
        do {
          this.#refreshAgain = false;
          await this.#load();
        } while (this.#refreshAgain);
      } finally {
        this.#refreshing = undefined;
      }
    })();
    return this.#refreshing;
  }

  async #load(): Promise<void> {
    const db = this.#db;
    if (!db) return;
    const documents = await listDocuments(db);
    const stale = documents.filter(
      (document) => this.#stamps.get(document.id) !== rowStamp(document),
    );
    const results = await this.#resultsFor(db, stale);
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local lookup
    const rowsById = new Map<DocumentId, InboxRow>();
    for (const document of documents) {
      const kept = this.#rowsById.get(document.id);
      const fresh =
        kept && this.#stamps.get(document.id) === rowStamp(document)
          ? kept
          : toInboxRow(document, results.get(document.id));
      rowsById.set(document.id, fresh);
      this.#stamps.set(document.id, rowStamp(document));
    }
    for (const id of this.#stamps.keys()) if (!rowsById.has(id)) this.#stamps.delete(id);
    this.#rowsById = rowsById;
    this.rows = [...rowsById.values()];
    this.loaded = true;
    for (const id of this.selected) if (!rowsById.has(id)) this.selected.delete(id);
    this.#thumbnails.keepOnly(rowsById);
    await this.#backfillReview(db, documents, results);
  }

  async #resultsFor(
    db: AppDatabase,
    stale: readonly InvoiceDocument[],
  ): Promise<Map<DocumentId, ExtractionResult>> {
    // One bulk read when most rows are new (first load), otherwise only the changed ones.
    const list =
      stale.length > 200
        ? await listResults(db)
        : await getResults(
            db,
            stale.map((document) => document.id),
          );
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local lookup
    return new Map(list.map((result) => [result.documentId, result]));
  }

  /** Documents processed before review existed get their 'needs-review' stored now. */
  async #backfillReview(
    db: AppDatabase,
    documents: readonly InvoiceDocument[],
    results: ReadonlyMap<DocumentId, ExtractionResult>,
  ): Promise<void> {
    const ids = documents
      .filter(
        (document) => document.status === 'ready' && !document.review && results.has(document.id),
      )
      .map((document) => document.id);
    if (ids.length > 0) await markNeedsReview(db, ids, Date.now());
  }

  setQuery(patch: Partial<InboxQuery>): void {
    this.query = { ...this.query, ...patch };
  }

  /** Sorts by `key`; the same key again flips the direction. */
  sortBy(key: InboxQuery['sort']): void {
    const direction =
      this.query.sort === key ? (this.query.direction === 'asc' ? 'desc' : 'asc') : 'asc';
    this.setQuery({ sort: key, direction });
  }

  /** Loads the first-page thumbnail of a row on screen, once. */
  requestThumbnail(id: DocumentId): void {
    if (this.#db) this.#thumbnails.request(this.#db, id, this.#stamps.get(id));
  }

  /** Points at a document, e.g. the one a duplicate import matched. */
  reveal(id: DocumentId): void {
    if (!this.visible.some((row) => row.id === id)) this.query = defaultQuery;
    this.highlighted = id;
    this.revealRequest = { id };
    setTimeout(() => {
      if (this.highlighted === id) this.highlighted = undefined;
    }, 4000);
  }

  /** The visible row `step` places after (or before) `id`, for next/previous document. */
  neighbour(id: DocumentId, step: 1 | -1): InboxRow | undefined {
    const index = this.visible.findIndex((row) => row.id === id);
    return index < 0 ? this.visible[0] : this.visible[index + step];
  }

  /** The next visible row after `id` still waiting for review. */
  nextToReview(id: DocumentId): InboxRow | undefined {
    const index = this.visible.findIndex((row) => row.id === id);
    const after = [...this.visible.slice(index + 1), ...this.visible.slice(0, Math.max(0, index))];
    return after.find((row) => row.status === 'needs-review' && row.id !== id);
  }

  toggle(id: DocumentId): void {
    if (this.selected.has(id)) this.selected.delete(id);
    else this.selected.add(id);
  }

  toggleAll(): void {
    if (this.allSelected) this.selected.clear();
    else for (const row of this.visible) this.selected.add(row.id);
  }

  /** Documents among `ids` that can be approved now (processed, not yet exported). */
  approvable(ids: readonly DocumentId[]): DocumentId[] {
    return ids.filter((id) => {
      const status = this.#rowsById.get(id)?.status;
      return status === 'needs-review' || status === 'rejected';
    });
  }

  /** How many of `ids` still have open errors, so bulk approval can ask first. */
  withOpenErrors(ids: readonly DocumentId[]): number {
    return ids.filter((id) => (this.#rowsById.get(id)?.openErrors ?? 0) > 0).length;
  }

  async approve(ids: readonly DocumentId[]): Promise<void> {
    const db = this.#db;
    const approvable = this.approvable(ids);
    if (!db || approvable.length === 0) return;
    await setReviewStatus(db, approvable, 'approved', Date.now());
    publish({ type: 'documents-changed' });
    notices.show('success', t('inbox.approved', { count: approvable.length }));
  }

  /** Hides the documents at once; they are purged when the undo window has passed. */
  async remove(ids: readonly DocumentId[]): Promise<void> {
    const db = this.#db;
    if (!db || ids.length === 0) return;
    await markDeleted(db, ids, Date.now());
    publish({ type: 'documents-changed' });
    notices.show('info', t('inbox.deleted', { count: ids.length }), {
      timeoutMs: undoWindowMs,
      action: { label: t('action.undo'), run: () => this.#undoRemove(ids) },
    });
    setTimeout(() => void this.#purge(), undoWindowMs + 500);
  }

  async #undoRemove(ids: readonly DocumentId[]): Promise<void> {
    const db = this.#db;
    if (!db) return;
    await unmarkDeleted(db, ids);
    publish({ type: 'documents-changed' });
  }

  async #purge(): Promise<void> {
    if (this.#db) await purgeDeleted(this.#db, Date.now() - undoWindowMs);
  }
}

export const inbox = new InboxState();
