// Printed units → UN/ECE Recommendation 20 codes (EN 16931 BT-130), for the units invoices in the
// app's languages print most. Unknown units give undefined rather than a guess.
import { foldWord } from './normalize-date-names.ts';

const units: readonly (readonly [code: string, names: string])[] = [
  [
    'H87',
    'pcs pc piece pieces stk stck stuck st pce pces pz pezzi pieza piezas uds ud stuks st. ea each',
  ],
  ['C62', 'unit units unite unites einheit einheiten unidad unidades eenheid eenheden'],
  ['HUR', 'h hr hrs hour hours std stunde stunden heure heures uur uren hora horas ora ore'],
  ['DAY', 'd day days tag tage jour jours dag dagen dia dias giorno giorni pt'],
  ['MON', 'month months monat monate mois maand maanden mes meses mese mesi'],
  ['ANN', 'year years jahr jahre an ans annee jaar jaren ano anos anno anni'],
  ['KGM', 'kg kilo kilogram kilogramm'],
  ['GRM', 'g gr gram gramm grammes'],
  ['MTR', 'm meter metre meters metres'],
  ['MTK', 'm2 m² qm sqm'],
  ['MTQ', 'm3 m³ cbm'],
  ['LTR', 'l ltr liter litre liters litres'],
  ['KMT', 'km'],
  ['SET', 'set sets satz'],
  ['LS', 'pauschal flat lump forfait forfaitaire'],
  ['PK', 'pack pkg paket packung pak'],
  ['MIN', 'min minute minutes minuten'],
  ['KWH', 'kwh'],
];

const byName = new Map(
  units.flatMap(([code, names]) => names.split(' ').map((name) => [name, code] as const)),
);

export function normalizeUnit(text: string): string | undefined {
  const word = foldWord(text.trim()).replace(/[.:,]$/, '');
  return byName.get(word) ?? byName.get(word.replace(/\.$/, ''));
}
