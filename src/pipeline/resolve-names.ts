// Party names the model cut short: "Kunden AG" of a printed "Kunden AG Mitte". A name usually
// fills its printed line, so a name span grows over the words around it on that line while
// they sit close, carry letters (or are "&"), belong to no other field, and are capitalised like
// the name ("AWS Services" does not take "are sold by"; "Me gusta" does take "olive").
import type { FieldSpan } from './decode-labels.ts';
import { hasLegalForm } from './country-hints.ts';
import { debris } from './name-repairs.ts';
import { isRoleLabel } from './party-labels.ts';
import { spanOfWords, type ResolvePage } from './resolve-candidates.ts';

/** At most this many words are added: a name is not a sentence. */
const maxAdded = 5;
const maxAddedBefore = 3;

export function completeName(
  span: FieldSpan,
  page: ResolvePage | undefined,
  taken: ReadonlySet<number>,
): FieldSpan {
  if (!page) return span;
  // Each printed line of the name runs on ("PASARAYA BORONG [PINTAR]" over "SDN BHD").
  const lastOfLine = new Map<number, number>();
  for (const i of span.words) {
    const line = page.words[i]?.line;
    if (line !== undefined) lastOfLine.set(line, Math.max(lastOfLine.get(line) ?? i, i));
  }
  const own = new Set(span.words);
  const added = [...lastOfLine.values()]
    .flatMap((last) => runOnAfter(span, last, page, taken))
    .filter((i) => !own.has(i));
  if (added.length === 0) return span;
  return spanOfWords(
    page,
    [...new Set([...span.words, ...added])].sort((x, y) => x - y),
    span,
  );
}

/** The words that continue a name after word `last` on its printed line. */
function runOnAfter(
  span: FieldSpan,
  last: number,
  page: ResolvePage,
  taken: ReadonlySet<number>,
): number[] {
  const end = page.words[last];
  if (!end || /[,:;]$/.test(end.text)) return [];
  const added: number[] = [];
  // "Au" of "Au bon moulin": a two-letter word is no name of its own, so its lower-case run-on is.
  const lowerCaseName =
    span.text.split(' ').some((text) => /^\p{Ll}/u.test(text)) || /^\p{L}{1,2}$/u.test(span.text);
  let previous = end;
  // OCR boxes hug the ink ("Co." is shorter than "Leipzig"): the tallest word of the name so far.
  let height = Math.max(
    ...span.words
      .map((i) => page.words[i]!)
      .filter((word) => word.line === end.line)
      .map((word) => word.norm.y1 - word.norm.y0),
  );
  for (let i = last + 1; i < page.words.length && added.length < maxAdded; i++) {
    const word = page.words[i]!;
    height = Math.max(height, previous.norm.y1 - previous.norm.y0);
    // Measured against a short height, so 1.6 heights, not 1.2.
    const close = word.line === end.line && word.norm.x0 - previous.norm.x1 < 1.6 * height;
    const open = (span.text + added.map((i) => page.words[i]!.text).join(' ')).includes('(');
    // "&" joins names; ")" closes "( SUNGAI RENGIT" when the name opened it.
    const wordLike = /\p{L}/u.test(word.text) || word.text === '&' || (word.text === ')' && open);
    const cased = lowerCaseName || !/^\p{Ll}/u.test(word.text);
    const stop = /[\d:@]/.test(word.text) || debris.test(word.text);
    if (!close || taken.has(i) || !wordLike || !cased || stop) break;
    added.push(i);
    if (/[,;]$/.test(word.text)) break;
    previous = word;
  }
  while (added.length > 0 && page.words[added.at(-1)!]!.text === '&') added.pop();
  return added;
}

/**
 * A name the model started late ("L [TWO FLORIST & HANDICRAFT]", "C W [KHOO HARDWARE SDN BHD]"):
 * the close, name-like words before it on its line are its own, up to a label or a number.
 */
export function completeNameLeft(
  span: FieldSpan,
  page: ResolvePage | undefined,
  taken: ReadonlySet<number>,
): FieldSpan {
  const first = span.words[0];
  const start = first === undefined ? undefined : page?.words[first];
  if (!page || !start || first === undefined) return span;
  const added: number[] = [];
  const lowerCaseName = span.text.split(' ').some((text) => /^\p{Ll}/u.test(text));
  let next = start;
  for (let i = first - 1; i >= 0 && added.length < maxAddedBefore; i--) {
    const word = page.words[i]!;
    const height = next.norm.y1 - next.norm.y0;
    const close = word.line === start.line && next.norm.x0 - word.norm.x1 < 1.6 * height;
    const wordLike = /\p{L}/u.test(word.text) || word.text === '&';
    // "to", "by" are not names; "eCosway.com" is.
    const cased = lowerCaseName || /\p{Lu}/u.test(word.text) || !/\p{L}/u.test(word.text);
    const label = /[:;,]$/.test(word.text) || isRoleLabel(word.text);
    if (!close || taken.has(i) || !wordLike || !cased || label || /[\d@#]/.test(word.text)) break;
    added.unshift(i);
    next = word;
  }
  while (added.length > 0 && page.words[added[0]!]!.text === '&') added.shift();
  if (added.length === 0) return span;
  return spanOfWords(page, [...added, ...span.words], span);
}

/** Word indices of a page that the best labelling gave to fields other than `field`. */
export function wordsOfOtherFields(
  spans: readonly FieldSpan[],
  field: string,
  page: number,
): Set<number> {
  return new Set(
    spans.filter((s) => s.best && s.page === page && s.field !== field).flatMap((s) => s.words),
  );
}

/**
 * How much less a one-word name is worth when the word is a label or a street: "GLN 4000001987658",
 * "Ecke 12" or "Globale Nummer:" — a number or a colon-ended word right after it on its line.
 */
export function namePenalty(span: FieldSpan, page: ResolvePage | undefined): number {
  const last = span.words.at(-1);
  if (!page || span.words.length !== 1 || last === undefined) return 0;
  const word = page.words[last];
  const next = page.words[last + 1];
  if (!word || !next || next.line !== word.line) return 0;
  return /^\d[\d\s./-]*$/.test(next.text) || /:$/.test(next.text) ? 0.5 : 0;
}

/**
 * A name has at least two letters in a row ("✉" or "%." is OCR debris, not a name), is more than a
 * legal form ("GmbH & Co. KG" is the end of a name on the line above), is no page number and does
 * not end in a word that joins it to more.
 */
export const nameLike = (text: string): boolean =>
  /\p{L}{2}/u.test(text) &&
  !legalFormLine.test(text) &&
  !pageNumber.test(text) &&
  !cutShort.test(text);

/** A name does not end in "and" ("Zu- und" of "Zu- und Abschläge"): it was cut short. */
const cutShort = /\s(und|and|et|en|e|y|of|de|der|von|van|für|for)$/i;

/** "Seite 3", "Page 2 of 4", "Seite3": a page's number, not a name. */
const pageNumber = /^(seite|page|pagina|página|blatt|pag|bladzijde)\.?\s*\d/i;

/**
 * A name run on from a line printed all in lower case ("tan chay" written above a shop's name) is
 * a note or a scanner's stamp, not part of the name: leading lines like that are dropped.
 */
export function dropLowerCaseLead(span: FieldSpan, page: ResolvePage | undefined): FieldSpan {
  if (!page) return span;
  const lineOf = (i: number) => page.words[i]?.line;
  const first = lineOf(span.words[0]!);
  const lead = span.words.filter((i) => lineOf(i) === first);
  if (lead.length === span.words.length) return span;
  const lower = lead.every((i) => /^\p{Ll}+$/u.test(page.words[i]?.text ?? ''));
  if (!lower) return span;
  return spanOfWords(
    page,
    span.words.filter((i) => lineOf(i) !== first),
    span,
  );
}

/** A line that is nothing but a company's legal form ("SDN. BHD.", "GmbH & Co. KG", "Ltd."). */
const legalFormLine =
  /^(sdn\.?\s?bhd|s\/b|bhd|gmbh(\s?&\s?co\.?\s?kg)?|ag|kg|ltd|limited|llc|inc|plc|llp|pte\.?\s?ltd|pty\.?\s?ltd|pvt\.?\s?ltd|s\.?a\.?r\.?l|s\.?a\.?s|s\.?r\.?l|s\.?p\.?a|s\.?l|b\.?v|n\.?v)\.?$/i;

/**
 * A name whose legal form was printed on the line below it ("S.H.H. MOTOR (SUNGAI RENGIT)" over
 * "SDN. BHD."): that line belongs to the name.
 */
export function withLegalFormBelow(
  span: FieldSpan,
  page: ResolvePage | undefined,
  taken: ReadonlySet<number>,
): FieldSpan {
  const last = span.words.at(-1);
  const end = last === undefined ? undefined : page?.words[last];
  if (!page || !end || last === undefined) return span;
  let next = last + 1;
  while (page.words[next]?.line === end.line) next++;
  const line = page.words[next]?.line;
  const below: number[] = [];
  for (let i = next; page.words[i] !== undefined && page.words[i]!.line === line; i++)
    below.push(i);
  const words = below.map((i) => page.words[i]!);
  const text = words.map((word) => word.text).join(' ');
  const height = end.norm.y1 - end.norm.y0;
  const first = page.words[span.words[0]!]!;
  const placed =
    words.length > 0 &&
    words.length <= 4 &&
    words[0]!.norm.y0 > end.norm.y0 &&
    words[0]!.norm.y0 - end.norm.y1 < 1.5 * height &&
    words[0]!.norm.x0 < end.norm.x1 &&
    words.at(-1)!.norm.x1 > first.norm.x0;
  if (!placed || below.some((i) => taken.has(i)) || !legalFormLine.test(text)) return span;
  return spanOfWords(page, [...span.words, ...below], span);
}

/**
 * A name is one run of words on its printed line: words inside it that the model gave to another
 * field ("S.H.H. MOTOR ( SUNGAI [RENGIT )] SDN. BHD.", the middle read as address) are its own.
 */
export function contiguousName(span: FieldSpan, page: ResolvePage | undefined): FieldSpan {
  if (!page || span.words.length < 2) return span;
  const filled = new Set(span.words);
  const byLine = new Map<number | undefined, number[]>();
  for (const i of span.words) {
    const line = page.words[i]?.line;
    byLine.set(line, [...(byLine.get(line) ?? []), i]);
  }
  for (const indices of byLine.values()) {
    for (let i = Math.min(...indices); i < Math.max(...indices); i++) filled.add(i);
  }
  if (filled.size === span.words.length) return span;
  return spanOfWords(
    page,
    [...filled].sort((a, b) => a - b),
    span,
  );
}

/**
 * A name over several lines whose last line is a company with its legal form ("CITY MILK" over
 * "R&C VENTURE SDN BHD"): the lines above are a brand or a sign, the company is the last line.
 */
export function companyLineOnly(span: FieldSpan, page: ResolvePage | undefined): FieldSpan {
  if (!page || span.words.length < 2) return span;
  const lastLine = page.words[span.words.at(-1)!]?.line;
  const last = span.words.filter((i) => page.words[i]?.line === lastLine);
  if (last.length === span.words.length || last.length < 2) return span;
  const text = last.map((i) => page.words[i]!.text).join(' ');
  // The line must be more than its legal form: "SDN. BHD." alone ends the name above it.
  if (!hasLegalForm(text) || legalFormLine.test(text)) return span;
  return spanOfWords(page, last, span);
}
