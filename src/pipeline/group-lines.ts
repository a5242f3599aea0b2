// Line items from line.* spans, by geometry rather than reading order (a table's columns may be
// read one after another). A row starts at each description (or, without descriptions, at the
// first line.* span of a printed row); a description right below another, with no numbers beside
// it, continues it; numbers join the row whose description they sit beside, else the nearest one
// above. Pages follow each other, so a table that continues over pages stays one list.
import type { FieldSpan } from './decode-labels.ts';
import { factorsOnRow, lineSpansAsPrinted } from './line-spans.ts';
import { foldWord } from './normalize-date-names.ts';
import { centreY, rowWords, type ResolvePage } from './resolve-candidates.ts';

export type LineField = 'quantity' | 'unit' | 'unitPrice' | 'vatRate' | 'lineTotal';

export interface GroupedLine {
  readonly page: number;
  readonly description: readonly FieldSpan[];
  readonly cells: Readonly<Partial<Record<LineField, FieldSpan>>>;
  /** Every quantity the row holds, likeliest first: quantity × price = total may choose another. */
  readonly quantities?: readonly FieldSpan[];
  /** A discount printed under the item ("abzgl. 16,7% Rabatt -2,00"), with its rate if printed. */
  readonly discount?: { readonly amount: FieldSpan; readonly rate?: FieldSpan };
}

/** Tops of every box of a row: where it starts on its page. */
export const topsOf = (row: GroupedLine) =>
  [...row.description, ...Object.values(row.cells)].flatMap((span) => span.boxes.map((b) => b.y0));

interface Row {
  readonly page: number;
  top: number;
  bottom: number;
  x0: number;
  readonly description: FieldSpan[];
  readonly cells: Partial<Record<LineField, FieldSpan[]>>;
}

const lineFieldOf = (span: FieldSpan) => span.field.slice('line.'.length) as LineField;
const top = (span: FieldSpan) => Math.min(...span.boxes.map((b) => b.y0));
const bottom = (span: FieldSpan) => Math.max(...span.boxes.map((b) => b.y1));
const height = (span: FieldSpan) => span.boxes[0]!.y1 - span.boxes[0]!.y0;
const x0 = (span: FieldSpan) => Math.min(...span.boxes.map((b) => b.x0));
const x1 = (span: FieldSpan) => Math.max(...span.boxes.map((b) => b.x1));

/** Running subtotals printed where a table breaks over pages; their rows are not line items. */
const carried =
  /^(ubertrag|carried|brought|forward|report|reporter|reporte|transport|overdracht|riporto|suma|zwischensumme|subtotal|sous-total)$/;

function beside(span: FieldSpan, numbers: readonly FieldSpan[]): boolean {
  const box = span.boxes[0]!;
  const tolerance = Math.max(0.004, (box.y1 - box.y0) * 0.6);
  return numbers.some(
    (n) => n.page === span.page && Math.abs(centreY(n) - centreY(span)) <= tolerance,
  );
}

/** Whether a number is printed between two description lines (a receipt's amounts line). */
function numberBetween(upper: FieldSpan, lower: FieldSpan, numbers: readonly FieldSpan[]): boolean {
  const margin = 0.25 * height(lower);
  const from = (upper.boxes.at(-1)!.y0 + upper.boxes.at(-1)!.y1) / 2 + margin;
  const to = centreY(lower) - margin;
  return numbers.some((n) => n.page === lower.page && centreY(n) > from && centreY(n) < to);
}

/** x0 of the first word printed on a span's line: an item code the model left out ("[17589684]"). */
type LineStart = (span: FieldSpan) => number;

/** Where a description's row starts: a code or quantity column may come before the text. */
function leftEdge(description: FieldSpan, numbers: readonly FieldSpan[]): number {
  const before = numbers.filter((n) => x1(n) <= x0(description) && beside(n, [description]));
  return Math.min(x0(description), ...before.map(x0));
}

/** Descriptions with their continuation lines merged, as rows in page and vertical order. */
function descriptionRows(
  descriptions: FieldSpan[],
  numbers: readonly FieldSpan[],
  lineStart: LineStart,
): Row[] {
  const rows: Row[] = [];
  for (const span of descriptions.sort((a, b) => a.page - b.page || top(a) - top(b))) {
    const previous = rows.at(-1);
    const last = previous?.description.at(-1);
    // "Joghurt" | "Banane": two spans the decoder split on one printed line are one description;
    // "KR3M" | "Kunstrasen grün": an item number column beside the description is the same item.
    const sameRow = (other: FieldSpan) =>
      Math.abs(centreY(span) - centreY(other)) < 0.5 * height(span) &&
      (x0(span) - x1(other) >= -0.001 || x0(other) - x1(span) >= -0.001);
    if (previous?.page === span.page && previous.description.some(sameRow)) {
      const right = previous.description.findIndex(
        (other) => sameRow(other) && x0(other) > x0(span),
      );
      previous.description.splice(right < 0 ? previous.description.length : right, 0, span);
      continue;
    }
    const continues =
      previous?.page === span.page &&
      !!last &&
      top(span) - previous.bottom < 0.9 * height(span) &&
      [leftEdge(previous.description[0]!, numbers), lineStart(previous.description[0]!)].some(
        (edge) => Math.abs(x0(span) - edge) < 0.03,
      ) &&
      !beside(span, numbers) &&
      !numberBetween(last, span, numbers);
    if (previous && continues) {
      previous.description.push(span);
      previous.bottom = Math.max(previous.bottom, bottom(span));
      continue;
    }
    rows.push({
      page: span.page,
      top: top(span),
      bottom: bottom(span),
      x0: x0(span),
      description: [span],
      cells: {},
    });
  }
  return rows;
}

/** The row a number belongs to: the one it sits beside, else the nearest above on its page. */
function rowFor(span: FieldSpan, rows: readonly Row[]): Row | undefined {
  const y = centreY(span);
  const slack = 0.3 * height(span);
  const besideRows = rows.filter(
    (r) => r.page === span.page && y >= r.top - slack && y <= r.bottom + slack,
  );
  if (besideRows.length > 0)
    return besideRows.sort((a, b) => Math.abs(a.top - y) - Math.abs(b.top - y))[0];
  // Only a described row reaches down to numbers printed below it (a receipt's "2 x 3.50" line,
  // an e-invoice viewer's one-value-per-line blocks): the nearest one, not past another row.
  const field = lineFieldOf(span);
  const nearest = rows
    .filter((r) => r.page === span.page && r.top <= y)
    .sort((a, b) => b.top - a.top)[0];
  const reach = 8 * height(span);
  return nearest &&
    nearest.description.length > 0 &&
    !nearest.cells[field] &&
    y - nearest.bottom < reach
    ? nearest
    : undefined;
}

export function groupLines(
  spans: readonly FieldSpan[],
  pages: readonly ResolvePage[],
): GroupedLine[] {
  const byPage = new Map(pages.map((p) => [p.index, p]));
  const own = lineSpansAsPrinted(spans, pages);
  const descriptions = own.filter((s) => s.field === 'line.description');
  const numbers = own
    .filter((s) => s.field !== 'line.description')
    .sort((a, b) => a.page - b.page || top(a) - top(b) || x0(a) - x0(b));
  const lineStart: LineStart = (span) => {
    const words = byPage.get(span.page)?.words ?? [];
    const line = words[span.words[0]!]?.line;
    const starts = words.filter((w) => w.line === line).map((w) => w.norm.x0);
    return starts.length > 0 ? Math.min(...starts) : x0(span);
  };
  const rows = descriptionRows(descriptions, numbers, lineStart);
  for (const span of numbers) {
    const field = lineFieldOf(span);
    let row = rowFor(span, rows);
    // Without a description, the first line.* span of a printed row starts the row.
    if (
      !row ||
      (row.description.length === 0 && row.cells[field] && !beside(span, row.cells[field]))
    ) {
      row = {
        page: span.page,
        top: top(span),
        bottom: bottom(span),
        x0: x0(span),
        description: [],
        cells: {},
      };
      rows.push(row);
      rows.sort((a, b) => a.page - b.page || a.top - b.top);
    }
    (row.cells[field] ??= []).push(span);
  }
  return joinLeadingLines(rows)
    .filter((row) => !isCarriedRow(row, byPage.get(row.page)))
    .map(toLine)
    .filter(billsSomething(rows, byPage));
}

/** A description line with no numbers right above a row with numbers (bottom-aligned cells) leads it. */
function joinLeadingLines(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  for (const [i, row] of rows.entries()) {
    const next = rows[i + 1];
    const first = row.description[0];
    const leads =
      first &&
      next &&
      next.page === row.page &&
      Object.keys(row.cells).length === 0 &&
      next.description.length > 0 &&
      next.top - row.bottom < 0.9 * height(first) &&
      Math.abs(next.x0 - row.x0) < 0.03;
    if (leads) next.description.unshift(...row.description);
    else out.push(row);
  }
  return joinTrailingNames(out);
}

/** How many of quantity, price and total a row holds: two make an item, one may be a subtotal. */
const itemCells = (row: { readonly cells: object }) =>
  Object.keys(row.cells).filter((k) => ['quantity', 'unitPrice', 'lineTotal'].includes(k)).length;

/**
 * Cells set a little above their name ("-5,0000 Stk. 1,0000 … -5,00" over "Zitronensäure 100ml"):
 * a row of numbers without a description takes the name-only row right under it.
 */
function joinTrailingNames(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const next = rows[i + 1];
    const first = next?.description[0];
    const trails =
      first &&
      next.page === row.page &&
      row.description.length === 0 &&
      itemCells(row) >= 2 &&
      Object.keys(next.cells).length === 0 &&
      next.top - row.bottom < 0.9 * height(first);
    out.push(trails ? { ...row, description: [...next.description] } : row);
    if (trails) i++;
  }
  return out;
}

function isCarriedRow(row: Row, page: ResolvePage | undefined): boolean {
  const anchor = row.description[0] ?? Object.values(row.cells).flat()[0];
  if (!page || !anchor) return false;
  const words =
    row.description.length > 0
      ? row.description.flatMap((d) => d.text.split(' '))
      : rowWords(page, anchor.boxes[0]!).map((w) => w.text);
  return words.some((w) => carried.test(foldWord(w).replace(/[^\p{L}-]/gu, '')));
}

/** Two spans of one field in a row: the rightmost line total, else the most confident. */
function pick(field: LineField, spans: readonly FieldSpan[]): FieldSpan {
  const sorted = [...spans].sort((a, b) =>
    field === 'lineTotal' ? x1(b) - x1(a) : b.confidence - a.confidence,
  );
  return sorted[0]!;
}

const byConfidence = (a: FieldSpan, b: FieldSpan) => b.confidence - a.confidence;

function toLine(row: Row): GroupedLine {
  const cells: Partial<Record<LineField, FieldSpan>> = {};
  for (const [field, spans] of Object.entries(row.cells) as [LineField, FieldSpan[]][])
    cells[field] = pick(field, spans);
  const quantities = row.cells.quantity ?? [];
  return {
    page: row.page,
    description: row.description,
    cells,
    ...(quantities.length > 1 ? { quantities: [...quantities].sort(byConfidence) } : {}),
  };
}

/** A row with only a description is a heading or note, unless no row has numbers at all. */
function billsSomething(
  rows: readonly Row[],
  pages: ReadonlyMap<number, ResolvePage>,
): (line: GroupedLine) => boolean {
  const anyNumbers = rows.some((r) => Object.keys(r.cells).length > 0);
  const anyDescription = rows.some((r) => r.description.length > 0);
  return (line) => {
    const fields = Object.keys(line.cells);
    if (!anyNumbers) return true;
    // Among described rows, a lone number is a subtotal or a stray, not an item, unless its
    // printed row shows quantity × price = total ("400,00 Luftballon … 0,79 € 316,00").
    if (anyDescription && line.description.length === 0)
      return itemCells(line) >= 2 || factorsOf(line.cells.lineTotal, pages.get(line.page));
    return fields.some((k) => k !== 'unit' && k !== 'vatRate');
  };
}

const factorsOf = (total: FieldSpan | undefined, page: ResolvePage | undefined) =>
  !!total && !!page && factorsOnRow(total, page).length > 0;
