// The inbox: every stored document, its first-page thumbnail, the selection, and delete with undo.
import { SvelteSet } from 'svelte/reactivity';
import type { AppDatabase } from '../db/database.ts';
import { listDocuments, markDeleted, purgeDeleted, unmarkDeleted } from '../db/documents.ts';
import { getPage } from '../db/pages.ts';
import type { InvoiceDocument } from '../domain/document.ts';
import type { DocumentId } from '../domain/ids.ts';
import { publish, subscribe } from './app-events.ts';
import { notices } from './notices.svelte.ts';

/** How long a delete can be undone; afterwards (or at the next start) the data is purged. */
export const undoWindowMs = 10_000;

export class InboxState {
  documents = $state<InvoiceDocument[]>([]);
  thumbnails = $state<Record<string, string>>({});
  readonly selected = new SvelteSet<DocumentId>();
  loaded = $state(false);
  highlighted = $state<DocumentId | undefined>();
  selectedCount = $derived(this.selected.size);
  allSelected = $derived(this.documents.length > 0 && this.selected.size === this.documents.length);
  #db: AppDatabase | undefined;

  async start(db: AppDatabase): Promise<void> {
    this.#db = db;
    await purgeDeleted(db, Date.now() - undoWindowMs);
    subscribe((event) => {
      if (event.type === 'documents-changed') void this.refresh();
    });
    await this.refresh();
  }

  async refresh(): Promise<void> {
    const db = this.#db;
    if (!db) return;
    const documents = await listDocuments(db);
    this.documents = documents;
    this.loaded = true;
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local lookup, not state
    const present: ReadonlySet<string> = new Set(documents.map((document) => document.id));
    for (const id of this.selected) if (!present.has(id)) this.selected.delete(id);
    await this.#syncThumbnails(db, documents, present);
  }

  async #syncThumbnails(
    db: AppDatabase,
    documents: InvoiceDocument[],
    present: ReadonlySet<string>,
  ): Promise<void> {
    for (const [id, url] of Object.entries(this.thumbnails)) {
      if (present.has(id)) continue;
      URL.revokeObjectURL(url);
      delete this.thumbnails[id];
    }
    for (const document of documents) {
      if (this.thumbnails[document.id]) continue;
      const thumbnail = (await getPage(db, document.id, 0))?.thumbnail;
      if (!thumbnail) continue;
      this.thumbnails[document.id] = URL.createObjectURL(
        new Blob([thumbnail.bytes], { type: thumbnail.type }),
      );
    }
  }

  /** Points at a document, e.g. the one a duplicate import matched. */
  reveal(id: DocumentId): void {
    this.highlighted = id;
    document
      .getElementById(`document-${id}`)
      ?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    setTimeout(() => {
      if (this.highlighted === id) this.highlighted = undefined;
    }, 4000);
  }

  toggle(id: DocumentId): void {
    if (this.selected.has(id)) this.selected.delete(id);
    else this.selected.add(id);
  }

  toggleAll(): void {
    if (this.allSelected) this.selected.clear();
    else for (const document of this.documents) this.selected.add(document.id);
  }

  /** Hides the documents at once; they are purged when the undo window has passed. */
  async remove(ids: readonly DocumentId[]): Promise<void> {
    const db = this.#db;
    if (!db || ids.length === 0) return;
    await markDeleted(db, ids, Date.now());
    publish({ type: 'documents-changed' });
    const what = ids.length === 1 ? '1 document' : `${ids.length} documents`;
    notices.show('info', `Deleted ${what}.`, {
      timeoutMs: undoWindowMs,
      action: { label: 'Undo', run: () => this.#undoRemove(ids) },
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
