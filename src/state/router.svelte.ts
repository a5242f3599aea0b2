// Which screen is shown. A document under review is in the URL hash (#/review/<id>) so a reload
// or a bookmark returns to it; the other screens live in the history state only, so a reload
// starts at the inbox. The browser's Back button walks all of them.
import type { DocumentId } from '../domain/ids.ts';

export type View =
  | { readonly name: 'inbox' }
  | { readonly name: 'processing' }
  | { readonly name: 'settings' }
  | { readonly name: 'review'; readonly documentId: DocumentId };

export function parseHash(hash: string): View {
  const [name, id] = hash.replace(/^#\/?/, '').split('/');
  if (name === 'review' && id)
    return { name: 'review', documentId: decodeURIComponent(id) as DocumentId };
  if (name === 'processing' || name === 'settings') return { name };
  return { name: 'inbox' };
}

export function hashOf(view: View): string {
  return view.name === 'review'
    ? `#/review/${encodeURIComponent(view.documentId)}`
    : `#/${view.name}`;
}

export class Router {
  view = $state.raw<View>(
    typeof location === 'undefined' ? { name: 'inbox' } : parseHash(location.hash),
  );
  #started = false;

  start(): void {
    if (this.#started || typeof window === 'undefined') return;
    this.#started = true;
    window.addEventListener('hashchange', () => (this.view = parseHash(location.hash)));
    window.addEventListener('popstate', (event: PopStateEvent) => {
      const state = event.state as { view?: View } | null;
      this.view = state?.view ?? parseHash(location.hash);
    });
  }

  go(view: View): void {
    if (hashOf(view) === hashOf(this.view)) return;
    this.view = view;
    if (typeof history === 'undefined') return;
    const url = view.name === 'review' ? hashOf(view) : `${location.pathname}${location.search}`;
    history.pushState({ view }, '', url);
  }
}

export const router = new Router();
