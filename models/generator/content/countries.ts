// Per-country conventions: languages, currency, VAT rates, number and date styles, phone numbers.
import type { Rng } from '../rng.ts';
import type { Country, DateStyle, Lang, NumberStyle } from '../types.ts';

export const COUNTRIES: readonly Country[] = [
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

/** Relative frequency in the training mix: weighted towards the bench's German/French e-invoices. */
export const COUNTRY_WEIGHTS: readonly (readonly [Country, number])[] = [
  ['DE', 18],
  ['AT', 4],
  ['CH', 4],
  ['FR', 12],
  ['BE', 4],
  ['NL', 6],
  ['LU', 2],
  ['IT', 5],
  ['ES', 5],
  ['GB', 7],
  ['IE', 2],
  ['US', 8],
  ['IN', 5],
  ['MY', 8],
  ['PL', 3],
  ['SE', 3],
  ['DK', 2],
];

const STYLES: Record<string, NumberStyle> = {
  dotComma: { group: '.', decimal: ',' },
  commaDot: { group: ',', decimal: '.' },
  nbspComma: { group: '\u00a0', decimal: ',' },
  narrowComma: { group: '\u202f', decimal: ',' },
  spaceComma: { group: ' ', decimal: ',' },
  aposDot: { group: "'", decimal: '.' },
  curlyDot: { group: '’', decimal: '.' },
  plainComma: { group: '', decimal: ',' },
  plainDot: { group: '', decimal: '.' },
  indian: { group: ',', decimal: '.', indian: true },
};

// Number-style mixes: "style:weight" pairs.
const MIXES: Record<string, string> = {
  eu: 'dotComma:8 plainComma:2 plainDot:1',
  euSpace: 'nbspComma:4 narrowComma:2 spaceComma:2 dotComma:1 plainComma:2',
  be: 'dotComma:5 nbspComma:2 spaceComma:1 plainComma:1',
  anglo: 'commaDot:9 plainDot:2',
  ch: 'aposDot:6 curlyDot:2 plainDot:2',
  in: 'indian:5 commaDot:4 plainDot:2',
};

// code | languages | currency | VAT rates (basis points, standard first) | number mix | date styles | dial code
const TABLE = `
DE|de:9 en:1|EUR|1900 700 0|eu|dmy-dot dmy-dot dmy-dot-short d-dot-month-y iso|49
AT|de:9 en:1|EUR|2000 1000 1300|eu|dmy-dot dmy-dot-short d-dot-month-y iso|43
CH|de:5 fr:3 it:1 en:1|CHF|810 260 380 770 250|ch|dmy-dot dmy-dot d-dot-month-y iso|41
FR|fr:9 en:1|EUR|2000 1000 550 210|euSpace|dmy-slash dmy-slash d-month-y dmy-dot iso|33
BE|nl:5 fr:4 en:1|EUR|2100 1200 600|be|dmy-slash dmy-dash dmy-dot d-month-y|32
NL|nl:8 en:2|EUR|2100 900 0|eu|dmy-dash d-month-y dmy-slash iso|31
LU|fr:5 de:3 en:2|EUR|1700 1400 800 300|be|dmy-dot dmy-slash d-month-y|352
IT|it:9 en:1|EUR|2200 1000 500 400|eu|dmy-slash dmy-slash dmy-dot d-month-y dmy-dash|39
ES|es:9 en:1|EUR|2100 1000 400|eu|dmy-slash dmy-slash dmy-dash d-month-y|34
GB|en:1|GBP|2000 500 0|anglo|dmy-slash d-month-y d-mon-y d-mon-y-dash iso|44
IE|en:1|EUR|2300 1350 900|anglo|dmy-slash d-month-y d-mon-y|353
US|en:1|USD|0 625 725 825 888 400 600|anglo|mdy-slash mdy-slash month-d-y mon-d-y iso|1
IN|en:1|INR|1800 1200 500 2800|in|dmy-slash dmy-dash d-mon-y-dash d-mon-y dmy-dot|91
MY|en:1|MYR|600 0 1000 800|anglo|dmy-slash dmy-slash dmy-dash dmy-slash-short d-mon-y iso ymd-slash|60
PL|en:1|PLN|2300 800 500|euSpace|dmy-dot iso dmy-dash|48
SE|en:1|SEK|2500 1200 600|euSpace|iso iso d-mon-y ymd-dot|46
DK|en:1|DKK|2500|eu|dmy-dot dmy-dash d-mon-y|45
`;

// Country names: en | de | fr | nl | es | it
const NAMES = `
DE|Germany|Deutschland|Allemagne|Duitsland|Alemania|Germania
AT|Austria|Österreich|Autriche|Oostenrijk|Austria|Austria
CH|Switzerland|Schweiz|Suisse|Zwitserland|Suiza|Svizzera
FR|France|Frankreich|France|Frankrijk|Francia|Francia
BE|Belgium|Belgien|Belgique|België|Bélgica|Belgio
NL|Netherlands|Niederlande|Pays-Bas|Nederland|Países Bajos|Paesi Bassi
LU|Luxembourg|Luxemburg|Luxembourg|Luxemburg|Luxemburgo|Lussemburgo
IT|Italy|Italien|Italie|Italië|Italia|Italia
ES|Spain|Spanien|Espagne|Spanje|España|Spagna
GB|United Kingdom|Vereinigtes Königreich|Royaume-Uni|Verenigd Koninkrijk|Reino Unido|Regno Unito
IE|Ireland|Irland|Irlande|Ierland|Irlanda|Irlanda
US|United States|USA|États-Unis|Verenigde Staten|Estados Unidos|Stati Uniti
IN|India|Indien|Inde|India|India|India
MY|Malaysia|Malaysia|Malaisie|Maleisië|Malasia|Malesia
PL|Poland|Polen|Pologne|Polen|Polonia|Polonia
SE|Sweden|Schweden|Suède|Zweden|Suecia|Svezia
DK|Denmark|Dänemark|Danemark|Denemarken|Dinamarca|Danimarca
`;

export interface CountryProfile {
  readonly names: Record<Lang, string>;
  readonly langs: readonly (readonly [Lang, number])[];
  readonly currency: string;
  /** Basis points; the first is the standard rate. */
  readonly vatRates: readonly number[];
  readonly numbers: readonly (readonly [NumberStyle, number])[];
  readonly dates: readonly DateStyle[];
  readonly dialCode: string;
}

function pairs<T>(text: string, lookup: (key: string) => T): [T, number][] {
  return text.split(' ').map((pair) => {
    const [key = '', weight = '1'] = pair.split(':');
    return [lookup(key), Number(weight)];
  });
}

function rows(text: string): string[][] {
  return text
    .trim()
    .split('\n')
    .map((row) => row.split('|'));
}

function buildProfiles(): Record<Country, CountryProfile> {
  const nameRows = new Map(rows(NAMES).map(([code = '', ...n]) => [code, n]));
  const out: Partial<Record<Country, CountryProfile>> = {};
  for (const [
    code = '',
    langs = '',
    currency = '',
    rates = '',
    mix = '',
    dates = '',
    dial = '',
  ] of rows(TABLE)) {
    const [en = '', de = '', fr = '', nl = '', es = '', it = ''] = nameRows.get(code) ?? [];
    out[code as Country] = {
      names: { en, de, fr, nl, es, it },
      langs: pairs(langs, (k) => k as Lang),
      currency,
      vatRates: rates.split(' ').map(Number),
      numbers: pairs(MIXES[mix] ?? '', (k) => {
        const style = STYLES[k];
        if (!style) throw new Error(`unknown number style ${k}`);
        return style;
      }),
      dates: dates.split(' ') as DateStyle[],
      dialCode: dial,
    };
  }
  return out as Record<Country, CountryProfile>;
}

export const PROFILES: Record<Country, CountryProfile> = buildProfiles();

/** A phone number in one of the national or international styles; a distractor for number fields. */
export function phoneNumber(rng: Rng, country: Country): string {
  const cc = PROFILES[country].dialCode;
  if (country === 'US') {
    const [a, b, c] = [rng.int(201, 989), rng.digits(3), rng.digits(4)];
    return rng.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `+1 ${a} ${b} ${c}`, `${a}.${b}.${c}`]);
  }
  if (country === 'MY')
    return rng.pick([
      `03-${rng.digits(4)} ${rng.digits(4)}`,
      `012-${rng.digits(3)} ${rng.digits(4)}`,
      `+60 3-${rng.digits(8)}`,
      `0${rng.int(3, 9)}-${rng.digits(7)}`,
    ]);
  if (country === 'IN')
    return rng.pick([
      `+91 ${rng.digits(5)} ${rng.digits(5)}`,
      `1800 ${rng.digits(3)} ${rng.digits(4)}`,
      `0${rng.digits(2)}-${rng.digits(8)}`,
    ]);
  const area = String(rng.int(2, 99));
  const local = rng.digits(rng.int(6, 8));
  return rng.weighted([
    [`+${cc} ${area} ${local.slice(0, 3)} ${local.slice(3)}`, 3],
    [`+${cc} (0) ${area} ${local}`, 1],
    [`0${area} ${local}`, 2],
    [`0${area}/${local}`, country === 'DE' || country === 'AT' ? 2 : 0.2],
    [`0${area}-${local}`, 1],
    [`0${area} ${local.replace(/(\d{2})(?=\d)/g, '$1 ')}`, country === 'FR' ? 4 : 0.2],
  ] as const);
}
