// Bank details: IBANs with valid mod-97 check digits and national lengths, BICs, non-IBAN accounts.
import type { Rng } from '../rng.ts';
import type { Country } from '../types.ts';
import { ibanCheckDigits, weighted } from './checksums.ts';
import { pseudoWord } from './pseudo.ts';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** BBAN layout per country: n = digits, a = uppercase letters, c = alphanumeric. */
const BBAN: Partial<Record<Country, string>> = {
  DE: '8n10n',
  AT: '5n11n',
  CH: '5n12c',
  FR: '5n5n11n2n',
  BE: '3n7n2n',
  NL: '4a10n',
  LU: '3n13c',
  IT: '1a5n5n12c',
  ES: '4n4n2n10n',
  GB: '4a6n8n',
  IE: '4a6n8n',
  PL: '8n16n',
  SE: '3n17n',
  DK: '4n10n',
};

export const IBAN_LENGTHS: Partial<Record<Country, number>> = {
  DE: 22,
  AT: 20,
  CH: 21,
  FR: 27,
  BE: 16,
  NL: 18,
  LU: 20,
  IT: 27,
  ES: 24,
  GB: 22,
  IE: 22,
  PL: 28,
  SE: 24,
  DK: 18,
};

function fill(rng: Rng, pattern: string): string[] {
  const parts: string[] = [];
  for (const [, count, kind] of pattern.matchAll(/(\d+)([nac])/g)) {
    const n = Number(count);
    parts.push(
      kind === 'n' ? rng.digits(n) : kind === 'a' ? rng.letters(n) : rng.letters(n, ALNUM),
    );
  }
  return parts;
}

/** National check digits inside the BBAN, where they exist, so the account looks real end to end. */
function fixNational(country: Country, parts: string[]): string[] {
  if (country === 'BE') {
    const r = Number((parts[0] ?? '') + (parts[1] ?? '')) % 97;
    return [parts[0] ?? '', parts[1] ?? '', String(r === 0 ? 97 : r).padStart(2, '0')];
  }
  if (country === 'FR') {
    // RIB key: 97 − (89·bank + 15·branch + 3·account) mod 97 (all below 2^53).
    const [bank = '', branch = '', account = ''] = parts;
    const key = 97 - ((89 * Number(bank) + 15 * Number(branch) + 3 * Number(account)) % 97);
    return [bank, branch, account, String(key).padStart(2, '0')];
  }
  if (country === 'NL') {
    // Dutch account numbers pass the 11-test.
    for (let i = 0; i < 20; i++) {
      const acc = parts[1] ?? '';
      if (weighted(acc, [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0) break;
      parts[1] = String((Number(acc) + 1) % 1e10).padStart(10, '0');
    }
  }
  return parts;
}

export function makeIban(rng: Rng, country: Country): string | undefined {
  const pattern = BBAN[country];
  if (!pattern) return undefined;
  const bban = fixNational(country, fill(rng, pattern)).join('');
  return country + ibanCheckDigits(country, bban) + bban;
}

/** Groups of four ("DE89 3704 …") or compact, as invoices print it. */
export function displayIban(rng: Rng, iban: string): string {
  return rng.chance(0.75) ? iban.replace(/(.{4})(?=.)/g, '$1 ') : iban;
}

export function makeBic(rng: Rng, country: Country, bankName: string): string {
  const letters = bankName.toUpperCase().replace(/[^A-Z]/g, '');
  const bank = (letters.slice(0, 4) + rng.letters(4)).slice(0, 4);
  const location = rng.letters(1) + rng.letters(1, 'ABCDEFGHJKLMNPRSTUVWXYZ23456789');
  const branch = rng.weighted([
    ['', 4],
    ['XXX', 3],
    [rng.letters(3, ALNUM), 1],
  ] as const);
  return bank + country + location + branch;
}

export function bankName(rng: Rng, country: Country): string {
  const stem = pseudoWord(rng, country === 'MY' || country === 'IN' ? 'asian' : 'generic');
  const byCountry: Partial<Record<Country, string[]>> = {
    DE: [`Sparkasse ${stem}`, `Volksbank ${stem} eG`, `${stem}bank AG`, `Raiffeisenbank ${stem}`],
    AT: [`${stem} Sparkasse`, `Raiffeisenbank ${stem}`, `${stem} Bank AG`],
    CH: [`${stem} Kantonalbank`, `Banque ${stem} SA`, `${stem} Bank AG`],
    FR: [`Crédit ${stem}`, `Banque ${stem}`, `Caisse d'Épargne ${stem}`],
    BE: [`${stem} Bank`, `Banque ${stem}`],
    NL: [`${stem} Bank N.V.`, `${stem}bank`],
    IT: [`Banca ${stem}`, `Credito ${stem}`, `Banca Popolare di ${stem}`],
    ES: [`Banco ${stem}`, `Caja ${stem}`],
    GB: [`${stem} Bank plc`, `${stem} Building Society`],
    US: [`${stem} National Bank`, `First ${stem} Bank`, `${stem} Credit Union`],
    IN: [`${stem} Bank Ltd`, `State Bank of ${stem}`],
    MY: [`${stem} Bank Berhad`, `Bank ${stem}`],
  };
  return rng.pick(byCountry[country] ?? [`${stem} Bank`, `${stem} Banken`]);
}

/** Account identification where IBAN is not used: US routing + account, IFSC, Malaysian accounts. */
export function localAccount(rng: Rng, country: Country): { account: string; code?: string } {
  if (country === 'US') {
    const body = rng.digits(8);
    let routing = body + '0';
    for (let d = 0; d <= 9; d++) {
      const candidate = body + String(d);
      if (weighted(candidate, [3, 7, 1, 3, 7, 1, 3, 7, 1]) % 10 === 0) routing = candidate;
    }
    return { account: rng.digits(rng.int(8, 12)), code: routing };
  }
  if (country === 'IN')
    return { account: rng.digits(rng.int(11, 16)), code: `${rng.letters(4)}0${rng.digits(6)}` };
  return { account: `${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)}` };
}
