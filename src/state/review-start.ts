// Starts what the review workspace adds to the app: the chosen interface language and the URL
// router. Called once after startApp (see App.svelte).
import type { AppDatabase } from '../db/database.ts';
import { loadLanguage, saveLanguage } from '../db/settings.ts';
import { localeFor, setLocale, type Locale } from '../i18n/locale.svelte.ts';
import { reviewSession } from './review/review-session.svelte.ts';
import { router } from './router.svelte.ts';

let database: AppDatabase | undefined;

export async function startReview(db: AppDatabase): Promise<void> {
  database = db;
  const saved = await loadLanguage(db);
  setLocale(localeFor(saved ?? navigator.language));
  reviewSession.start(db);
  router.start();
}

/** Switches the interface language and remembers the choice on this device. */
export async function chooseLanguage(next: Locale): Promise<void> {
  setLocale(next);
  if (database) await saveLanguage(database, next);
}
