// User settings (limits, concurrency) and what the browser says about storage.
import type { AppDatabase } from '../db/database.ts';
import { loadSettings, saveSettings } from '../db/settings.ts';
import { defaultSettings, type Settings } from '../domain/settings.ts';

export interface StorageInfo {
  readonly usedBytes: number;
  readonly quotaBytes: number;
  readonly persisted: boolean;
}

export class SettingsState {
  current = $state<Settings>(defaultSettings);
  storage = $state<StorageInfo | undefined>();
  #db: AppDatabase | undefined;

  async start(db: AppDatabase): Promise<void> {
    this.#db = db;
    this.current = await loadSettings(db);
    await this.refreshStorage();
  }

  async update(settings: Settings): Promise<void> {
    this.current = settings;
    if (this.#db) await saveSettings(this.#db, $state.snapshot(settings));
  }

  /** Asks the browser not to evict our data under storage pressure (granted heuristically). */
  async requestPersistence(): Promise<boolean> {
    const persisted = (await navigator.storage?.persist?.()) ?? false;
    await this.refreshStorage();
    return persisted;
  }

  async refreshStorage(): Promise<void> {
    if (!navigator.storage?.estimate) return;
    const [estimate, persisted] = await Promise.all([
      navigator.storage.estimate(),
      navigator.storage.persisted?.() ?? Promise.resolve(false),
    ]);
    this.storage = {
      usedBytes: estimate.usage ?? 0,
      quotaBytes: estimate.quota ?? 0,
      persisted,
    };
  }
}

export const settings = new SettingsState();
