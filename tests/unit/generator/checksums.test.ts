// Generated IBANs and VAT ids must pass the official check-digit rules, checked by code written
// independently of the generator.
import { describe, expect, it } from 'vitest';
import { IBAN_LENGTHS, makeIban } from '../../../models/generator/content/bank.ts';
import { ibanValid } from '../../../models/generator/content/checksums.ts';
import { makeVatId } from '../../../models/generator/content/tax-ids.ts';
import { Rng } from '../../../models/generator/rng.ts';
import type { Country } from '../../../models/generator/types.ts';

const COUNTRIES: Country[] = [
  'DE',
  'AT',
  'CH',
  'FR',
  'BE',
  'NL',
  'LU',
  'IT',
  'ES',
  'GB',
  'IE',
  'US',
  'IN',
  'MY',
  'PL',
  'SE',
  'DK',
];

function ibanMod97(iban: string): bigint {
  const moved = iban.slice(4) + iban.slice(0, 4);
  const digits = [...moved]
    .map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c))
    .join('');
  return BigInt(digits) % 97n;
}

const d = (s: string): number[] => [...s].map(Number);
const sumW = (s: string, w: number[]): number => d(s).reduce((a, x, i) => a + x * (w[i] ?? 0), 0);
const luhn = (s: string): boolean =>
  d(s)
    .reverse()
    .reduce((a, x, i) => a + (i % 2 ? (x * 2 > 9 ? x * 2 - 9 : x * 2) : x), 0) %
    10 ===
  0;

/** Independent validators per country (compact form, letters and digits only). */
const VALID: Partial<Record<Country, (id: string) => boolean>> = {
  DE: (id) => {
    let p = 10;
    for (const x of d(id.slice(2, 10))) {
      const s = (x + p) % 10 || 10;
      p = (2 * s) % 11;
    }
    return (11 - p) % 10 === Number(id[10]);
  },
  AT: (id) => {
    const x = d(id.slice(3));
    const q = (n: number): number => Math.floor(n / 10) + (n % 10);
    const s = x[0]! + q(x[1]! * 2) + x[2]! + q(x[3]! * 2) + x[4]! + q(x[5]! * 2) + x[6]!;
    return (10 - ((s + 4) % 10)) % 10 === x[7];
  },
  BE: (id) => 97 - (Number(id.slice(2, 10)) % 97) === Number(id.slice(10)),
  NL: (id) =>
    /^NL\d{9}B\d{2}$/.test(id) &&
    (sumW(id.slice(2, 10), [9, 8, 7, 6, 5, 4, 3, 2]) - Number(id[10])) % 11 === 0,
  FR: (id) =>
    luhn(id.slice(4)) && (12 + 3 * (Number(id.slice(4)) % 97)) % 97 === Number(id.slice(2, 4)),
  IT: (id) => /^IT\d{11}$/.test(id) && luhn(id.slice(2)),
  ES: (id) => {
    const body = id.slice(3, 10);
    const s = d(body).reduce(
      (a, x, i) => a + (i % 2 === 0 ? Math.floor((2 * x) / 10) + ((2 * x) % 10) : x),
      0,
    );
    return (10 - (s % 10)) % 10 === Number(id[10]);
  },
  LU: (id) => Number(id.slice(2, 8)) % 89 === Number(id.slice(8)),
  DK: (id) => sumW(id.slice(2), [2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0,
  SE: (id) => /^SE\d{10}01$/.test(id) && luhn(id.slice(2, 12)),
  PL: (id) => sumW(id.slice(2, 11), [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11 === Number(id[11]),
  GB: (id) => (sumW(id.slice(2, 9), [8, 7, 6, 5, 4, 3, 2]) + Number(id.slice(9))) % 97 === 0,
  IE: (id) => {
    const extra = id[10] === 'H' ? 72 : 0;
    return (
      'WABCDEFGHIJKLMNOPQRSTUV'[(sumW(id.slice(2, 9), [8, 7, 6, 5, 4, 3, 2]) + extra) % 23] ===
      id[9]
    );
  },
  CH: (id) => {
    const c = 11 - (sumW(id.slice(3, 11), [5, 4, 3, 2, 7, 6, 5, 4]) % 11);
    return (c === 11 ? 0 : c) === Number(id[11]);
  },
  IN: (id) => {
    const chars = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const s = [...id.slice(0, 14)].reduce((a, ch, i) => {
      const p = chars.indexOf(ch) * (i % 2 ? 2 : 1);
      return a + Math.floor(p / 36) + (p % 36);
    }, 0);
    return chars[(36 - (s % 36)) % 36] === id[14];
  },
};

describe('IBAN', () => {
  it('accepts well-known valid IBANs and rejects a changed digit', () => {
    for (const iban of [
      'DE89370400440532013000',
      'GB82WEST12345698765432',
      'FR1420041010050500013M02606',
      'NL91ABNA0417164300',
      'BE68539007547034',
    ]) {
      expect(ibanValid(iban)).toBe(true);
    }
    expect(ibanValid('DE89370400440532013001')).toBe(false);
  });

  it.each(COUNTRIES.filter((c) => IBAN_LENGTHS[c]))(
    '%s IBANs have mod-97 = 1 and the national length',
    (country) => {
      const rng = new Rng(`iban-${country}`);
      for (let i = 0; i < 200; i++) {
        const iban = makeIban(rng, country)!;
        expect(iban.startsWith(country)).toBe(true);
        expect(iban).toHaveLength(IBAN_LENGTHS[country]!);
        expect(ibanMod97(iban)).toBe(1n);
      }
    },
  );

  it('French RIB keys inside the IBAN are valid too', () => {
    const rng = new Rng('rib');
    for (let i = 0; i < 100; i++) {
      const bban = makeIban(rng, 'FR')!.slice(4);
      const key =
        97 -
        ((89 * Number(bban.slice(0, 5)) +
          15 * Number(bban.slice(5, 10)) +
          3 * Number(bban.slice(10, 21))) %
          97);
      expect(Number(bban.slice(21))).toBe(key);
    }
  });
});

describe('VAT ids', () => {
  it.each(Object.keys(VALID) as Country[])('%s VAT ids pass the national check', (country) => {
    const rng = new Rng(`vat-${country}`);
    for (let i = 0; i < 300; i++) {
      const id = makeVatId(rng, country);
      expect(id.display.replace(/[^A-Za-z0-9]/g, '').replace(/MWST|TVA|IVA$/, '')).toBe(id.compact);
      expect(VALID[country]!(id.compact), `${country} ${id.compact}`).toBe(true);
    }
  });

  it('countries without a checksum still get their national format', () => {
    const rng = new Rng('formats');
    expect(makeVatId(rng, 'MY').compact).toMatch(/^(\d{12}|W10\d{12})$/);
    expect(makeVatId(rng, 'US').display).toMatch(/^\d{2}-\d{7}$/);
  });
});
