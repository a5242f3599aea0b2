// Whether the app is installed for offline use, whether a new version waits, and whether the
// device is online; the UI renders the "Available offline" notice and the "Reload" prompt from it.
import {
  registerServiceWorker,
  type ServiceWorkerUpdater,
} from '../clients/service-worker-client.ts';

export class AppUpdateState {
  #offlineReady = $state(false);
  #needRefresh = $state(false);
  #online = $state(typeof navigator === 'undefined' ? true : navigator.onLine);
  #updater: ServiceWorkerUpdater | undefined;
  #started = false;

  get offlineReady(): boolean {
    return this.#offlineReady;
  }

  get needRefresh(): boolean {
    return this.#needRefresh;
  }

  get online(): boolean {
    return this.#online;
  }

  start(): void {
    if (this.#started) return;
    this.#started = true;
    this.#online = navigator.onLine;
    window.addEventListener('online', () => (this.#online = true));
    window.addEventListener('offline', () => (this.#online = false));
    registerServiceWorker({
      onOfflineReady: () => (this.#offlineReady = true),
      onNeedRefresh: () => (this.#needRefresh = true),
      onError: (error) => console.warn('Service worker registration failed', error),
    })
      .then((updater) => (this.#updater = updater))
      .catch((error: unknown) => console.warn('Service worker registration failed', error));
  }

  /** Switches to the waiting version; the page reloads when it takes over. */
  reload(): void {
    this.#needRefresh = false;
    if (!this.#updater) return window.location.reload();
    this.#updater.update().catch(() => window.location.reload());
  }

  dismissOfflineReady(): void {
    this.#offlineReady = false;
  }

  /** "Later": the new version still activates once every tab of the app is closed. */
  dismissNeedRefresh(): void {
    this.#needRefresh = false;
  }
}

export const appUpdate = new AppUpdateState();
