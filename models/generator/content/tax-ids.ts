// VAT ids with valid check digits where the country defines one, printed in national styles.
import type { Rng } from '../rng.ts';
import type { Country } from '../types.ts';
import { gstinCheck, luhnDigit, mod11_10, weighted } from './checksums.ts';

export interface TaxId {
  /** Letters and digits only, as the bench compares them: "DE123456789". */
  readonly compact: string;
  /** As printed: "DE 123 456 789", "CHE-123.456.789", "ATU12345678". */
  readonly display: string;
}

function nonZero(rng: Rng, n: number): string {
  return String(rng.int(1, 9)) + rng.digits(n - 1);
}

/** Retries until a body has a valid single check digit (some algorithms reject 10). */
function withCheck(rng: Rng, n: number, check: (body: string) => number | null): string {
  for (;;) {
    const body = nonZero(rng, n);
    const c = check(body);
    if (c !== null) return body + String(c);
  }
}

export function frenchSiren(rng: Rng): string {
  const body = nonZero(rng, 8);
  return body + String(luhnDigit(body));
}

function spaced(s: string, groups: number[]): string {
  const out: string[] = [];
  let at = 0;
  for (const g of groups) {
    out.push(s.slice(at, at + g));
    at += g;
  }
  if (at < s.length) out.push(s.slice(at));
  return out.join(' ');
}

function build(rng: Rng, country: Country): { compact: string; styles: string[] } {
  switch (country) {
    case 'DE': {
      const body = nonZero(rng, 8);
      const id = body + String(mod11_10(body));
      return { compact: 'DE' + id, styles: ['DE' + id, 'DE ' + spaced(id, [3, 3, 3]), 'DE ' + id] };
    }
    case 'AT': {
      const body = rng.digits(7);
      const d = [...body].map(Number);
      const f = (x: number): number => Math.floor(x / 10) + (x % 10);
      const s =
        (d[0] ?? 0) +
        f((d[1] ?? 0) * 2) +
        (d[2] ?? 0) +
        f((d[3] ?? 0) * 2) +
        (d[4] ?? 0) +
        f((d[5] ?? 0) * 2) +
        (d[6] ?? 0);
      const id = 'U' + body + String((10 - ((s + 4) % 10)) % 10);
      return { compact: 'AT' + id, styles: ['AT' + id, 'AT ' + id] };
    }
    case 'BE': {
      const body = String(rng.int(0, 1)) + rng.digits(7);
      const id = body + String(97 - (Number(body) % 97)).padStart(2, '0');
      return {
        compact: 'BE' + id,
        styles: ['BE' + id, `BE ${id.slice(0, 4)}.${id.slice(4, 7)}.${id.slice(7)}`, 'BE ' + id],
      };
    }
    case 'NL': {
      const id = withCheck(rng, 8, (b) => {
        const c = weighted(b, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
        return c === 10 ? null : c;
      });
      const suffix = 'B' + String(rng.int(1, 3)).padStart(2, '0');
      return {
        compact: 'NL' + id + suffix,
        styles: [
          'NL' + id + suffix,
          `NL ${id}${suffix}`,
          `NL${spaced(id, [4, 2, 3])}.${suffix}`.replace(/ /g, '.'),
        ],
      };
    }
    case 'FR': {
      const siren = frenchSiren(rng);
      const key = String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, '0');
      return {
        compact: 'FR' + key + siren,
        styles: ['FR' + key + siren, `FR ${key} ${spaced(siren, [3, 3, 3])}`, `FR${key} ${siren}`],
      };
    }
    case 'IT': {
      const body = rng.digits(7) + String(rng.int(1, 100)).padStart(3, '0');
      const id = body + String(luhnDigit(body));
      return { compact: 'IT' + id, styles: ['IT' + id, 'IT ' + id, 'IT' + id] };
    }
    case 'ES': {
      const letter = rng.pick(['A', 'B', 'B', 'B']);
      const body = rng.digits(7);
      const d = [...body].map(Number);
      let sum = 0;
      d.forEach((x, i) => {
        const v = i % 2 === 0 ? x * 2 : x;
        sum += Math.floor(v / 10) + (v % 10);
      });
      const id = letter + body + String((10 - (sum % 10)) % 10);
      return { compact: 'ES' + id, styles: ['ES' + id, 'ES ' + id, `ES-${id}`] };
    }
    case 'LU': {
      const body = nonZero(rng, 6);
      const id = body + String(Number(body) % 89).padStart(2, '0');
      return { compact: 'LU' + id, styles: ['LU' + id, 'LU ' + id] };
    }
    case 'DK': {
      const id = withCheck(rng, 7, (b) => {
        const r = weighted(b, [2, 7, 6, 5, 4, 3, 2]) % 11;
        return r === 0 ? 0 : 11 - r === 10 ? null : 11 - r;
      });
      return { compact: 'DK' + id, styles: ['DK' + id, 'DK ' + spaced(id, [2, 2, 2, 2])] };
    }
    case 'SE': {
      const body = String(rng.int(5, 9)) + rng.digits(8);
      const id = body + String(luhnDigit(body)) + '01';
      return { compact: 'SE' + id, styles: ['SE' + id, 'SE ' + id] };
    }
    case 'PL': {
      const id = withCheck(rng, 9, (b) => {
        const c = weighted(b, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11;
        return c === 10 ? null : c;
      });
      return {
        compact: 'PL' + id,
        styles: [
          'PL' + id,
          'PL ' + id,
          `PL ${id.slice(0, 3)}-${id.slice(3, 6)}-${id.slice(6, 8)}-${id.slice(8)}`,
        ],
      };
    }
    case 'GB': {
      const body = nonZero(rng, 7);
      const check = String((97 - (weighted(body, [8, 7, 6, 5, 4, 3, 2]) % 97)) % 97).padStart(
        2,
        '0',
      );
      const id = body + check;
      return {
        compact: 'GB' + id,
        styles: ['GB' + id, 'GB ' + spaced(id, [3, 4, 2]), 'GB' + spaced(id, [3, 4, 2])],
      };
    }
    case 'IE': {
      const body = rng.digits(7);
      // The 2013 format's trailing 'H' counts as 8 × 9 in the check sum.
      const h = rng.chance(0.4);
      const sum = weighted(body, [8, 7, 6, 5, 4, 3, 2]) + (h ? 72 : 0);
      const id = body + ('WABCDEFGHIJKLMNOPQRSTUV'[sum % 23] ?? 'W') + (h ? 'H' : '');
      return { compact: 'IE' + id, styles: ['IE' + id, 'IE ' + id] };
    }
    case 'CH': {
      const id = withCheck(rng, 8, (b) => {
        const c = 11 - (weighted(b, [5, 4, 3, 2, 7, 6, 5, 4]) % 11);
        return c === 10 ? null : c === 11 ? 0 : c;
      });
      const dotted = `CHE-${id.slice(0, 3)}.${id.slice(3, 6)}.${id.slice(6)}`;
      return { compact: 'CHE' + id, styles: [dotted, dotted, 'CHE' + id] };
    }
    case 'IN': {
      const body =
        String(rng.int(1, 37)).padStart(2, '0') +
        rng.letters(5) +
        rng.digits(4) +
        rng.letters(1) +
        String(rng.int(1, 9)) +
        'Z';
      const id = body + gstinCheck(body);
      return { compact: id, styles: [id] };
    }
    case 'MY': {
      const id = rng.chance(0.5) ? rng.digits(12) : `W10-${rng.digits(4)}-${rng.digits(8)}`;
      return { compact: id.replace(/\W/g, ''), styles: [id] };
    }
    case 'US': {
      const id = `${rng.digits(2)}-${rng.digits(7)}`;
      return { compact: id.replace(/\W/g, ''), styles: [id] };
    }
  }
}

export function makeVatId(rng: Rng, country: Country): TaxId {
  const { compact, styles } = build(rng, country);
  return { compact, display: rng.weighted(styles.map((s, i) => [s, i === 0 ? 3 : 1] as const)) };
}
