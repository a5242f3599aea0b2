// First-page thumbnails of the inbox rows on screen, read lazily and kept as a bounded set of
// object URLs, so scrolling through 10,000 documents never holds 10,000 images.
import type { AppDatabase } from '../../db/database.ts';
import { getPage } from '../../db/pages.ts';
import type { DocumentId } from '../../domain/ids.ts';

/** Object URLs kept; the oldest are released beyond this. */
const cacheSize = 400;

export class Thumbnails {
  urls = $state<Record<string, string>>({});
  // Bookkeeping, never rendered.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #loading = new Set<DocumentId>();
  /** Documents found without a thumbnail, by row stamp: asked again only once they change. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #misses = new Map<DocumentId, string>();

  request(db: AppDatabase, id: DocumentId, stamp: string | undefined): void {
    if (this.urls[id] || this.#loading.has(id)) return;
    if (stamp !== undefined && this.#misses.get(id) === stamp) return;
    this.#loading.add(id);
    void getPage(db, id, 0)
      .then((page) => {
        if (!page?.thumbnail) {
          if (stamp !== undefined) this.#misses.set(id, stamp);
          return;
        }
        this.urls[id] = URL.createObjectURL(
          new Blob([page.thumbnail.bytes], { type: page.thumbnail.type }),
        );
        this.#trim();
      })
      .finally(() => this.#loading.delete(id));
  }

  /** Releases the thumbnails of documents no longer in the inbox. */
  keepOnly(present: ReadonlySet<string> | ReadonlyMap<string, unknown>): void {
    for (const [id, url] of Object.entries(this.urls)) {
      if (present.has(id)) continue;
      URL.revokeObjectURL(url);
      delete this.urls[id];
    }
  }

  #trim(): void {
    const ids = Object.keys(this.urls);
    for (const id of ids.slice(0, Math.max(0, ids.length - cacheSize))) {
      URL.revokeObjectURL(this.urls[id] ?? '');
      delete this.urls[id];
    }
  }
}
