// Addresses per country: street patterns, postal codes in the national format, cities and regions.
import type { Rng } from '../rng.ts';
import type { Address, Country, Lang } from '../types.ts';
import { list } from './list.ts';
import { flavourOf, surname } from './people.ts';
import { PROFILES } from './countries.ts';
import { pseudoWord } from './pseudo.ts';

const CITIES: Record<Country, string[]> = {
  DE: list(
    'Berlin|Hamburg|München|Köln|Frankfurt am Main|Stuttgart|Düsseldorf|Leipzig|Dortmund|Essen|Bremen|Dresden|Hannover|Nürnberg|Freiburg im Breisgau|Münster|Bielefeld|Kassel|Würzburg|Rostock',
  ),
  AT: list('Wien|Graz|Linz|Salzburg|Innsbruck|Klagenfurt|Villach|Wels|St. Pölten|Dornbirn'),
  CH: list('Zürich|Genève|Basel|Lausanne|Bern|Winterthur|Luzern|St. Gallen|Lugano|Biel/Bienne'),
  FR: list(
    'Paris|Marseille|Lyon|Toulouse|Nice|Nantes|Strasbourg|Montpellier|Bordeaux|Lille|Rennes|Reims|Saint-Étienne|Aix-en-Provence|Clermont-Ferrand',
  ),
  BE: list('Bruxelles|Antwerpen|Gent|Charleroi|Liège|Brugge|Namur|Leuven|Mons|Mechelen'),
  NL: list(
    'Amsterdam|Rotterdam|Den Haag|Utrecht|Eindhoven|Groningen|Tilburg|Almere|Breda|Nijmegen|Zwolle|Haarlem',
  ),
  LU: list(
    'Luxembourg|Esch-sur-Alzette|Differdange|Dudelange|Ettelbruck|Diekirch|Strassen|Bertrange',
  ),
  IT: list('Roma|Milano|Napoli|Torino|Palermo|Genova|Bologna|Firenze|Bari|Verona|Padova|Brescia'),
  ES: list(
    'Madrid|Barcelona|Valencia|Sevilla|Zaragoza|Málaga|Murcia|Bilbao|Alicante|Córdoba|Valladolid|Vigo',
  ),
  GB: list(
    'London|Manchester|Birmingham|Leeds|Glasgow|Bristol|Edinburgh|Cardiff|Sheffield|Nottingham|Brighton|Reading',
  ),
  IE: list('Dublin|Cork|Galway|Limerick|Waterford|Kilkenny|Sligo|Drogheda'),
  US: list(
    'New York|Seattle|Austin|Chicago|Denver|Boston|San Jose|Portland|Atlanta|Phoenix|Columbus|Raleigh',
  ),
  IN: list(
    'Bengaluru|Mumbai|New Delhi|Chennai|Hyderabad|Pune|Kolkata|Ahmedabad|Jaipur|Lucknow|Kochi|Gurugram',
  ),
  MY: list(
    'Kuala Lumpur|Petaling Jaya|Shah Alam|Johor Bahru|George Town|Ipoh|Seremban|Klang|Kajang|Melaka|Kuching|Puchong',
  ),
  PL: list('Warszawa|Kraków|Łódź|Wrocław|Poznań|Gdańsk|Szczecin|Lublin|Katowice|Białystok'),
  SE: list('Stockholm|Göteborg|Malmö|Uppsala|Västerås|Örebro|Linköping|Helsingborg|Lund|Umeå'),
  DK: list('København|Aarhus|Odense|Aalborg|Esbjerg|Randers|Kolding|Horsens|Vejle|Roskilde'),
};

const US_STATES = list('NY|WA|TX|IL|CO|MA|CA|OR|GA|AZ|OH|NC|NJ|FL|PA|MN');
const IN_STATES = list(
  'Karnataka|Maharashtra|Delhi|Tamil Nadu|Telangana|Uttar Pradesh|West Bengal|Gujarat|Kerala|Haryana',
);
const MY_STATES = list(
  'Selangor|Wilayah Persekutuan|Johor|Pulau Pinang|Perak|Negeri Sembilan|Melaka|Sarawak|Sabah|Kedah',
);

const ordinal = (n: number): string =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

function streetStem(rng: Rng, country: Country): string {
  return rng.chance(0.5)
    ? surname(rng, country).replace(/^(de|van den|van|bin|binti|a\/l) /i, '')
    : pseudoWord(rng, flavourOf(country));
}

function streetLine(rng: Rng, country: Country): string {
  const stem = streetStem(rng, country);
  const n = String(
    rng.weighted([
      [rng.int(1, 40), 3],
      [rng.int(1, 250), 2],
      [rng.int(1, 9999), country === 'US' ? 4 : 0.1],
    ] as const),
  );
  const nx = rng.chance(0.12) ? n + rng.pick(['a', 'b', 'A', 'B']) : n;
  switch (country) {
    case 'DE':
    case 'AT':
    case 'CH':
      return `${stem}${rng.pick(['straße', 'str.', 'weg', 'allee', 'gasse', 'ring', 'platz'])} ${nx}`;
    case 'NL':
    case 'BE':
      return rng.chance(0.7)
        ? `${stem}${rng.pick(['straat', 'laan', 'weg', 'plein', 'gracht', 'dijk'])} ${nx}`
        : `${rng.pick(['Rue', 'Avenue', 'Chaussée de'])} ${stem} ${nx}`;
    case 'FR':
    case 'LU':
      return `${nx}${rng.chance(0.2) ? rng.pick([' bis', ' ter']) : ''}, ${rng.pick(['rue', 'avenue', 'boulevard', 'chemin', 'allée', 'place', 'impasse'])} ${rng.pick(['de la ', 'du ', 'des ', 'de ', ''])}${stem}`;
    case 'IT':
      return `${rng.pick(['Via', 'Viale', 'Corso', 'Piazza', 'Largo'])} ${stem}, ${nx}`;
    case 'ES':
      return `${rng.pick(['Calle', 'C/', 'Avenida', 'Avda.', 'Paseo', 'Plaza'])} ${rng.pick(['de ', 'del ', ''])}${stem}, ${nx}${rng.chance(0.4) ? `, ${rng.int(1, 8)}º ${rng.pick(['A', 'B', 'C', 'izq.', 'dcha.'])}` : ''}`;
    case 'GB':
    case 'IE':
      return `${rng.chance(0.2) ? `Unit ${rng.int(1, 30)}, ` : ''}${n} ${stem} ${rng.pick(['Road', 'Street', 'Lane', 'Avenue', 'Close', 'Way', 'Park', 'Crescent'])}`;
    case 'US':
      return `${n} ${stem} ${rng.pick(['St', 'Street', 'Ave', 'Avenue', 'Blvd', 'Rd', 'Drive', 'Way'])}${rng.chance(0.3) ? `, ${rng.pick(['Suite', 'Ste', 'Floor', 'Unit'])} ${rng.int(100, 999)}` : ''}`;
    case 'IN':
      return `${rng.pick(['Plot No.', 'No.', 'Door No.', 'Flat', '#'])} ${n}${rng.chance(0.5) ? '/' + rng.int(1, 99) : ''}, ${ordinal(rng.int(1, 12))} ${rng.pick(['Cross', 'Main', 'Floor', 'Lane'])}, ${stem} ${rng.pick(['Nagar', 'Layout', 'Road', 'Colony', 'Marg'])}`;
    case 'MY':
      return `${rng.pick(['No.', 'Lot', 'No', ''])} ${n}${rng.chance(0.4) ? '-' + rng.int(1, 9) : ''}, Jalan ${stem}${rng.chance(0.5) ? ` ${rng.int(1, 20)}/${rng.int(1, 9)}` : ''}`.trim();
    case 'PL':
      return `${rng.pick(['ul.', 'al.', 'pl.'])} ${stem} ${nx}${rng.chance(0.4) ? '/' + rng.int(1, 60) : ''}`;
    case 'SE':
      return `${stem}${rng.pick(['gatan', 'vägen', 'torget', 'backen'])} ${nx}`;
    case 'DK':
      return `${stem}${rng.pick(['gade', 'vej', 'torv', 'allé'])} ${nx}${rng.chance(0.3) ? `, ${rng.int(1, 5)}. ${rng.pick(['tv.', 'th.', 'sal'])}` : ''}`;
  }
}

/** Second street line: building, district or "Taman …" for Malaysia. */
function extraLine(rng: Rng, country: Country): string | undefined {
  if (country === 'MY' && rng.chance(0.8))
    return `Taman ${pseudoWord(rng, 'asian')} ${rng.pick(['Jaya', 'Indah', 'Baru', 'Utama', 'Perdana'])}`;
  if (country === 'IN' && rng.chance(0.7))
    return `${rng.pick(['Near', 'Opp.', 'Behind'])} ${pseudoWord(rng, 'asian')} ${rng.pick(['Temple', 'Mall', 'Bus Stand', 'Park'])}`;
  if (!rng.chance(0.12)) return undefined;
  const n = rng.int(1, 9);
  const box = rng.int(100, 99999);
  switch (country) {
    case 'DE':
    case 'AT':
    case 'CH':
      return rng.pick([`Gebäude ${rng.letters(1)}`, `Postfach ${box}`, `${n}. OG`, `Haus ${n}`]);
    case 'FR':
    case 'BE':
    case 'LU':
      return rng.pick([
        `Bâtiment ${rng.letters(1)}`,
        `BP ${box}`,
        `ZI des ${rng.pick(['Pins', 'Chênes', 'Landes'])}`,
        `${n}e étage`,
      ]);
    case 'NL':
      return rng.pick([`Postbus ${box}`, `Unit ${n}`]);
    case 'IT':
      return rng.pick([`Scala ${rng.letters(1)}`, `Casella Postale ${box}`, `Zona Industriale`]);
    case 'ES':
      return rng.pick([
        `Polígono Industrial ${pseudoWord(rng, 'romance')}`,
        `Apartado ${box}`,
        `Nave ${n}`,
      ]);
    default:
      return rng.pick([
        `Building ${n}`,
        `PO Box ${box}`,
        `c/o Reception`,
        `Suite ${box % 1000}`,
        `${n}th Floor`,
      ]);
  }
  return undefined;
}

export function postcode(rng: Rng, country: Country): string {
  switch (country) {
    case 'DE':
    case 'FR':
    case 'IT':
    case 'ES':
    case 'MY':
      return rng.digits(5).replace(/^0/, String(rng.int(1, 9)));
    case 'AT':
    case 'CH':
    case 'BE':
    case 'LU':
    case 'DK':
      return `${rng.int(1, 9)}${rng.digits(3)}`;
    case 'NL':
      return `${rng.int(1, 9)}${rng.digits(3)} ${rng.letters(2)}`;
    case 'GB':
      return `${rng.letters(rng.int(1, 2))}${rng.int(1, 20)} ${rng.int(1, 9)}${rng.letters(2)}`;
    case 'IE':
      return `${rng.letters(1)}${rng.digits(2)} ${rng.letters(1)}${rng.digits(1)}${rng.letters(1)}${rng.digits(1)}`;
    case 'US':
      return rng.chance(0.2) ? `${rng.digits(5)}-${rng.digits(4)}` : rng.digits(5);
    case 'IN':
      return `${rng.int(1, 8)}${rng.digits(5)}`;
    case 'PL':
      return `${rng.digits(2)}-${rng.digits(3)}`;
    case 'SE':
      return `${rng.int(1, 9)}${rng.digits(2)} ${rng.digits(2)}`;
  }
}

export function makeAddress(rng: Rng, country: Country): Address {
  const extra = extraLine(rng, country);
  const street = extra ? [streetLine(rng, country), extra] : [streetLine(rng, country)];
  const region =
    country === 'US'
      ? rng.pick(US_STATES)
      : country === 'IN'
        ? rng.pick(IN_STATES)
        : country === 'MY'
          ? rng.pick(MY_STATES)
          : undefined;
  const city = rng.chance(0.15)
    ? pseudoWord(rng, flavourOf(country)) +
      rng.pick(['', '', 'heim', 'ville', 'dorf', 'ton', 'burg'])
    : rng.pick(CITIES[country]);
  const prefix =
    country === 'LU'
      ? 'L-'
      : country === 'CH' && rng.chance(0.2)
        ? 'CH-'
        : country === 'AT' && rng.chance(0.2)
          ? 'A-'
          : country === 'DE' && rng.chance(0.1)
            ? 'D-'
            : '';
  return {
    street,
    postcode: prefix + postcode(rng, country),
    city,
    ...(region ? { region } : {}),
    country,
  };
}

/** The printed address lines in the country's convention; `foreign` adds the country name. */
export function addressLines(a: Address, lang: Lang, foreign: boolean, upper = false): string[] {
  const cityLine = (() => {
    switch (a.country) {
      case 'GB':
      case 'IE':
        return [a.city, a.postcode];
      case 'US':
        return [`${a.city}, ${a.region ?? ''} ${a.postcode}`];
      case 'IN':
        return [`${a.city} - ${a.postcode}`, a.region ?? ''];
      case 'MY':
        return [`${a.postcode} ${a.city}`, a.region ?? ''];
      default:
        return [`${a.postcode} ${a.city}`];
    }
  })();
  const lines = [...a.street, ...cityLine.filter(Boolean)];
  if (foreign) lines.push(PROFILES[a.country].names[lang]);
  return upper ? lines.map((l) => l.toUpperCase()) : lines;
}
