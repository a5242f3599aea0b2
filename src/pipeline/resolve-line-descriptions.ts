// A line whose numbers were found but whose description was not: the words printed on the same
// row that no field claims ("Luftballon: Bunt, ca. 500ml" between quantity and price) are its
// description, with low confidence so review shows it as doubtful. A description the model cut
// short runs on over the unclaimed words of its line and over the lines it wraps onto.
import { numericField, type FieldSpan } from './decode-labels.ts';
import { topsOf, type GroupedLine } from './group-lines.ts';
import { normalizeIban } from './normalize-iban.ts';
import { normalizeVatId } from './normalize-vat-id.ts';
import {
  centreY,
  lineIndices,
  printedSpan,
  spanOfWords,
  type ResolvePage,
} from './resolve-candidates.ts';

const confidence = 0.3;

export function describeFromRow(
  rows: readonly GroupedLine[],
  pages: readonly ResolvePage[],
  spans: readonly FieldSpan[],
): GroupedLine[] {
  return rows.map((row) => {
    const anchor = row.cells.lineTotal ?? row.cells.unitPrice;
    const page = pages.find((p) => p.index === row.page);
    if (row.description.length > 0 || !anchor || !page) return row;
    const claimed = new Set(
      spans.filter((s) => s.best && s.page === row.page).flatMap((s) => s.words),
    );
    const box = anchor.boxes[0]!;
    const centre = (box.y0 + box.y1) / 2;
    const tolerance = Math.max(0.004, (box.y1 - box.y0) * 0.6);
    const indices = page.words
      .map((word, index) => ({ word, index }))
      .filter(
        ({ word, index }) =>
          !claimed.has(index) &&
          Math.abs((word.norm.y0 + word.norm.y1) / 2 - centre) <= tolerance &&
          /\p{L}/u.test(word.text),
      )
      .sort((a, b) => a.word.norm.x0 - b.word.norm.x0)
      .map(({ index }) => index);
    const text = indices.map((i) => page.words[i]!.text).join(' ');
    if (!/\p{L}{2}/u.test(text)) return row;
    const description: FieldSpan = {
      field: 'line.description',
      page: row.page,
      words: indices,
      text,
      confidence,
      boxes: indices.map((i) => page.words[i]!.norm),
      best: false,
    };
    return { ...row, description: [description] };
  });
}

/** An amount with cents ("19,99"): a price column, where a description always stops. */
const amountLike = /\d[.,]\d{2}$/;

/**
 * The unclaimed words next to `from` on its printed line, walking by `step` (+1 right, -1 left)
 * while they sit close; numbers inside are kept ("USB 3.0"), numbers at the far end (but dates) are not.
 */
function runOn(page: ResolvePage, from: number, step: 1 | -1, claimed: ReadonlySet<number>) {
  const run: number[] = [];
  let previous = page.words[from]!;
  for (let i = from + step; i >= 0 && i < page.words.length; i += step) {
    const word = page.words[i]!;
    const height = previous.norm.y1 - previous.norm.y0;
    const gap = step > 0 ? word.norm.x0 - previous.norm.x1 : previous.norm.x0 - word.norm.x1;
    const close = word.line === previous.line && gap < 1.5 * height;
    if (!close || claimed.has(i) || amountLike.test(word.text)) break;
    run.push(i);
    previous = word;
  }
  // A date is text ("Parution du 06/12/2022"); another number at the end is a column's.
  while (
    run.length > 0 &&
    !/\p{L}|^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}$/u.test(page.words[run.at(-1)!]!.text)
  ) {
    run.pop();
  }
  return step > 0 ? run : run.reverse();
}

/** Whether a span's words really are its field's: a number has figures, an id is well-formed. */
function holdsItsField(span: FieldSpan, page: ResolvePage, index: number): boolean {
  // A word without a figure was misread into a number field.
  if (numericField.test(span.field)) return /\d/.test(page.words[index]?.text ?? '');
  if (span.field === 'iban') return normalizeIban(span.text)?.valid === true;
  if (/VatId$/.test(span.field)) {
    const id = normalizeVatId(span.text);
    return !!id && id.valid !== false && /^[A-Z]{2}/.test(id.value);
  }
  return true;
}

/** Words the best labelling gave to a field, except those misread into a field they cannot be. */
function claimedWords(spans: readonly FieldSpan[], page: ResolvePage): Set<number> {
  return new Set(
    spans
      .filter((s) => s.best && s.page === page.index)
      .flatMap((s) => s.words.filter((i) => holdsItsField(s, page, i))),
  );
}

/**
 * A description the model cut short ("Künstlerische" of "Künstlerische Gestaltung", "Port
 * Replicator" of "HP USB 3.0 Port Replicator") runs on over the unclaimed words next to it on its
 * printed line, up to a number column or a word another field claims.
 */
export function completeDescriptions(
  rows: readonly GroupedLine[],
  pages: readonly ResolvePage[],
  spans: readonly FieldSpan[],
): GroupedLine[] {
  // The words other fields claim, once per page (every row of a page asks).
  const claimedOn = new Map<number, Set<number>>();
  const claimedWordsOf = (page: ResolvePage) => {
    if (!claimedOn.has(page.index)) claimedOn.set(page.index, claimedWords(spans, page));
    return claimedOn.get(page.index)!;
  };
  const strays = strayLineNumbers(rows, spans);
  return rows
    .map((row) => {
      const page = pages.find((p) => p.index === row.page);
      if (!page || row.description.length === 0) return row;
      const claimed = claimedWordsOf(page);
      const description = row.description.map((span) => {
        const first = span.words[0];
        const last = span.words.at(-1);
        if (first === undefined || last === undefined || !page.words[first] || !page.words[last]) {
          return span;
        }
        const before = runOn(page, first, -1, claimed);
        const after = runOn(page, last, 1, claimed);
        const words = [...before, ...span.words, ...after];
        return words.length === span.words.length ? span : spanOfWords(page, words, span);
      });
      return { ...row, description };
    })
    .map((row, i, all) => withWrappedLines(row, all[i + 1], pages, spans, claimedWordsOf, strays));
}

/** Numbers the model gave a line column that no row took ("12" of "12 x 1,0l PET"): text. */
function strayLineNumbers(rows: readonly GroupedLine[], spans: readonly FieldSpan[]): Set<number> {
  const taken = new Set(
    rows.flatMap((row) =>
      [...Object.values(row.cells), ...(row.quantities ?? [])].flatMap((span) => span.words),
    ),
  );
  return new Set(
    spans
      .filter(
        (s) =>
          s.best &&
          s.field.startsWith('line.') &&
          numericField.test(s.field) &&
          s.words.every((w) => !taken.has(w)),
      )
      .flatMap((s) => s.words),
  );
}

/** At most this many printed lines continue a description below its first. */
const maxWrapped = 2;

/**
 * A description wrapped onto the lines below it ("Künstlerische Gestaltung" over "(Stunde): Einer"
 * over "Beispielrechnung"): a printed line right under it, starting where it starts (an item
 * number column left of it aside: "0ST250 | Lieferant"), with letters, no word another field
 * claims, no amount and no number of the table beside it, above the next item, continues it.
 */
function withWrappedLines(
  row: GroupedLine,
  next: GroupedLine | undefined,
  pages: readonly ResolvePage[],
  spans: readonly FieldSpan[],
  claimedWordsOf: (page: ResolvePage) => ReadonlySet<number>,
  strays: ReadonlySet<number>,
): GroupedLine {
  const page = pages.find((p) => p.index === row.page);
  const last = row.description.at(-1);
  const head = row.description[0];
  if (!page || !last || !head || !page.words[head.words[0]!]) return row;
  const claimed = claimedWordsOf(page);
  const numbers = spans.filter(
    (s) =>
      s.best &&
      s.page === page.index &&
      s.field.startsWith('line.') &&
      s.field !== 'line.description',
  );
  const nextTop =
    next && next.page === row.page ? Math.min(...topsOf(next)) : Number.POSITIVE_INFINITY;
  const x0 = page.words[head.words[0]!]!.norm.x0;
  const lines = [...lineIndices(page).values()];
  const added: number[] = [];
  let bottom = Math.max(...last.boxes.map((b) => b.y1));
  let height = last.boxes[0]!.y1 - last.boxes[0]!.y0;
  for (let k = 0; k < maxWrapped; k++) {
    const below = lines
      .map((indices) => fromColumn(page, indices, x0))
      .filter((indices) => indices.length > 0)
      .find((indices) => {
        const words = indices.map((i) => page.words[i]!);
        const top = Math.min(...words.map((w) => w.norm.y0));
        const centre = (top + Math.max(...words.map((w) => w.norm.y1))) / 2;
        return (
          top > bottom - 0.2 * height &&
          top - bottom < 0.9 * height &&
          top < nextTop - 0.2 * height &&
          Math.abs(words[0]!.norm.x0 - x0) < 0.01 &&
          indices.every(
            (i) => (!claimed.has(i) || strays.has(i)) && !amountLike.test(page.words[i]!.text),
          ) &&
          isProse(words.map((w) => w.text)) &&
          !numbers.some(
            (n) =>
              Math.abs(centreY(n) - centre) < 0.6 * height &&
              !n.words.every((w) => strays.has(w) && indices.includes(w)),
          )
        );
      });
    if (!below) break;
    added.push(...below);
    bottom = Math.max(...below.map((i) => page.words[i]!.norm.y1));
    height = page.words[below[0]!]!.norm.y1 - page.words[below[0]!]!.norm.y0;
  }
  if (added.length === 0) return row;
  return {
    ...row,
    description: [...row.description, printedSpan(page, 'line.description', added, 0.5)],
  };
}

/** A printed line's words from the description column on (an item-number column may share it). */
function fromColumn(page: ResolvePage, indices: readonly number[], x0: number): number[] {
  const start = indices.findIndex((i) => page.words[i]!.norm.x0 > x0 - 0.01);
  return start < 0 ? [] : indices.slice(start);
}

/**
 * Words of a description, not an attribute line ("GTIN: 4012345001235", "Verpackung : Karton")
 * nor a code ("CO-123/V2A"): a word of letters, and no key followed by a figure.
 */
function isProse(texts: readonly string[]): boolean {
  const keyed =
    texts.some((text, k) => text.endsWith(':') && /\d/.test(texts[k + 1] ?? '')) ||
    // An attribute led by its key: "Verpackung : Flasche", "Colour: red".
    (/^\p{Lu}\p{L}+:?$/u.test(texts[0] ?? '') && (texts[0]!.endsWith(':') || texts[1] === ':'));
  // A word of letters, or a person's initial ("1250032 D." over "Muster").
  const word = /^\p{L}{2,}[.,;:)]*$|^\p{Lu}\.$/u;
  return !keyed && texts.some((text) => word.test(text.replace(/^[(„"]/u, '')));
}
