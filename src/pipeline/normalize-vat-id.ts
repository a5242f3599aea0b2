// VAT identifiers: compact form (letters and digits, upper case) and the national check digits where
// a country defines them, so a misread id loses to one that passes. Unknown formats stay unchecked.
import { mod97 } from './normalize-iban.ts';

export interface NormalizedVatId {
  readonly value: string;
  /** ISO 3166 country, "EL" read as GR; "IN" for a GSTIN. */
  readonly country?: string;
  /** true: check digits pass; false: they fail; undefined: the format has none we know. */
  readonly valid?: boolean;
}

const digits = (s: string) => Array.from(s, Number);
const weighted = (s: string, weights: readonly number[]) =>
  digits(s).reduce((sum, d, i) => sum + d * (weights[i] ?? 0), 0);

function luhn(s: string): boolean {
  let sum = 0;
  digits(s)
    .reverse()
    .forEach((d, i) => {
      const v = i % 2 === 1 ? d * 2 : d;
      sum += v > 9 ? v - 9 : v;
    });
  return sum % 10 === 0;
}

function mod11x10(s: string): boolean {
  let product = 10;
  for (const d of digits(s.slice(0, -1))) {
    const sum = (d + product) % 10 || 10;
    product = (2 * sum) % 11;
  }
  return (11 - product) % 10 === Number(s.at(-1));
}

const gstChars = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
function gstin(s: string): boolean {
  let sum = 0;
  Array.from(s.slice(0, 14)).forEach((c, i) => {
    const product = gstChars.indexOf(c) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  });
  return gstChars[(36 - (sum % 36)) % 36] === s[14];
}

/** Check-digit rules by country prefix; each gets the part after the prefix. */
const checks: Readonly<Record<string, (id: string) => boolean | undefined>> = {
  DE: (id) => /^\d{9}$/.test(id) && mod11x10(id),
  AT: (id) => {
    if (!/^U\d{8}$/.test(id)) return false;
    const d = digits(id.slice(1));
    const f = (x: number) => Math.floor(x / 10) + (x % 10);
    const s = d[0]! + f(d[1]! * 2) + d[2]! + f(d[3]! * 2) + d[4]! + f(d[5]! * 2) + d[6]!;
    return (10 - ((s + 4) % 10)) % 10 === d[7];
  },
  BE: (id) => /^[01]\d{9}$/.test(id) && 97 - (Number(id.slice(0, 8)) % 97) === Number(id.slice(8)),
  NL: (id) => {
    if (!/^\d{9}B\d{2}$/.test(id)) return false;
    const body = id.slice(0, 9);
    const eleven = weighted(body.slice(0, 8), [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
    return eleven === Number(body[8]) || mod97(`NL${id}`) === 1;
  },
  FR: (id) => {
    if (!/^[0-9A-Z]{2}\d{9}$/.test(id)) return false;
    if (!/^\d{2}/.test(id)) return undefined; // new-style letter keys: no public algorithm
    const siren = Number(id.slice(2));
    return (12 + 3 * (siren % 97)) % 97 === Number(id.slice(0, 2));
  },
  IT: (id) => /^\d{11}$/.test(id) && luhn(id),
  ES: (id) => /^[0-9A-Z]\d{7}[0-9A-Z]$/.test(id) && spanish(id),
  LU: (id) => /^\d{8}$/.test(id) && Number(id.slice(0, 6)) % 89 === Number(id.slice(6)),
  DK: (id) => /^\d{8}$/.test(id) && weighted(id, [2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0,
  SE: (id) => /^\d{10}01$/.test(id) && luhn(id.slice(0, 10)),
  PL: (id) =>
    /^\d{10}$/.test(id) && weighted(id, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11 === Number(id[9]),
  GB: (id) => {
    if (/^(GD|HA)\d{3}$/.test(id)) return true;
    if (!/^\d{9}(\d{3})?$/.test(id)) return false;
    const sum = weighted(id.slice(0, 7), [8, 7, 6, 5, 4, 3, 2]) + Number(id.slice(7, 9));
    return sum % 97 === 0 || (sum + 55) % 97 === 0;
  },
  IE: (id) => {
    const match = /^(\d{7})([A-W])([AHW]?)$/.exec(id);
    if (!match) return false;
    const extra = match[3] ? (match[3].charCodeAt(0) - 64) * 9 : 0;
    const sum = weighted(match[1]!, [8, 7, 6, 5, 4, 3, 2]) + (match[3] === 'W' ? 0 : extra);
    return 'WABCDEFGHIJKLMNOPQRSTUV'[sum % 23] === match[2];
  },
  CHE: (id) => {
    if (!/^\d{9}$/.test(id)) return false;
    const check = 11 - (weighted(id, [5, 4, 3, 2, 7, 6, 5, 4]) % 11);
    return check !== 10 && check % 11 === Number(id[8]);
  },
};

function spanish(id: string): boolean {
  const body = id.slice(1, 8);
  let sum = 0;
  digits(body).forEach((x, i) => {
    const v = i % 2 === 0 ? x * 2 : x;
    sum += Math.floor(v / 10) + (v % 10);
  });
  const control = (10 - (sum % 10)) % 10;
  const last = id[8]!;
  if (/[A-Z]/.test(id[0]!) && !/[XYZ]/.test(id[0]!)) {
    return last === String(control) || last === 'JABCDEFGHI'[control];
  }
  // NIF / NIE: number (X/Y/Z → 0/1/2) mod 23 gives the letter.
  const number = Number(id.slice(0, 8).replace('X', '0').replace('Y', '1').replace('Z', '2'));
  return Number.isFinite(number) && 'TRWAGMYFPDXBNJZSQVHLCKE'[number % 23] === last;
}

/** "DE 123 456 789", "CHE-123.456.789 MWST", "ATU12345678" → compact id and its checksum verdict. */
export function normalizeVatId(text: string): NormalizedVatId | undefined {
  const compact = text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .replace(/(MWST|TVA|IVA|MVA)$/, '');
  if (compact.length < 5 || !/\d/.test(compact)) return undefined;
  if (/^\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/.test(compact)) {
    return { value: compact, country: 'IN', valid: gstin(compact) };
  }
  if (!/^[A-Z]{2}/.test(compact)) return { value: compact };
  const prefix = compact.startsWith('CHE') ? 'CHE' : compact.slice(0, 2);
  const country = prefix === 'CHE' ? 'CH' : prefix === 'EL' ? 'GR' : prefix;
  const check = checks[prefix];
  const valid = check?.(compact.slice(prefix.length));
  if (valid === undefined) return { value: compact, country };
  if (valid) return { value: compact, country, valid };
  // OCR reads digits as letters ("GB29S827506"): the id with them read back, if that passes.
  const digits = compact.slice(prefix.length).replace(/[OQDSBZGIL]/g, (c) => ocrDigit[c] ?? c);
  const fixed = prefix + digits;
  return fixed !== compact && check?.(digits) === true
    ? { value: fixed, country, valid: true }
    : { value: compact, country, valid: false };
}

const ocrDigit: Readonly<Record<string, string>> = {
  O: '0',
  Q: '0',
  D: '0',
  S: '5',
  B: '8',
  Z: '2',
  G: '6',
  I: '1',
  L: '1',
};
