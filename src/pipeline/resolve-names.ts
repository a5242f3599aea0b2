// Party names the model cut short: "Kunden AG" of a printed "Kunden AG Mitte". A name usually
// fills its printed line, so a name span grows over the words right after it on that line while
// they sit close, carry letters, and belong to no other field.
import type { FieldSpan } from './decode-labels.ts';
import type { ResolvePage } from './resolve-candidates.ts';

/** At most this many words are added: a name is not a sentence. */
const maxAdded = 3;

export function completeName(
  span: FieldSpan,
  page: ResolvePage | undefined,
  taken: ReadonlySet<number>,
): FieldSpan {
  const last = span.words.at(-1);
  const end = last === undefined ? undefined : page?.words[last];
  if (!page || !end || last === undefined || /[,:;]$/.test(end.text)) return span;
  const added: number[] = [];
  let previous = end;
  for (let i = last + 1; i < page.words.length && added.length < maxAdded; i++) {
    const word = page.words[i]!;
    const height = previous.norm.y1 - previous.norm.y0;
    const close = word.line === end.line && word.norm.x0 - previous.norm.x1 < 1.2 * height;
    if (!close || taken.has(i) || !/\p{L}/u.test(word.text) || /[\d:@]/.test(word.text)) break;
    added.push(i);
    if (/[,;]$/.test(word.text)) break;
    previous = word;
  }
  if (added.length === 0) return span;
  const words = [...span.words, ...added];
  return {
    ...span,
    words,
    text: words.map((i) => page.words[i]!.text).join(' '),
    boxes: words.map((i) => page.words[i]!.norm),
  };
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
