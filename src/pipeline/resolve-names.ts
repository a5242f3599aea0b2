// Party names the model cut short: "Kunden AG" of a printed "Kunden AG Mitte". A name usually
// fills its printed line, so a name span grows over the words right after it on that line while
// they sit close, carry letters (or are "&"), belong to no other field, and are capitalised like
// the name ("AWS Services" does not take "are sold by"; "Me gusta" does take "olive").
import type { FieldSpan } from './decode-labels.ts';
import { spanOfWords, type ResolvePage } from './resolve-candidates.ts';

/** At most this many words are added: a name is not a sentence. */
const maxAdded = 5;

export function completeName(
  span: FieldSpan,
  page: ResolvePage | undefined,
  taken: ReadonlySet<number>,
): FieldSpan {
  const last = span.words.at(-1);
  const end = last === undefined ? undefined : page?.words[last];
  if (!page || !end || last === undefined || /[,:;]$/.test(end.text)) return span;
  const added: number[] = [];
  const lowerCaseName = span.text.split(' ').some((text) => /^\p{Ll}/u.test(text));
  let previous = end;
  for (let i = last + 1; i < page.words.length && added.length < maxAdded; i++) {
    const word = page.words[i]!;
    const height = previous.norm.y1 - previous.norm.y0;
    const close = word.line === end.line && word.norm.x0 - previous.norm.x1 < 1.2 * height;
    const wordLike = /\p{L}/u.test(word.text) || word.text === '&';
    const cased = lowerCaseName || !/^\p{Ll}/u.test(word.text);
    if (!close || taken.has(i) || !wordLike || !cased || /[\d:@]/.test(word.text)) break;
    added.push(i);
    if (/[,;]$/.test(word.text)) break;
    previous = word;
  }
  while (added.length > 0 && page.words[added.at(-1)!]!.text === '&') added.pop();
  if (added.length === 0) return span;
  return spanOfWords(page, [...span.words, ...added], span);
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

/** A name has at least two letters in a row ("✉" or "%." is OCR debris, not a name). */
export const nameLike = (text: string): boolean => /\p{L}{2}/u.test(text);

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
