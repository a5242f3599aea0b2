// Dates printed in every common style (one style per document) and parsed back to ISO for checks.
import { list } from './list.ts';
import type { DateStyle, Lang } from '../types.ts';

export const MONTHS: Record<Lang, readonly string[]> = {
  en: list('January|February|March|April|May|June|July|August|September|October|November|December'),
  de: list('Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember'),
  fr: list('janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre'),
  nl: list(
    'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december',
  ),
  es: list(
    'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre',
  ),
  it: list(
    'gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre',
  ),
};

export const MONTHS_SHORT: Record<Lang, readonly string[]> = {
  en: list('Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec'),
  de: list('Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez'),
  fr: list('janv.|févr.|mars|avr.|mai|juin|juil.|août|sept.|oct.|nov.|déc.'),
  nl: list('jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec'),
  es: list('ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic'),
  it: list('gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic'),
};

export const ALL_DATE_STYLES: readonly DateStyle[] = [
  'iso',
  'dmy-dot',
  'dmy-slash',
  'dmy-dash',
  'mdy-slash',
  'dmy-dot-short',
  'dmy-slash-short',
  'd-month-y',
  'd-dot-month-y',
  'month-d-y',
  'd-mon-y-dash',
  'd-mon-y',
  'mon-d-y',
  'ymd-slash',
  'ymd-dot',
];

const pad = (n: number): string => String(n).padStart(2, '0');

function splitIso(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y ?? 1970, m ?? 1, d ?? 1];
}

/** Formats an ISO date; `padded` false drops leading zeros where the style is numeric. */
export function formatDate(iso: string, style: DateStyle, lang: Lang, padded = true): string {
  const [y, m, d] = splitIso(iso);
  const dd = padded ? pad(d) : String(d);
  const mm = padded ? pad(m) : String(m);
  const month = MONTHS[lang][m - 1] ?? '';
  const mon = MONTHS_SHORT[lang][m - 1] ?? '';
  const yy = pad(y % 100);
  switch (style) {
    case 'iso':
      return `${y}-${pad(m)}-${pad(d)}`;
    case 'dmy-dot':
      return `${dd}.${mm}.${y}`;
    case 'dmy-slash':
      return `${dd}/${mm}/${y}`;
    case 'dmy-dash':
      return `${dd}-${mm}-${y}`;
    case 'mdy-slash':
      return `${mm}/${dd}/${y}`;
    case 'dmy-dot-short':
      return `${dd}.${mm}.${yy}`;
    case 'dmy-slash-short':
      return `${dd}/${mm}/${yy}`;
    case 'd-month-y':
      if (lang === 'es') return `${d} de ${month} de ${y}`;
      if (lang === 'fr' && d === 1) return `1er ${month} ${y}`;
      return `${d} ${month} ${y}`;
    case 'd-dot-month-y':
      return `${d}. ${month} ${y}`;
    case 'month-d-y':
      return `${month} ${d}, ${y}`;
    case 'd-mon-y-dash':
      return `${pad(d)}-${mon.replace('.', '')}-${y}`;
    case 'd-mon-y':
      return `${d} ${mon} ${y}`;
    case 'mon-d-y':
      return `${mon} ${d}, ${y}`;
    case 'ymd-slash':
      return `${y}/${pad(m)}/${pad(d)}`;
    case 'ymd-dot':
      return `${y}.${pad(m)}.${pad(d)}`;
  }
}

function monthIndex(name: string, lang: Lang): number {
  const key = name.toLowerCase().replace(/\.$/, '');
  const full = MONTHS[lang].findIndex((m) => m.toLowerCase() === key);
  if (full >= 0) return full + 1;
  return MONTHS_SHORT[lang].findIndex((m) => m.toLowerCase().replace(/\.$/, '') === key) + 1;
}

function iso(y: number, m: number, d: number): string | null {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const century = (yy: number): number => (yy < 100 ? 2000 + yy : yy);

/** Parses a date printed in a known style and language back to ISO, or null. */
export function parseDate(text: string, style: DateStyle, lang: Lang): string | null {
  const s = text.trim().replace(/\s+/g, ' ');
  const nums = s.match(/\d+/g)?.map(Number) ?? [];
  const word = s.match(/\p{L}+\.?/gu)?.filter((w) => monthIndex(w, lang) > 0)[0];
  const [a = 0, b = 0, c = 0] = nums;
  switch (style) {
    case 'iso':
    case 'ymd-slash':
    case 'ymd-dot':
      return iso(a, b, c);
    case 'dmy-dot':
    case 'dmy-slash':
    case 'dmy-dash':
    case 'dmy-dot-short':
    case 'dmy-slash-short':
      return iso(century(c), b, a);
    case 'mdy-slash':
      return iso(century(c), a, b);
    case 'month-d-y':
    case 'mon-d-y':
    case 'd-month-y':
    case 'd-dot-month-y':
    case 'd-mon-y-dash':
    case 'd-mon-y':
      return word ? iso(b, monthIndex(word, lang), a) : null;
  }
}

/** Adds days to an ISO date (UTC arithmetic, no time zones involved). */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = splitIso(isoDate);
  const t = Date.UTC(y, m - 1, d) + days * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}
