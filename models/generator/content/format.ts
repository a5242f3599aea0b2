// Chooses one document's conventions: language, currency and how amounts and dates are printed.
import type { Rng } from '../rng.ts';
import type { Country, DateStyle, DocFormat, Lang, MoneyStyle } from '../types.ts';
import { PROFILES } from './countries.ts';

const SYMBOLS: Record<string, readonly (readonly [string, number])[]> = {
  EUR: [
    ['€', 6],
    ['EUR', 3],
    ['Euro', 0.2],
  ],
  USD: [
    ['$', 6],
    ['USD', 2],
    ['US$', 1],
  ],
  GBP: [
    ['£', 6],
    ['GBP', 2],
  ],
  CHF: [
    ['CHF', 6],
    ['Fr.', 2],
    ['SFr.', 0.5],
  ],
  MYR: [
    ['RM', 9],
    ['MYR', 1],
  ],
  INR: [
    ['₹', 4],
    ['Rs.', 3],
    ['INR', 2],
    ['Rs', 1],
  ],
  PLN: [
    ['zł', 5],
    ['PLN', 4],
  ],
  SEK: [
    ['kr', 5],
    ['SEK', 4],
  ],
  DKK: [
    ['kr.', 4],
    ['DKK', 4],
    ['kr', 2],
  ],
};

/** ISO code a printed symbol stands for in a given country (for checks). */
export function currencyOfSymbol(symbol: string, country: Country): string | null {
  for (const [code, symbols] of Object.entries(SYMBOLS)) {
    if (
      symbols.some(([s]) => s === symbol) &&
      !(symbol.startsWith('kr') && code !== PROFILES[country].currency)
    )
      return code;
  }
  return /^[A-Z]{3}$/.test(symbol) ? symbol : null;
}

function moneyStyle(
  rng: Rng,
  currency: string,
  lang: Lang,
  number: DocFormat['number'],
): MoneyStyle {
  const symbol = rng.weighted(SYMBOLS[currency] ?? [[currency, 1]]);
  const isCode = /^[A-Z]{3}$/.test(symbol);
  let beforeP: number;
  if (isCode) beforeP = 0.5;
  else if (symbol === '€') beforeP = lang === 'nl' ? 0.8 : lang === 'en' ? 0.9 : 0.15;
  else if (['zł', 'kr', 'kr.', 'Euro'].includes(symbol)) beforeP = 0.15;
  else if (['CHF', 'Fr.', 'SFr.'].includes(symbol)) beforeP = 0.7;
  else beforeP = 0.95;
  const before = rng.chance(beforeP);
  let spaceP: number;
  if (isCode || symbol.length > 2) spaceP = 0.95;
  else if (!before) spaceP = 0.9;
  else if (symbol === '€' && lang === 'nl') spaceP = 0.7;
  else if (symbol === 'RM') spaceP = 0.4;
  else spaceP = 0.12;
  return {
    number,
    symbol,
    position: before ? 'before' : 'after',
    space: rng.chance(spaceP),
    negative: rng.weighted([
      ['minus', 17],
      ['trailing', lang === 'de' ? 2 : 0.5],
      ['parens', lang === 'en' ? 2 : 0.3],
    ] as const),
    on: rng.weighted([
      ['all', 5],
      ['totals', 3.5],
      ['none', 1.5],
    ] as const),
  };
}

export function chooseFormat(rng: Rng, country: Country, forceLang?: Lang): DocFormat {
  const profile = PROFILES[country];
  const lang = forceLang ?? rng.weighted(profile.langs);
  const foreign = rng.chance(0.07)
    ? rng.pick(['EUR', 'USD', 'GBP', 'CHF'].filter((c) => c !== profile.currency))
    : undefined;
  const currency = foreign ?? profile.currency;
  // English documents from continental countries often switch to 1,234.56.
  const number =
    lang === 'en' && profile.numbers[0]?.[0].decimal === ',' && rng.chance(0.4)
      ? { group: ',', decimal: '.' }
      : rng.weighted(profile.numbers);
  const dateChoices: DateStyle[] = [...profile.dates];
  const date = rng.chance(0.08) ? 'iso' : rng.pick(dateChoices);
  return { lang, country, currency, money: moneyStyle(rng, currency, lang, number), date, number };
}
