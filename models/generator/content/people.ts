// Person names by naming culture, mixed with made-up names so that no list is memorised.
import { list } from './list.ts';
import type { Rng } from '../rng.ts';
import type { Country } from '../types.ts';
import { pseudoWord, type Flavour } from './pseudo.ts';

type Culture = 'de' | 'fr' | 'nl' | 'it' | 'es' | 'en' | 'in' | 'my' | 'pl' | 'nordic';

const FIRST: Record<Culture, string[]> = {
  de: list(
    'Anna|Lukas|Sabine|Jürgen|Katrin|Matthias|Ute|Jonas|Lea|Stefan|Birgit|Florian|Heike|Tobias|Franziska|Klaus|Marie|Dieter|Lena|Sven',
  ),
  fr: list(
    'Camille|Julien|Élodie|François|Chloé|Mathieu|Céline|Antoine|Manon|Loïc|Sophie|Hélène|Thierry|Aurélie|Benoît|Inès|Yves|Margaux',
  ),
  nl: list(
    'Daan|Sanne|Bram|Femke|Joost|Lotte|Pieter|Anouk|Sem|Ilse|Wouter|Eva|Ruud|Marieke|Koen|Fleur',
  ),
  it: list(
    'Giulia|Marco|Francesca|Luca|Chiara|Alessandro|Sara|Matteo|Elena|Giuseppe|Valentina|Davide|Federica|Paolo',
  ),
  es: list(
    'Lucía|Javier|María|Alejandro|Carmen|Pablo|Elena|Sergio|Marta|Álvaro|Laura|Diego|Pilar|Andrés',
  ),
  en: list(
    'James|Olivia|Michael|Emily|David|Sarah|Daniel|Emma|Robert|Jessica|Thomas|Hannah|Christopher|Grace|Ryan|Megan|Patrick|Siobhan',
  ),
  in: list(
    'Aarav|Priya|Rahul|Ananya|Vikram|Sneha|Arjun|Kavya|Rohit|Pooja|Sanjay|Divya|Amit|Neha|Karthik|Lakshmi',
  ),
  my: list(
    'Ahmad|Siti|Wei Ling|Kumar|Nurul|Chee Keong|Farah|Mei Hua|Hafiz|Kavitha|Jia Hui|Azlan|Suresh|Aisyah',
  ),
  pl: list(
    'Anna|Piotr|Katarzyna|Tomasz|Magdalena|Paweł|Agnieszka|Krzysztof|Joanna|Marcin|Zofia|Łukasz',
  ),
  nordic: list(
    'Lars|Ingrid|Erik|Astrid|Nils|Sofie|Mikkel|Freja|Anders|Karin|Søren|Maja|Björn|Linnea',
  ),
};

const LAST: Record<Culture, string[]> = {
  de: list(
    'Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Hoffmann|Schäfer|Koch|Richter|Klein|Wolf|Schröder|Neumann|Zimmermann|Krüger|Hartmann|Lange|Brandt|Vogel|Kühn|Huber|Gruber|Steiner',
  ),
  fr: list(
    'Dupont|Martin|Bernard|Durand|Lefèvre|Moreau|Laurent|Girard|Rousseau|Fontaine|Chevalier|Mercier|Blanchard|Gauthier|Perrin|Lemoine|Faure|Rivière',
  ),
  nl: list(
    'de Vries|Jansen|van den Berg|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|Peeters|Janssens|Maes|van Dijk|Hendriks',
  ),
  it: list(
    'Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|Mancini|Lombardi',
  ),
  es: list(
    'García|Fernández|González|Rodríguez|López|Martínez|Sánchez|Pérez|Gómez|Ruiz|Díaz|Moreno|Muñoz|Jiménez|Navarro|Romero',
  ),
  en: list(
    "Smith|Johnson|Williams|Brown|Taylor|Wilson|Davies|Evans|Thompson|Walker|Wright|Robinson|Hughes|Murphy|O'Brien|Kelly|Anderson|Clarke|Harris|Bennett",
  ),
  in: list(
    'Sharma|Patel|Singh|Kumar|Gupta|Reddy|Iyer|Nair|Mehta|Das|Rao|Joshi|Verma|Agarwal|Pillai|Banerjee',
  ),
  my: list(
    'bin Abdullah|binti Ismail|Tan|Lim|Lee|Wong|Ng|Chong|a/l Muthu|bin Hassan|Ong|Teoh|Goh|Chan|Yap|Loh',
  ),
  pl: list(
    'Nowak|Kowalski|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Lewandowski|Zieliński|Szymański|Woźniak|Dąbrowski|Kozłowski',
  ),
  nordic: list(
    'Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Nielsen|Jensen|Hansen|Pedersen|Christensen|Lindqvist|Sørensen|Berg',
  ),
};

export function cultureOf(country: Country): Culture {
  const map: Record<Country, Culture> = {
    DE: 'de',
    AT: 'de',
    CH: 'de',
    FR: 'fr',
    BE: 'nl',
    NL: 'nl',
    LU: 'fr',
    IT: 'it',
    ES: 'es',
    GB: 'en',
    IE: 'en',
    US: 'en',
    IN: 'in',
    MY: 'my',
    PL: 'pl',
    SE: 'nordic',
    DK: 'nordic',
  };
  return map[country];
}

export function flavourOf(country: Country): Flavour {
  const c = cultureOf(country);
  if (c === 'de' || c === 'nl' || c === 'pl') return 'germanic';
  if (c === 'fr' || c === 'it' || c === 'es') return 'romance';
  if (c === 'my' || c === 'in') return 'asian';
  if (c === 'nordic') return 'nordic';
  return 'generic';
}

export function surname(rng: Rng, country: Country): string {
  // Made-up surnames a third of the time: the model must not rely on known names.
  if (rng.chance(0.33)) return pseudoWord(rng, flavourOf(country));
  const culture = rng.chance(0.1) ? rng.pick(Object.keys(LAST) as Culture[]) : cultureOf(country);
  return rng.pick(LAST[culture]);
}

export function firstName(rng: Rng, country: Country): string {
  if (rng.chance(0.2)) return pseudoWord(rng, flavourOf(country), 2);
  const culture = rng.chance(0.1) ? rng.pick(Object.keys(FIRST) as Culture[]) : cultureOf(country);
  return rng.pick(FIRST[culture]);
}

/** "Anna Schmidt", "A. Schmidt", "SCHMIDT Anna" (French style), "Dr. Jonas Weber". */
export function personName(rng: Rng, country: Country): string {
  const first = firstName(rng, country);
  const last = surname(rng, country);
  const style = rng.weighted([
    ['full', 12],
    ['initial', 2],
    ['last-first', country === 'FR' || country === 'BE' ? 2 : 0.3],
    ['title', country === 'DE' || country === 'AT' ? 1 : 0.2],
  ] as const);
  if (style === 'initial') return `${first.charAt(0)}. ${last}`;
  if (style === 'last-first') return `${last.toUpperCase()} ${first}`;
  if (style === 'title')
    return `${rng.pick(['Dr.', 'Prof.', 'Dipl.-Ing.', 'Mag.'])} ${first} ${last}`;
  return `${first} ${last}`;
}
