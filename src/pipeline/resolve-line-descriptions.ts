// A line whose numbers were found but whose description was not: the words printed on the same
// row that no field claims ("Luftballon: Bunt, ca. 500ml" between quantity and price) are its
// description, with low confidence so review shows it as doubtful.
import type { FieldSpan } from './decode-labels.ts';
import type { GroupedLine } from './group-lines.ts';
import { spanOfWords, type ResolvePage } from './resolve-candidates.ts';

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

/**
 * A description the model cut short ("Künstlerische" of "Künstlerische Gestaltung") runs on over
 * the words after it on its printed line that no field claims and that carry a letter.
 */
export function completeDescriptions(
  rows: readonly GroupedLine[],
  pages: readonly ResolvePage[],
  spans: readonly FieldSpan[],
): GroupedLine[] {
  return rows.map((row) => {
    const page = pages.find((p) => p.index === row.page);
    if (!page || row.description.length === 0) return row;
    const claimed = new Set(
      spans.filter((s) => s.best && s.page === row.page).flatMap((s) => s.words),
    );
    const description = row.description.map((span) => {
      const last = span.words.at(-1);
      if (last === undefined) return span;
      const added: number[] = [];
      let previous = page.words[last]!;
      for (let i = last + 1; i < page.words.length; i++) {
        const word = page.words[i]!;
        const height = previous.norm.y1 - previous.norm.y0;
        const close = word.line === previous.line && word.norm.x0 - previous.norm.x1 < 1.5 * height;
        if (!close || claimed.has(i) || !/\p{L}/u.test(word.text)) break;
        added.push(i);
        previous = word;
      }
      return added.length === 0 ? span : spanOfWords(page, [...span.words, ...added], span);
    });
    return { ...row, description };
  });
}
