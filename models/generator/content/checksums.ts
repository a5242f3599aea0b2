// Check-digit algorithms shared by the VAT id, IBAN and bank-code generators.

export const digitsOf = (s: string): number[] => [...s].map(Number);

/** Luhn check digit for a digit string (the digit to append). */
export function luhnDigit(body: string): number {
  let sum = 0;
  const digits = digitsOf(body).reverse();
  digits.forEach((d, i) => {
    const v = i % 2 === 0 ? d * 2 : d;
    sum += v > 9 ? v - 9 : v;
  });
  return (10 - (sum % 10)) % 10;
}

export function luhnValid(full: string): boolean {
  return luhnDigit(full.slice(0, -1)) === Number(full.slice(-1));
}

/** Big-number mod 97 over a digit string. */
export function mod97(digits: string): number {
  let r = 0;
  for (const ch of digits) r = (r * 10 + Number(ch)) % 97;
  return r;
}

/** Letters A..Z as 10..35, digits as themselves (IBAN, RIB). */
export function lettersToDigits(s: string): string {
  return [...s.toUpperCase()]
    .map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch))
    .join('');
}

export function ibanCheckDigits(country: string, bban: string): string {
  const r = mod97(lettersToDigits(bban + country + '00'));
  return String(98 - r).padStart(2, '0');
}

export function ibanValid(iban: string): boolean {
  const s = iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  return mod97(lettersToDigits(s.slice(4) + s.slice(0, 4))) === 1;
}

/** ISO 7064 MOD 11,10 (German USt-IdNr.). */
export function mod11_10(body: string): number {
  let product = 10;
  for (const d of digitsOf(body)) {
    let sum = (d + product) % 10;
    if (sum === 0) sum = 10;
    product = (2 * sum) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/** Σ digit × weight. */
export function weighted(body: string, weights: readonly number[]): number {
  return digitsOf(body).reduce((sum, d, i) => sum + d * (weights[i] ?? 0), 0);
}

/** ABA routing number check (US). */
export function abaValid(routing: string): boolean {
  return /^\d{9}$/.test(routing) && weighted(routing, [3, 7, 1, 3, 7, 1, 3, 7, 1]) % 10 === 0;
}

const GST_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Indian GSTIN check character over the first 14 characters. */
export function gstinCheck(body: string): string {
  let sum = 0;
  [...body].forEach((ch, i) => {
    const product = GST_CHARS.indexOf(ch) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  });
  return GST_CHARS[(36 - (sum % 36)) % 36] ?? '0';
}
