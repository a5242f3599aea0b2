// Registers the service worker (workers/service-worker.ts) with workbox-window and reports its
// lifecycle in the "prompt" pattern: a new version waits until the user asks for it.
import { Workbox } from 'workbox-window';

export interface ServiceWorkerCallbacks {
  onOfflineReady(): void;
  onNeedRefresh(): void;
  onError?(error: unknown): void;
}

export interface ServiceWorkerUpdater {
  /** Activates the waiting version; the page reloads once it has taken control. */
  update(): Promise<void>;
}

/** The part of Workbox the update flow uses, so it can be driven by a fake in tests. */
export interface UpdateFlowWorkbox {
  addEventListener(
    type: 'installed' | 'waiting' | 'controlling',
    listener: (event: { isUpdate?: boolean; isExternal?: boolean }) => void,
  ): void;
  messageSkipWaiting(): void;
}

// vite-plugin-pwa compiles workers/service-worker.ts to this file at the root of the build.
const serviceWorkerFile = 'service-worker.js';
const updateCheckIntervalMs = 60 * 60 * 1000;

export async function registerServiceWorker(
  callbacks: ServiceWorkerCallbacks,
): Promise<ServiceWorkerUpdater | undefined> {
  // Dev serves modules unbundled and has no service worker (devOptions.enabled is false).
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return undefined;
  const base = import.meta.env.BASE_URL;
  // Classic type: the build is one bundled script without imports, and classic works in every browser.
  const wb = new Workbox(`${base}${serviceWorkerFile}`, { scope: base, type: 'classic' });
  const updater = connectUpdateFlow(wb, callbacks, () => window.location.reload());
  try {
    await wb.register();
    checkForUpdatesPeriodically(wb);
  } catch (error) {
    callbacks.onError?.(error);
    return undefined;
  }
  return updater;
}

export function connectUpdateFlow(
  wb: UpdateFlowWorkbox,
  callbacks: ServiceWorkerCallbacks,
  reload: () => void,
): ServiceWorkerUpdater {
  let updateAnnounced = false;
  wb.addEventListener('installed', (event) => {
    // A first install (not an update, not another tab's newer version) means the precache is complete.
    if (!event.isUpdate && !event.isExternal && !updateAnnounced) callbacks.onOfflineReady();
  });
  wb.addEventListener('waiting', () => {
    updateAnnounced = true;
    callbacks.onNeedRefresh();
  });
  wb.addEventListener('controlling', () => {
    // After an update the old build's lazy chunks are gone from the precache, so this page must reload;
    // the first install's clientsClaim() also fires this, and needs no reload.
    if (updateAnnounced) reload();
  });
  return {
    update: () => {
      wb.messageSkipWaiting();
      return Promise.resolve();
    },
  };
}

function checkForUpdatesPeriodically(wb: Workbox): void {
  setInterval(() => {
    if (document.visibilityState !== 'visible' || !navigator.onLine) return;
    // A failed check (flaky network, server down) is retried at the next interval.
    wb.update().catch(() => undefined);
  }, updateCheckIntervalMs);
}
