// Month and weekday names in the languages the app reads (en, de, fr, nl, es, it), full and
// abbreviated, lower case and without diacritics. Where languages share a spelling, it means the
// same month in all of them, so one table serves every document.

const months: readonly (readonly string[])[] = [
  [
    'january',
    'jan',
    'januar',
    'janner',
    'jaenner',
    'janvier',
    'janv',
    'januari',
    'enero',
    'ene',
    'gennaio',
    'gen',
  ],
  [
    'february',
    'feb',
    'febr',
    'februar',
    'fevrier',
    'fevr',
    'fev',
    'februari',
    'febrero',
    'febbraio',
  ],
  ['march', 'mar', 'marz', 'maerz', 'mrz', 'mars', 'maart', 'mrt', 'marzo'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  ['may', 'mai', 'mei', 'mayo', 'maggio', 'mag'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug'],
  ['august', 'aug', 'aout', 'augustus', 'agosto', 'ago'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'set'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott'],
  ['november', 'nov', 'novembre', 'noviembre'],
  ['december', 'dec', 'dezember', 'dez', 'decembre', 'diciembre', 'dic', 'dicembre'],
];

const weekdays = [
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ...['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'],
  ...['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'],
  ...['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  ...['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  ...['lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo'],
  ...['lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', 'sabato', 'domenica'],
];

/** Words that join the parts of a written date: "15 de marzo de 2024", "le 1er mars". */
const fillers = ['de', 'del', 'le', 'den', 'der', 'the', 'of', 'il', 'el', 'am'];

const monthByName = new Map<string, number>(
  months.flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);
const skipped = new Set([...weekdays, ...fillers]);

/** Lower case, no diacritics: "März" → "marz", "Févr." → "fevr.". */
export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** 1..12 for a month name or abbreviation (a trailing dot allowed), else undefined. */
export function monthNumber(word: string): number | undefined {
  return monthByName.get(foldWord(word).replace(/\.$/, ''));
}

/** Weekday names and joining words a written date may contain. */
export function isDateFiller(word: string): boolean {
  return skipped.has(foldWord(word).replace(/[.,]$/, ''));
}
