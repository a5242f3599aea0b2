// User settings, stored as one record; missing or mistyped values fall back to the defaults.
import { sanitizeExportSettings } from '../domain/export-settings.ts';
import { defaultSettings, type Settings } from '../domain/settings.ts';
import { withQuotaHandling, type AppDatabase } from './database.ts';

export const settingsKey = 'app';

/** The saved settings deep-merged over the defaults, so settings added later get their default. */
export async function loadSettings(db: AppDatabase): Promise<Settings> {
  const merged = mergeOverDefaults(defaultSettings, await db.get('settings', settingsKey));
  // The merge checks types only; the export section also has choices and lists to check.
  return { ...merged, export: sanitizeExportSettings(merged.export) };
}

export async function saveSettings(db: AppDatabase, settings: Settings): Promise<void> {
  await withQuotaHandling(() => db.put('settings', settings, settingsKey));
}

export async function hasSavedSettings(db: AppDatabase): Promise<boolean> {
  return (await db.count('settings', settingsKey)) > 0;
}

/** `stored` over `defaults`, key by key; a stored value is used only if it has the default's type. */
export function mergeOverDefaults<T>(defaults: T, stored: unknown): T {
  if (isPlainObject(defaults)) {
    if (!isPlainObject(stored)) return defaults;
    const merged: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(defaults)) {
      merged[key] = mergeOverDefaults(value, stored[key]);
    }
    return merged as T;
  }
  return isSameKind(stored, defaults) ? (stored as T) : defaults;
}

function isSameKind(stored: unknown, defaults: unknown): boolean {
  if (typeof stored === 'number') return typeof defaults === 'number' && Number.isFinite(stored);
  return typeof stored === typeof defaults && !isPlainObject(stored);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const languageKey = 'language';

/** The interface language the user chose, or undefined to follow the browser. */
export async function loadLanguage(db: AppDatabase): Promise<string | undefined> {
  const value = await db.get('settings', languageKey);
  return typeof value === 'string' ? value : undefined;
}

export async function saveLanguage(db: AppDatabase, language: string): Promise<void> {
  await withQuotaHandling(() => db.put('settings', language, languageKey));
}
