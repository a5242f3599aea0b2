// VAT ids and IBANs: compact forms, and check digits verified against ids the generator makes
// (with its own independent code) and against published examples.
import { describe, expect, it } from 'vitest';
import { displayIban, makeIban } from '../../../models/generator/content/bank.ts';
import { makeVatId } from '../../../models/generator/content/tax-ids.ts';
import { Rng } from '../../../models/generator/rng.ts';
import type { Country } from '../../../models/generator/types.ts';
import { normalizeBic, normalizeIban } from '../../../src/pipeline/normalize-iban.ts';
import { normalizeVatId } from '../../../src/pipeline/normalize-vat-id.ts';

const checked: Country[] = [
  'DE',
  'AT',
  'BE',
  'NL',
  'FR',
  'IT',
  'ES',
  'LU',
  'DK',
  'SE',
  'PL',
  'GB',
  'IE',
  'CH',
  'IN',
];

/** The same id with one digit near its middle changed. */
function misread(id: string): string {
  const digits = [...id].flatMap((c, i) => (c >= '0' && c <= '9' ? [i] : []));
  const at = digits[Math.floor(digits.length / 2)]!;
  return id.slice(0, at) + String((Number(id[at]) + 3) % 10) + id.slice(at + 1);
}

describe('normalizeVatId', () => {
  it.each(checked)(
    'accepts generated %s ids in every printed style and rejects a misread digit',
    (country) => {
      const rng = new Rng(`vat-${country}`);
      let caught = 0;
      for (let i = 0; i < 40; i++) {
        const id = makeVatId(rng, country);
        expect(normalizeVatId(id.display)).toMatchObject({ value: id.compact, valid: true });
        if (normalizeVatId(misread(id.compact))?.valid === false) caught++;
      }
      // Dutch ids also pass the 2020 mod-97 rule, which lets about 1 in 97 misreads through.
      expect(caught).toBeGreaterThanOrEqual(country === 'NL' ? 37 : 40);
    },
  );

  it.each([
    ['DE 123 456 788', 'DE123456788', 'DE', true],
    ['ATU13585627', 'ATU13585627', 'AT', true],
    ['BE 0428.759.497', 'BE0428759497', 'BE', true],
    ['NL 1234.56.782.B01', 'NL123456782B01', 'NL', true],
    ['FR 40 303 265 045', 'FR40303265045', 'FR', true],
    ['CHE-116.281.710 MWST', 'CHE116281710', 'CH', true],
    ['GB 980 7806 84', 'GB980780684', 'GB', true],
    ['IE6388047V', 'IE6388047V', 'IE', true],
    ['ESX2482300W', 'ESX2482300W', 'ES', true],
    ['DE 123 456 789', 'DE123456789', 'DE', false],
    ['US 12-3456789', 'US123456789', 'US', undefined],
    ['W10-1234-56789012', 'W10123456789012', undefined, undefined],
  ])('%s → %s (%s, valid: %s)', (text, value, country, valid) => {
    const id = normalizeVatId(text);
    expect(id?.value).toBe(value);
    expect(id?.country).toBe(country);
    expect(id?.valid).toBe(valid);
  });

  it('is undefined for text that is no id', () => {
    expect(normalizeVatId('VAT')).toBeUndefined();
    expect(normalizeVatId('ABCDEF')).toBeUndefined();
  });
});

describe('normalizeIban', () => {
  const countries: Country[] = [
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
    'PL',
    'SE',
    'DK',
  ];
  it.each(countries)(
    'accepts generated %s IBANs as printed and rejects a misread digit',
    (country) => {
      const rng = new Rng(`iban-${country}`);
      for (let i = 0; i < 40; i++) {
        const iban = makeIban(rng, country)!;
        expect(normalizeIban(displayIban(rng, iban))).toEqual({
          value: iban,
          country,
          valid: true,
        });
        expect(normalizeIban(misread(iban))?.valid).toBe(false);
      }
    },
  );

  it.each([
    ['DE89 3704 0044 0532 0130 00', 'DE89370400440532013000', true],
    ['IBAN: GB29 NWBK 6016 1331 9268 19', 'GB29NWBK60161331926819', true],
    ['fr14 2004 1010 0505 0001 3m02 606', 'FR1420041010050500013M02606', true],
    ['DE89 3704 0044 0532 0130 0', 'DE8937040044053201300', false],
  ])('%s → %s (valid: %s)', (text, value, valid) => {
    expect(normalizeIban(text)).toMatchObject({ value, valid });
  });
});

describe('normalizeBic', () => {
  it.each([
    ['DEUTDEFF', 'DEUTDEFF'],
    ['BIC: COBA DE FF XXX', 'COBADEFFXXX'],
    ['deutdeff500', 'DEUTDEFF500'],
    ['DEUT', undefined],
  ])('%s → %s', (text, expected) => {
    expect(normalizeBic(text)).toBe(expected);
  });
});
