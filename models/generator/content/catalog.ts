// Line-item wording in six languages with units and plausible price ranges; brands are made up.
import type { Rng } from '../rng.ts';
import type { Country, Lang } from '../types.ts';
import { list } from './list.ts';
import { brandName } from './pseudo.ts';

export type UnitKind =
  'piece' | 'hour' | 'day' | 'kg' | 'm' | 'l' | 'month' | 'flat' | 'set' | 'licence';
export type Sector =
  'office' | 'it' | 'services' | 'building' | 'food' | 'hardware' | 'restaurant' | 'cloud';

// sector | unit | min price | max price | en | de | fr | nl | es | it
const ITEMS = `
office|piece|2|12|Copy paper A4 80 g (500 sheets)|Kopierpapier A4 80 g (500 Blatt)|Ramette papier A4 80 g|Kopieerpapier A4 80 g|Papel A4 80 g (500 hojas)|Carta A4 80 g (500 fogli)
office|piece|20|95|Toner cartridge black|Tonerkartusche schwarz|Cartouche de toner noir|Tonercartridge zwart|Cartucho de tóner negro|Cartuccia toner nero
office|set|3|25|Ballpoint pens, box of 50|Kugelschreiber, 50er-Packung|Stylos à bille, boîte de 50|Balpennen, doos van 50|Bolígrafos, caja de 50|Penne a sfera, scatola da 50
office|piece|1|6|Ring binder A4, 8 cm|Ordner A4, 8 cm|Classeur à levier A4|Ordner A4, 8 cm|Archivador A4|Raccoglitore A4
office|piece|80|900|Office chair ergonomic|Bürostuhl ergonomisch|Fauteuil de bureau ergonomique|Ergonomische bureaustoel|Silla de oficina ergonómica|Sedia da ufficio ergonomica
it|piece|90|400|USB-C docking station|USB-C-Dockingstation|Station d’accueil USB-C|USB-C-dockingstation|Base de conexión USB-C|Docking station USB-C
it|piece|150|700|Monitor 27" IPS|Monitor 27" IPS|Écran 27" IPS|Monitor 27" IPS|Monitor 27" IPS|Monitor 27" IPS
it|piece|600|2400|Notebook 14" 16 GB RAM|Notebook 14" 16 GB RAM|Ordinateur portable 14"|Laptop 14" 16 GB RAM|Portátil 14" 16 GB RAM|Notebook 14" 16 GB RAM
it|piece|8|60|Wireless mouse|Funkmaus|Souris sans fil|Draadloze muis|Ratón inalámbrico|Mouse wireless
it|piece|40|180|SSD 1 TB NVMe|SSD 1 TB NVMe|Disque SSD 1 To|SSD 1 TB NVMe|Disco SSD 1 TB|SSD 1 TB NVMe
it|piece|5|30|Network cable Cat6, 5 m|Netzwerkkabel Cat6, 5 m|Câble réseau Cat6, 5 m|Netwerkkabel Cat6, 5 m|Cable de red Cat6, 5 m|Cavo di rete Cat6, 5 m
services|hour|45|180|Consulting|Beratung|Conseil|Advies|Consultoría|Consulenza
services|hour|40|150|Software development|Softwareentwicklung|Développement logiciel|Softwareontwikkeling|Desarrollo de software|Sviluppo software
services|hour|35|120|On-site support|Vor-Ort-Service|Intervention sur site|Ondersteuning op locatie|Soporte in situ|Assistenza in sede
services|day|400|1400|Workshop facilitation|Workshop-Moderation|Animation d’atelier|Workshopbegeleiding|Moderación de taller|Conduzione workshop
services|flat|150|3000|Website redesign|Neugestaltung Website|Refonte du site web|Herontwerp website|Rediseño de la web|Restyling sito web
services|month|20|500|Maintenance contract|Wartungsvertrag|Contrat de maintenance|Onderhoudscontract|Contrato de mantenimiento|Contratto di manutenzione
services|flat|50|600|Travel expenses|Reisekosten|Frais de déplacement|Reiskosten|Gastos de desplazamiento|Spese di trasferta
services|hour|60|220|Tax advice|Steuerberatung|Conseil fiscal|Belastingadvies|Asesoría fiscal|Consulenza fiscale
services|flat|80|900|Translation EN-DE, 12 pages|Übersetzung EN-DE, 12 Seiten|Traduction EN-FR, 12 pages|Vertaling EN-NL, 12 pagina’s|Traducción EN-ES, 12 páginas|Traduzione EN-IT, 12 pagine
services|licence|5|120|Software licence, annual|Softwarelizenz, jährlich|Licence logicielle annuelle|Softwarelicentie, jaarlijks|Licencia de software anual|Licenza software annuale
building|hour|38|85|Electrician labour|Elektriker Arbeitszeit|Main d’œuvre électricien|Arbeidsloon elektricien|Mano de obra electricista|Manodopera elettricista
building|m|2|15|Copper pipe 15 mm|Kupferrohr 15 mm|Tube cuivre 15 mm|Koperen buis 15 mm|Tubo de cobre 15 mm|Tubo in rame 15 mm
building|piece|4|14|Cement 25 kg bag|Zement 25 kg Sack|Sac de ciment 25 kg|Zak cement 25 kg|Saco de cemento 25 kg|Sacco di cemento 25 kg
building|m|8|60|Laminate flooring|Laminat Eiche|Parquet stratifié|Laminaat eiken|Suelo laminado|Pavimento laminato
building|l|6|25|Wall paint white|Wandfarbe weiß|Peinture murale blanche|Muurverf wit|Pintura blanca|Pittura murale bianca
building|flat|100|2500|Disposal of building waste|Entsorgung Bauschutt|Évacuation des gravats|Afvoer bouwafval|Retirada de escombros|Smaltimento macerie
food|kg|3|40|Coffee beans|Kaffeebohnen|Café en grains|Koffiebonen|Café en grano|Caffè in grani
food|piece|0|4|Mineral water 1.5 l|Mineralwasser 1,5 l|Eau minérale 1,5 l|Mineraalwater 1,5 l|Agua mineral 1,5 l|Acqua minerale 1,5 l
food|piece|2|20|Olive oil 750 ml|Olivenöl 750 ml|Huile d’olive 750 ml|Olijfolie 750 ml|Aceite de oliva 750 ml|Olio d’oliva 750 ml
food|kg|4|30|Cheese assortment|Käseauswahl|Assortiment de fromages|Kaasassortiment|Surtido de quesos|Assortimento di formaggi
food|piece|1|9|Nougat 250 g|Nougat 250 g|Nougat 250 g|Noga 250 g|Turrón 250 g|Torrone 250 g
hardware|piece|1|30|PVC PIPE 1/2"|PVC-Rohr 1/2"|Tube PVC 1/2"|PVC-buis 1/2"|Tubo PVC 1/2"|Tubo PVC 1/2"
hardware|set|1|15|SCREW 8 X 1" (100 PCS)|Schrauben 8 x 25 (100 St.)|Vis 8 x 25 (100 pces)|Schroeven 8 x 25 (100 st.)|Tornillos 8 x 25 (100 uds.)|Viti 8 x 25 (100 pz.)
hardware|piece|2|25|PAINT BRUSH 2"|Pinsel 50 mm|Pinceau 50 mm|Kwast 50 mm|Brocha 50 mm|Pennello 50 mm
hardware|piece|5|90|EXTENSION CORD 3 WAY 5M|Verlängerungskabel 3-fach 5 m|Rallonge 3 prises 5 m|Verlengsnoer 3-voudig 5 m|Alargador 3 tomas 5 m|Prolunga 3 prese 5 m
hardware|piece|60|900|ANGLE GRINDER 900W|Winkelschleifer 900 W|Meuleuse d’angle 900 W|Haakse slijper 900 W|Amoladora 900 W|Smerigliatrice 900 W
restaurant|piece|2|18|NASI LEMAK AYAM|Schnitzel mit Pommes|Plat du jour|Dagschotel|Menú del día|Piatto del giorno
restaurant|piece|1|6|TEH TARIK|Cappuccino|Café crème|Koffie verkeerd|Café con leche|Cappuccino
restaurant|piece|2|12|MEE GORENG|Currywurst|Croque-monsieur|Tosti ham-kaas|Bocadillo|Panino
restaurant|piece|1|5|KOPI O AIS|Apfelschorle|Jus d’orange|Jus d’orange|Zumo de naranja|Spremuta
cloud|month|0|400|Compute instances, usage|Rechenleistung, Nutzung|Instances de calcul, usage|Rekeninstanties, gebruik|Instancias de cómputo, uso|Istanze di calcolo, utilizzo
cloud|month|0|50|Data transfer out|Datenübertragung|Transfert de données|Dataoverdracht|Transferencia de datos|Trasferimento dati
cloud|month|0|120|Object storage|Objektspeicher|Stockage objet|Objectopslag|Almacenamiento de objetos|Archiviazione oggetti
cloud|month|5|300|Managed database|Verwaltete Datenbank|Base de données gérée|Beheerde database|Base de datos gestionada|Database gestito
`;

const UNITS: Record<UnitKind, Record<Lang, string>> = {
  piece: {
    en: 'pcs|pc|ea|unit|PCS',
    de: 'Stk.|St.|Stück|Stk',
    fr: 'pce|u.|unité|pièce',
    nl: 'st.|stuk|stk',
    es: 'ud.|uds.|unidad',
    it: 'pz.|pz|n.|NR',
  },
  hour: {
    en: 'h|hrs|hours|hr',
    de: 'Std.|h|Stunden|Std',
    fr: 'h|heure|heures',
    nl: 'uur|u|uren',
    es: 'h|horas|hora',
    it: 'ore|h|ora',
  },
  day: {
    en: 'day|days|d',
    de: 'Tag|Tage|PT',
    fr: 'jour|jours|j',
    nl: 'dag|dagen',
    es: 'día|días',
    it: 'gg|giorni|giorno',
  },
  kg: { en: 'kg', de: 'kg', fr: 'kg', nl: 'kg', es: 'kg', it: 'kg' },
  m: { en: 'm|m²|lm', de: 'm|m²|lfm', fr: 'm|m²|ml', nl: 'm|m²|m1', es: 'm|m²|ml', it: 'm|mq|ml' },
  l: { en: 'l|L|ltr', de: 'l|Ltr.|L', fr: 'l|L', nl: 'l|ltr', es: 'l|L', it: 'l|lt' },
  month: {
    en: 'month|mo.|mth',
    de: 'Monat|Mon.|Mt.',
    fr: 'mois',
    nl: 'maand|mnd',
    es: 'mes|meses',
    it: 'mese|mesi',
  },
  flat: {
    en: 'flat|lump sum|job',
    de: 'pauschal|psch.|Pausch.',
    fr: 'forfait|fft',
    nl: 'forfait|post',
    es: 'global|tanto alzado',
    it: 'forfait|a corpo',
  },
  set: {
    en: 'set|box|pack',
    de: 'Satz|Pkg.|Set',
    fr: 'lot|boîte',
    nl: 'set|doos',
    es: 'juego|caja',
    it: 'set|conf.',
  },
  licence: {
    en: 'licence|license|seat|user',
    de: 'Lizenz|Lz.|User',
    fr: 'licence|poste',
    nl: 'licentie|gebruiker',
    es: 'licencia|usuario',
    it: 'licenza|utente',
  },
};

export interface CatalogItem {
  readonly sector: Sector;
  readonly unitKind: UnitKind;
  readonly min: number;
  readonly max: number;
  readonly names: readonly string[];
}

const LANG_INDEX: Record<Lang, number> = { en: 0, de: 1, fr: 2, nl: 3, es: 4, it: 5 };

export const CATALOG: readonly CatalogItem[] = ITEMS.trim()
  .split('\n')
  .map((row) => {
    const [sector = '', unit = '', min = '0', max = '1', ...names] = row.split('|');
    return {
      sector: sector as Sector,
      unitKind: unit as UnitKind,
      min: Number(min),
      max: Number(max),
      names,
    };
  });

export function sectorsFor(country: Country, receipt: boolean): Sector[] {
  if (receipt)
    return country === 'MY'
      ? (list('hardware|restaurant|office|food') as Sector[])
      : (list('food|restaurant|hardware|office') as Sector[]);
  return list('office|it|services|building|food|hardware|cloud|services|it') as Sector[];
}

/** Item wording in the language, sometimes with a made-up brand, model code or variant. */
export function itemName(rng: Rng, item: CatalogItem, lang: Lang, upper: boolean): string {
  let name = item.names[LANG_INDEX[lang]] ?? item.names[0] ?? 'Item';
  if (
    (item.sector === 'it' || item.sector === 'hardware' || item.sector === 'office') &&
    rng.chance(0.45)
  ) {
    const brand = brandName(rng);
    name = rng.chance(0.5)
      ? `${brand} ${name}`
      : `${name} ${brand} ${rng.letters(rng.int(1, 2))}-${rng.int(10, 9999)}`;
  }
  if (item.unitKind === 'month' && rng.chance(0.5))
    name += ` (${rng.pick(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'])}/${rng.int(2015, 2026)})`;
  return upper ? name.toUpperCase() : name;
}

export function unitLabel(rng: Rng, kind: UnitKind, lang: Lang): string {
  return rng.pick(UNITS[kind][lang].split('|'));
}
