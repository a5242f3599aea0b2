// IBAN and BIC: compact form and validity (ISO 13616 mod-97 and national length), so a candidate
// that fails its checksum loses to one that passes.

/** National IBAN lengths (ISO 13616 registry, the countries invoices here come from and more). */
const ibanLengths: Readonly<Record<string, number>> = {
  AD: 24,
  AT: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  TR: 26,
  VA: 22,
  AE: 23,
  SA: 24,
  IL: 23,
  BR: 29,
};

export interface NormalizedIban {
  readonly value: string;
  readonly country: string;
  readonly valid: boolean;
}

/** Remainder of a long number (letters as 10..35) modulo 97, digit by digit. */
export function mod97(text: string): number {
  let remainder = 0;
  for (const c of text) {
    const value = c >= 'A' && c <= 'Z' ? c.charCodeAt(0) - 55 : Number(c);
    remainder = (value > 9 ? remainder * 100 + value : remainder * 10 + value) % 97;
  }
  return remainder;
}

/** "DE89 3704 0044 0532 0130 00" → DE89370400440532013000 with its checksum verdict. */
export function normalizeIban(text: string): NormalizedIban | undefined {
  const compact = text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/^IBAN:?/, '')
    .replace(/[\s.\-:]/g, '');
  const match = /[A-Z]{2}\d{2}[A-Z0-9]{8,30}/.exec(compact);
  if (!match) return undefined;
  const value = match[0];
  const country = value.slice(0, 2);
  const length = ibanLengths[country];
  const valid =
    (length === undefined || value.length === length) &&
    mod97(value.slice(4) + value.slice(0, 4)) === 1;
  return { value, country, valid };
}

/** A BIC: 4 bank letters, country, location, optional branch (8 or 11 characters). */
export function normalizeBic(text: string): string | undefined {
  const compact = text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/^(BIC|SWIFT)[:/]?/, '')
    .replace(/[\s.:]/g, '');
  return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(compact) ? compact : undefined;
}
