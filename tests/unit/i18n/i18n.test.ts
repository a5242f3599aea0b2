import { afterEach, describe, expect, it } from 'vitest';
import { de } from '../../../src/i18n/de.ts';
import { en, isMessageKey } from '../../../src/i18n/en.ts';
import {
  amountForInput,
  amountSearchForms,
  formatAmount,
  formatDate,
  parseAmount,
} from '../../../src/i18n/format.ts';
import { locale, localeFor, setLocale, t } from '../../../src/i18n/locale.svelte.ts';

afterEach(() => setLocale('en'));

describe('t()', () => {
  it('fills placeholders and picks the plural form', () => {
    expect(t('inbox.deleteOne', { name: 'a.pdf' })).toBe('Delete a.pdf');
    expect(t('inbox.deleted', { count: 1 })).toBe('Deleted 1 document.');
    expect(t('inbox.deleted', { count: 0 })).toBe('Deleted 0 documents.');
    expect(t('backup.restored', { count: 3, name: 'b.zip' })).toBe(
      'Restored 3 documents from “b.zip”.',
    );
  });

  it('follows the current language', () => {
    setLocale('de');
    expect(locale.current).toBe('de');
    expect(t('nav.settings')).toBe('Einstellungen');
    expect(t('inbox.deleted', { count: 2 })).toBe('2 Dokumente gelöscht.');
  });

  it('maps browser languages to the supported ones', () => {
    expect(localeFor('de-AT')).toBe('de');
    expect(localeFor('en-GB')).toBe('en');
    expect(localeFor('fr-FR')).toBe('en');
    expect(localeFor(undefined)).toBe('en');
  });

  it('German has every key and the same placeholders as English', () => {
    const placeholders = (message: unknown) =>
      JSON.stringify(message)
        .match(/\{\w+\}/g)
        ?.filter((p, i, all) => all.indexOf(p) === i)
        .sort() ?? [];
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      if (!isMessageKey(key)) continue;
      expect(placeholders(de[key]), key).toEqual(placeholders(en[key]));
    }
  });
});

describe('amounts', () => {
  it.each([
    ['123.45', 'en-US', '123.45'],
    ['123,45', 'en-US', '123.45'],
    ['123,45', 'de-DE', '123.45'],
    ['1.234,56', 'de-DE', '1234.56'],
    ['1,234.56', 'de-DE', '1234.56'],
    ['1.234', 'de-DE', '1234'],
    ['1,234', 'en-US', '1234'],
    ['1.5', 'de-DE', '1.5'],
    ['EUR 1 234,50', 'de-DE', '1234.50'],
    ['€ -12,00', 'de-DE', '-12.00'],
    ['1.234.567,8', 'de-DE', '1234567.8'],
    ['007', 'en', '7'],
  ])('reads %s typed in %s as %s', (typed, tag, expected) => {
    expect(parseAmount(typed, tag)).toBe(expected);
  });

  it('refuses text that is not an amount', () => {
    expect(parseAmount('total', 'en')).toBeUndefined();
    expect(parseAmount('', 'en')).toBeUndefined();
  });

  it('shows amounts the local way, with at least two decimals', () => {
    expect(formatAmount('1234.5', 'de-DE')).toBe('1.234,50');
    expect(formatAmount('1234.5', 'en-US')).toBe('1,234.50');
    expect(formatAmount('0.125', 'en-US')).toBe('0.125');
    expect(formatAmount('12', 'de-DE', 'EUR')).toMatch(/12,00\s€/);
    expect(formatAmount('n/a', 'en-US')).toBe('n/a');
    expect(amountForInput('1234.5', 'de-DE')).toBe('1234,5');
    expect(amountSearchForms('1234.5')).toBe('1234.50 1234,50');
  });

  it('shows ISO dates the local way', () => {
    expect(formatDate('2024-03-15', 'de-DE')).toBe('15.03.2024');
    expect(formatDate('2024-03-15', 'en-US')).toBe('Mar 15, 2024');
    expect(formatDate('15/03/2024', 'en-US')).toBe('15/03/2024');
  });
});
