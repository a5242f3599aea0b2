// One BroadcastChannel tells every open tab that documents or jobs changed, so each refreshes.
import type { DocumentId } from '../domain/ids.ts';

export type AppEvent =
  | { readonly type: 'documents-changed' }
  | { readonly type: 'jobs-changed' }
  /** A result was edited in review: the inbox re-reads these documents' summaries. */
  | { readonly type: 'results-changed'; readonly documentIds: readonly DocumentId[] };

const channelName = 'invoice-capture';
const channel =
  typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(channelName);
const localListeners = new Set<(event: AppEvent) => void>();

export function publish(event: AppEvent): void {
  channel?.postMessage(event);
  for (const listener of localListeners) listener(event);
}

/** Calls `listener` for events from this tab and from other tabs; returns the unsubscribe. */
export function subscribe(listener: (event: AppEvent) => void): () => void {
  const onMessage = (message: MessageEvent<AppEvent>) => listener(message.data);
  localListeners.add(listener);
  channel?.addEventListener('message', onMessage);
  return () => {
    localListeners.delete(listener);
    channel?.removeEventListener('message', onMessage);
  };
}
