// Company names: national legal forms, trade words, family names and made-up brands.
import type { Rng } from '../rng.ts';
import type { Country } from '../types.ts';
import { list } from './list.ts';
import { flavourOf, surname } from './people.ts';
import { brandName, pseudoWord } from './pseudo.ts';

const FORMS: Record<Country, string[]> = {
  DE: list('GmbH|GmbH|GmbH & Co. KG|AG|e.K.|UG (haftungsbeschränkt)|KG|OHG|GbR'),
  AT: list('GmbH|GmbH|KG|OG|e.U.|AG'),
  CH: list('AG|GmbH|SA|Sàrl|GmbH'),
  FR: list('SARL|SAS|SA|EURL|SASU|SNC'),
  BE: list('BV|NV|SRL|SA|BVBA|VOF'),
  NL: list('B.V.|B.V.|N.V.|V.O.F.|BV'),
  LU: list('S.à r.l.|S.A.|SARL|SA'),
  IT: list('S.r.l.|S.p.A.|S.n.c.|S.a.s.|Srl'),
  ES: list('S.L.|S.A.|S.L.U.|SL|SA'),
  GB: list('Ltd|Limited|Ltd.|LLP|plc'),
  IE: list('Ltd|Limited|DAC|Teoranta'),
  US: list('Inc.|LLC|Corp.|Inc|Co.|LLP'),
  IN: list('Pvt. Ltd.|Private Limited|Pvt Ltd|LLP|Ltd.|Enterprises'),
  MY: list('SDN BHD|Sdn. Bhd.|Sdn Bhd|ENTERPRISE|TRADING|BHD'),
  PL: list('Sp. z o.o.|S.A.|sp.j.|Sp. k.'),
  SE: list('AB|AB|HB|KB'),
  DK: list('ApS|A/S|I/S|IVS'),
};

const TRADES_EN = list(
  'Trading|Logistics|Software|Consulting|Design|Supplies|Engineering|Foods|Systems|Solutions|Hardware|Electrical|Printing|Media|Building Services|Office Supplies|Stationery|Machinery|Textiles|Analytics|Cloud Services|Marine|Motors',
);
const TRADES: Partial<Record<Country, string[]>> = {
  DE: list(
    'Bau|Elektro|Metallbau|Druckerei|Software|Logistik|Handel|Medien|Haustechnik|Gartenbau|Immobilien|Maschinenbau|Bürobedarf|Feinkost|Sanitär|Dachdeckerei|Steuerberatung|Werbetechnik',
  ),
  AT: list('Bau|Elektrotechnik|Tischlerei|Handel|Reisen|Installationen|Transporte'),
  FR: list(
    'Bâtiment|Informatique|Transports|Conseil|Imprimerie|Menuiserie|Électricité|Boulangerie|Traiteur|Plomberie|Distribution|Services',
  ),
  NL: list(
    'Bouw|Installatietechniek|Transport|Advies|Drukkerij|Handelsonderneming|Schilders|Techniek|Groothandel',
  ),
  BE: list('Bouw|Transport|Consult|Technics|Drukkerij|Distribution'),
  IT: list(
    'Costruzioni|Informatica|Trasporti|Consulenze|Tipografia|Impianti|Commerciale|Forniture',
  ),
  ES: list(
    'Construcciones|Informática|Transportes|Asesores|Distribuciones|Suministros|Instalaciones',
  ),
  MY: list(
    'HARDWARE|TRADING|STATIONERY|BOOKSTORE|RESTAURANT|MINI MARKET|ENTERPRISE|MACHINERY|HOME DECO|BAKERY|PHARMACY|AUTO PARTS|ELECTRICAL',
  ),
  IN: list(
    'Traders|Enterprises|Retail Services|Agencies|Electronics|Textiles|Infotech|Exports|Distributors',
  ),
};

const COLOURS = list(
  'Blue|Red|Green|Silver|Golden|Black|White|Northern|Coastal|Summit|Harbor|Oak|Cedar|Granite|Bright|Crescent|Pioneer|Atlas',
);
const NOUNS = list(
  'Harbor|River|Peak|Bridge|Leaf|Stone|Field|Lane|Star|Rock|Wave|Forge|Gate|Ridge|Mill|Point',
);

/** A realistic or made-up company name with a legal form suited to the country. */
export function companyName(rng: Rng, country: Country): string {
  const form = rng.pick(FORMS[country]);
  const flavour = flavourOf(country);
  const trades = rng.chance(0.75) ? (TRADES[country] ?? TRADES_EN) : TRADES_EN;
  const trade = rng.pick(trades);
  const sn = (): string => surname(rng, country);
  const brand = (): string => brandName(rng, flavour);
  const pattern = rng.int(0, 9);
  const withForm = (core: string): string => (rng.chance(0.85) ? `${core} ${form}` : core);
  switch (country) {
    case 'DE':
    case 'AT':
    case 'CH': {
      if (pattern < 2) return `${sn()} & ${rng.pick(['Söhne', 'Partner', 'Sohn', 'Co.'])} ${form}`;
      if (pattern < 4) return withForm(`${trade} ${sn()}`);
      if (pattern < 5) return withForm(`${sn()} ${sn()}`);
      if (pattern < 7)
        return withForm(`${brand()} ${rng.pick(['Technologies', 'Systems', 'Solutions', trade])}`);
      return withForm(brand());
    }
    case 'FR':
    case 'LU':
      if (pattern < 2)
        return withForm(
          `${rng.pick(['Atelier', 'Maison', 'Ets', 'Établissements', 'Cabinet', 'Garage'])} ${sn()}`,
        );
      if (pattern < 3) return withForm(`${sn()} & Fils`);
      if (pattern < 5) return withForm(`${trade} ${sn()}`);
      return withForm(`${brand()}${rng.chance(0.4) ? ' ' + trade : ''}`);
    case 'BE':
    case 'NL':
      if (pattern < 3)
        return withForm(
          `${rng.pick(['Bouwbedrijf', 'Installatiebedrijf', 'Bakkerij', 'Garage', 'Transportbedrijf'])} ${sn()}`,
        );
      if (pattern < 5) return withForm(`${sn()} ${trade}`);
      return withForm(`${brand()}${rng.chance(0.3) ? ' Groep' : ''}`);
    case 'IT':
      if (pattern < 2) return withForm(`F.lli ${sn()}`);
      if (pattern < 5) return withForm(`${trade} ${sn()}`);
      return withForm(brand());
    case 'ES':
      if (pattern < 3) return withForm(`${sn()} y Asociados`);
      if (pattern < 5) return withForm(`${trade} ${sn()}`);
      return withForm(brand());
    case 'MY': {
      const core =
        pattern < 3
          ? `${sn()} ${trade}`
          : pattern < 5
            ? `KEDAI ${pseudoWord(rng, 'asian')} ${trade}`
            : pattern < 7
              ? `${brand()} ${trade}`
              : `${pseudoWord(rng, 'asian')} ${pseudoWord(rng, 'asian')} ${trade}`;
      return withForm(core).toUpperCase();
    }
    case 'IN':
      if (pattern < 3) return `${rng.pick(['Shree', 'Sri', 'New', 'Royal'])} ${brand()} ${trade}`;
      return withForm(`${brand()} ${trade}`);
    default:
      if (pattern < 3) return `${rng.pick(COLOURS)} ${rng.pick(NOUNS)} ${trade} ${form}`;
      if (pattern < 5) return withForm(`${sn()} & ${rng.pick(['Partners', 'Sons', 'Co', sn()])}`);
      if (pattern < 7) return withForm(`${brand()} ${trade}`);
      return withForm(brand());
  }
}

const LEGAL = new Set(
  Object.values(FORMS)
    .flat()
    .flatMap((f) => f.toLowerCase().split(' ')),
);

/** Domain-ish stem for emails and web sites: the name without legal form, ASCII, hyphenated. */
export function domainStem(name: string): string {
  const words = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => !LEGAL.has(w) && !/[.&/()]/.test(w));
  const stem = words
    .join('-')
    .replace(/[^a-z0-9-]+/g, '')
    .replace(/^-+|-+$/g, '');
  return stem.slice(0, 24).replace(/-+$/, '') || 'firma';
}
