// A line whose numbers were found but whose description was not: the words printed on the same
// row that no field claims ("Luftballon: Bunt, ca. 500ml" between quantity and price) are its
// description, with low confidence so review shows it as doubtful.
import type { FieldSpan } from './decode-labels.ts';
import type { GroupedLine } from './group-lines.ts';
import type { ResolvePage } from './resolve-candidates.ts';

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
