// The interface language: a rune so every t() call re-renders when the user switches it. Chosen
// from the browser's language until the user picks one in Settings.
import { de } from './de.ts';
import { en, type Message, type MessageKey } from './en.ts';

export type Locale = 'en' | 'de';

export const locales: readonly Locale[] = ['en', 'de'];

const catalogs: Readonly<Record<Locale, Readonly<Record<MessageKey, Message>>>> = { en, de };

export type MessageParams = Readonly<Record<string, string | number>>;

/** The supported locale closest to a BCP 47 tag: "de-AT" → "de", anything else → "en". */
export function localeFor(tag: string | undefined): Locale {
  return tag?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

function browserLanguage(): string | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.language;
}

export class LocaleState {
  current = $state<Locale>(localeFor(browserLanguage()));
  /** The tag Intl formats with: the browser's own regional variant when it matches the choice. */
  intl = $derived.by(() => {
    const browser = browserLanguage();
    return browser && localeFor(browser) === this.current ? browser : this.current;
  });
  #plural = $derived(new Intl.PluralRules(this.current));

  pluralCategory(count: number): Intl.LDMLPluralRule {
    return this.#plural.select(count);
  }
}

export const locale = new LocaleState();

/** The message `key` in the current language, with `{name}` placeholders filled from `params`. */
export function t(key: MessageKey, params: MessageParams = {}): string {
  const message = catalogs[locale.current][key];
  const text =
    typeof message === 'string'
      ? message
      : locale.pluralCategory(Number(params['count'] ?? 0)) === 'one'
        ? message.one
        : message.other;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Switches the language and tells the page (screen readers, hyphenation) which one it is. */
export function setLocale(next: Locale): void {
  locale.current = next;
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}
