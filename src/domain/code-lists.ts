// Code lists for the review inputs and the field readers: ISO 4217 currencies people meet on
// European invoices (any three-letter code may still be typed), ISO 3166-1 countries, and the
// EN 16931 codes in use.
export const currencyCodes: readonly string[] = (
  'EUR USD GBP CHF SEK NOK DKK PLN CZK HUF RON BGN ISK TRY JPY CNY CAD AUD NZD HKD SGD INR ' +
  'BRL MXN ZAR AED SAR ILS KRW UAH RSD BAM MKD ALL MDL GEL'
).split(' ');

export const countryCodes: readonly string[] = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR ' +
  'BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ ' +
  'EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW ' +
  'GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY ' +
  'KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV ' +
  'MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY ' +
  'QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG ' +
  'TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XI YE YT ZA ' +
  'ZM ZW'
).split(' ');

/** UNTDID 1001 document types an invoice capture meets. */
export const documentTypeCodes: readonly string[] = [
  '380',
  '381',
  '383',
  '384',
  '386',
  '389',
  '326',
];

/** UNTDID 5305 VAT categories of EN 16931. */
export const vatCategoryCodes: readonly string[] = ['S', 'Z', 'E', 'AE', 'K', 'G', 'O', 'L', 'M'];

const currencySymbols: Readonly<Record<string, string>> = {
  '€': 'EUR',
  $: 'USD',
  '£': 'GBP',
  '¥': 'JPY',
  zł: 'PLN',
  Kč: 'CZK',
  Fr: 'CHF',
};

/** The currency code in a piece of page text: "EUR", "€", "CHF 12.00". */
export function currencyIn(text: string): string | undefined {
  const code = /\b([A-Z]{3})\b/.exec(text.toUpperCase())?.[1];
  if (code && currencyCodes.includes(code)) return code;
  for (const [symbol, currency] of Object.entries(currencySymbols)) {
    if (text.includes(symbol)) return currency;
  }
  return code;
}

/** The country code for "DE", "Germany" or "Deutschland" (names in English and German). */
export function countryIn(text: string): string | undefined {
  const trimmed = text.trim().replace(/[.,;]$/, '');
  if (/^[A-Za-z]{2}$/.test(trimmed) && countryCodes.includes(trimmed.toUpperCase())) {
    return trimmed.toUpperCase();
  }
  const wanted = trimmed.toLowerCase();
  for (const language of ['en', 'de']) {
    const names = new Intl.DisplayNames([language], { type: 'region' });
    const found = countryCodes.find((code) => names.of(code)?.toLowerCase() === wanted);
    if (found) return found;
  }
  return undefined;
}
