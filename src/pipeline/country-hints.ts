// Countries a document names without a VAT id or IBAN: company legal forms ("GmbH", "Sdn Bhd",
// "S.r.l."), country, state and province names and international dialling codes. Weaker than check digits, so they
// only settle the currency and the day/month order when nothing printed does.

interface Hint {
  readonly country: string;
  readonly pattern: RegExp;
  readonly weight: number;
}

const legalForms: readonly [string, RegExp][] = [
  ['DE', /\bgmbh\b|\bag$|\bag \w+$|\bug \(haftungsbeschr|\bgbr\b|\bohg\b|\be\.\s?kfm\b/],
  ['FR', /\bs\.?a\.?r\.?l\b|\bsasu?\b|\bs\.a\.s\.?(?:u\b)?|\beurl\b/],
  ['IT', /\bs\.r\.l\b|\bsrl\b|\bs\.p\.a\b|\bs\.n\.c\b|\bs\.a\.s\.? di\b/],
  ['ES', /\bs\.l\.u?\b|\bs\.l\.$|\bsociedad limitada\b/],
  ['NL', /\bb\.v\.?(?=\s|$)|\bv\.o\.f\b/],
  ['BE', /\bbvba\b|\bsprl\b|\bsrl\/bv\b/],
  ['PL', /\bsp\.? z\.? ?o\.? ?o\b/],
  ['CZ', /\bs\.r\.o\b|\ba\.s\.(?=\s|$)/],
  ['HU', /\bkft\b|\bzrt\b/],
  ['FI', /\boy\b|\boyj\b/],
  ['DK', /\baps\b/],
  ['PT', /\blda\b/],
  ['MY', /\bsdn\.?\s?bhd\b|\(m\)\s*sdn\b|\bbhd\b|\bs\/b\b/],
  ['SG', /\bpte\.?\s?ltd\b/],
  ['AU', /\bpty\.?\s?ltd\b/],
  ['IN', /\bpvt\.?\s?ltd\b|\bprivate limited\b/],
  // "Acme Inc." ends a name; "Total Inc. GST" is "including".
  ['US', /\bllc\b|\binc\.?$|,\s*inc\b|\bcorp\.?$|\bcorporation\b/],
  ['GB', /\bplc\b|\bllp\b|(?<!(?:pte|pty|pvt)\.?\s?)\bltd\b|(?<!private )\blimited\b/],
];

const countryNames: Readonly<Record<string, string>> = {
  DE: 'germany deutschland allemagne duitsland alemania germania',
  AT: 'austria osterreich autriche oostenrijk',
  CH: 'switzerland schweiz suisse svizzera zwitserland suiza',
  FR: 'france frankreich frankrijk francia',
  IT: 'italy italien italie italia italie',
  ES: 'spain spanien espagne spanje espana spagna',
  NL: 'netherlands nederland niederlande pays-bas holland',
  BE: 'belgium belgien belgique belgie belgio',
  LU: 'luxembourg luxemburg',
  PT: 'portugal',
  IE: 'ireland irland',
  GB: 'uk england scotland wales',
  US: 'usa',
  PL: 'poland polen pologne polska',
  CZ: 'czechia tschechien',
  DK: 'denmark danemark danmark',
  SE: 'sweden schweden sverige',
  NO: 'norway norwegen norge',
  FI: 'finland finnland suomi',
  MY: 'malaysia',
  SG: 'singapore',
  AU: 'australia australien',
  IN: 'india indien',
  CA: 'canada kanada',
  JP: 'japan',
  CN: 'china',
};

// States and provinces whose names are their country's alone: a receipt's address often names
// the state but not the country.
const regionNames: Readonly<Record<string, string>> = {
  MY: 'johor kedah kelantan melaka malacca negeri-sembilan pahang penang pulau-pinang perak perlis sabah sarawak selangor terengganu kuala-lumpur putrajaya labuan',
  AU: 'queensland tasmania',
  CA: 'ontario quebec british-columbia alberta manitoba saskatchewan nova-scotia',
  IN: 'maharashtra karnataka tamil-nadu kerala gujarat telangana haryana uttar-pradesh west-bengal',
  US: 'california texas florida massachusetts illinois pennsylvania new-jersey',
  DE: 'bayern nordrhein-westfalen baden-wurttemberg niedersachsen rheinland-pfalz schleswig-holstein',
};

const multiWordNames: readonly [string, RegExp][] = [
  ['GB', /\bunited kingdom\b|\bgreat britain\b|\bvereinigtes konigreich\b|\broyaume-uni\b/],
  ['US', /\bunited states\b|\bu\.s\.a\b|\bvereinigte staaten\b|\betats-unis\b/],
  ['NZ', /\bnew zealand\b/],
  ['HK', /\bhong kong\b/],
  ['CZ', /\bczech republic\b/],
];

const dialling: Readonly<Record<string, string>> = {
  '1': 'US',
  '31': 'NL',
  '32': 'BE',
  '33': 'FR',
  '34': 'ES',
  '39': 'IT',
  '41': 'CH',
  '43': 'AT',
  '44': 'GB',
  '45': 'DK',
  '46': 'SE',
  '47': 'NO',
  '48': 'PL',
  '49': 'DE',
  '60': 'MY',
  '61': 'AU',
  '65': 'SG',
  '81': 'JP',
  '86': 'CN',
  '91': 'IN',
  '351': 'PT',
  '352': 'LU',
  '353': 'IE',
  '358': 'FI',
  '420': 'CZ',
};

const hints: readonly Hint[] = [
  ...legalForms.map(([country, pattern]) => ({ country, pattern, weight: 1 })),
  ...multiWordNames.map(([country, pattern]) => ({ country, pattern, weight: 2 })),
  ...Object.entries(countryNames).map(([country, names]) => ({
    country,
    pattern: new RegExp(`(?:^|[\\s,(])(?:${names.split(' ').join('|')})(?=$|[\\s,.)])`),
    weight: 2,
  })),
  ...Object.entries(regionNames).map(([country, names]) => ({
    country,
    pattern: new RegExp(
      `(?:^|[\\s,(])(?:${names
        .split(' ')
        .map((name) => name.replaceAll('-', '[ -]'))
        .join('|')})(?=$|[\\s,.)])`,
    ),
    weight: 1,
  })),
];

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

// A registered business name's ending that names no country: a Malaysian or Indian sole
// proprietor's "Enterprise" or "Trading" ("& Co." is as often a brand's flourish).
const businessEnding = /\b(?:enterprises?|trading)$/;

/** Whether a name carries a company's legal form ("Kunden AG", "ACME Sdn Bhd", "Au bon moulin SARL"). */
export const hasLegalForm = (name: string): boolean =>
  legalForms.some(([, pattern]) => pattern.test(fold(name))) ||
  businessEnding.test(fold(name).trim());

/** The country whose legal form a company name carries ("BAIFU (M) Sdn Bhd" → MY). */
export function countryOfLegalForm(name: string): string | undefined {
  return legalForms.find(([, pattern]) => pattern.test(fold(name)))?.[0];
}

/** Countries the printed lines point to, most weight first (ties keep the first seen). */
export function countryHints(lines: readonly string[]): string[] {
  const weights = new Map<string, number>();
  const add = (country: string, weight: number) =>
    weights.set(country, (weights.get(country) ?? 0) + weight);
  for (const line of lines) {
    const text = fold(line);
    for (const hint of hints) if (hint.pattern.test(text)) add(hint.country, hint.weight);
    // "+49 30 1234567": a plus, the code, then at least six more digits (never an amount "+1.00").
    for (const match of text.matchAll(/(?:^|[\s(:])\+\s?(\d{1,3})(?=(?:[\s()./-]*\d){6})/g)) {
      const code = match[1]!;
      const country = dialling[code] ?? dialling[code.slice(0, 2)] ?? dialling[code.slice(0, 1)];
      if (country) add(country, 1);
    }
  }
  return [...weights.entries()].sort((a, b) => b[1] - a[1]).map(([country]) => country);
}

const currencyByCountry: Readonly<Record<string, string>> = {
  US: 'USD',
  GB: 'GBP',
  CH: 'CHF',
  PL: 'PLN',
  CZ: 'CZK',
  HU: 'HUF',
  DK: 'DKK',
  SE: 'SEK',
  NO: 'NOK',
  MY: 'MYR',
  SG: 'SGD',
  AU: 'AUD',
  NZ: 'NZD',
  IN: 'INR',
  CA: 'CAD',
  JP: 'JPY',
  CN: 'CNY',
  HK: 'HKD',
};

const euro = new Set(
  'AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK'.split(' ') as readonly string[],
);

/** The currency a business in `country` invoices in by default. */
export function currencyOfCountry(country: string): string | undefined {
  return euro.has(country) ? 'EUR' : currencyByCountry[country];
}
