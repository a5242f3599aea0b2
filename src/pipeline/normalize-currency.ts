// Currency symbols, codes and words → ISO 4217. Symbols several currencies share ("$", "kr", "¥")
// are settled by the countries the document shows (VAT ids, IBANs), else their most common reading.

/** ISO 4217 codes the app recognises when printed as they are. */
const codes = new Set(
  (
    'EUR USD GBP CHF JPY CNY INR MYR SGD AUD CAD NZD HKD SEK DKK NOK ISK PLN CZK HUF RON BGN ' +
    'HRK RSD TRY RUB UAH ILS AED SAR QAR ZAR BRL MXN ARS CLP COP PEN IDR THB PHP VND KRW TWD PKR ' +
    'LKR BDT NGN KES EGP MAD'
  ).split(' '),
);

/** Unambiguous symbols and words (lower case, no trailing dot). */
const named: Readonly<Record<string, string>> = {
  '€': 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  eur: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  'pound sterling': 'GBP',
  pounds: 'GBP',
  '₹': 'INR',
  rs: 'INR',
  inr: 'INR',
  rupees: 'INR',
  '₨': 'INR',
  rm: 'MYR',
  ringgit: 'MYR',
  chf: 'CHF',
  fr: 'CHF',
  sfr: 'CHF',
  franken: 'CHF',
  us$: 'USD',
  usd: 'USD',
  'u.s.$': 'USD',
  dollars: 'USD',
  a$: 'AUD',
  au$: 'AUD',
  c$: 'CAD',
  ca$: 'CAD',
  s$: 'SGD',
  hk$: 'HKD',
  nz$: 'NZD',
  r$: 'BRL',
  zł: 'PLN',
  zl: 'PLN',
  pln: 'PLN',
  kč: 'CZK',
  kc: 'CZK',
  ft: 'HUF',
  lei: 'RON',
  лв: 'BGN',
  '₩': 'KRW',
  '₽': 'RUB',
  '₺': 'TRY',
  '₪': 'ILS',
  '฿': 'THB',
  '₱': 'PHP',
  '₫': 'VND',
  yen: 'JPY',
  yuan: 'CNY',
  rmb: 'CNY',
  元: 'CNY',
};

const dollarByCountry: Readonly<Record<string, string>> = {
  US: 'USD',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  SG: 'SGD',
  HK: 'HKD',
  MX: 'MXN',
  TW: 'TWD',
};
const kronaByCountry: Readonly<Record<string, string>> = {
  SE: 'SEK',
  DK: 'DKK',
  NO: 'NOK',
  IS: 'ISK',
  FO: 'DKK',
  GL: 'DKK',
};

/** The ISO code of a printed currency, or undefined when the text names none. */
export function normalizeCurrency(
  text: string,
  countries: readonly string[] = [],
): string | undefined {
  const t = text
    .normalize('NFC')
    .trim()
    .replace(/[.:]+$/, '');
  const upper = t.toUpperCase();
  if (codes.has(upper)) return upper;
  const lower = t.toLowerCase();
  const known = named[lower];
  if (known) return known;
  if (lower === '$' || lower === 'dollar')
    return countries.map((c) => dollarByCountry[c]).find(Boolean) ?? 'USD';
  if (['kr', 'kr.', 'kronor', 'kroner', 'krona', 'krone'].includes(lower))
    return countries.map((c) => kronaByCountry[c]).find(Boolean) ?? 'SEK';
  if (lower === '¥' || lower === '￥') return countries.includes('CN') ? 'CNY' : 'JPY';
  // A code or symbol glued to other text: "EUR1.234,56", "€12", "12,50 €".
  const code = /(?:^|[^A-Z])([A-Z]{3})(?:$|[^A-Z])/.exec(upper)?.[1];
  if (code && codes.has(code)) return code;
  const symbol = /[\p{Sc}]/u.exec(t)?.[0];
  return symbol && symbol !== text.trim() ? normalizeCurrency(symbol, countries) : undefined;
}
