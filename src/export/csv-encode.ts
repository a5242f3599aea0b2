// RFC 4180 fields and lines, plus the spreadsheet-formula policy shared by every CSV-like export.
// Policy: a TEXT cell that starts with = + - @ tab or CR gets a leading apostrophe, so Excel,
// LibreOffice and Google Sheets show it as text instead of running it. Numeric cells (amounts,
// quantities, rates, dates) are written from validated decimal or date values only, so "-12.50" is a
// real negative number and stays as it is: it cannot carry a formula.

const formulaStart = /^[=+\-@\t\r]/;

/** Text that a spreadsheet would run as a formula, made inert with a leading apostrophe. */
export function neutraliseFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** One field, quoted when it holds the delimiter, a quote or a line break (quotes doubled). */
export function quoteField(text: string, delimiter: string): string {
  const needsQuotes =
    text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r');
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A typed cell of a CSV row: text is neutralised, numbers and dates are written as given. */
export type CsvCell =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number' | 'date'; readonly text: string }
  | { readonly kind: 'empty' };

export const emptyCell: CsvCell = { kind: 'empty' };

export function textCell(text: string | undefined): CsvCell {
  return text === undefined || text === '' ? emptyCell : { kind: 'text', text };
}

export function cellText(cell: CsvCell): string {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
      return neutraliseFormula(cell.text);
    default:
      return cell.text;
  }
}

/** Rows joined with CRLF (RFC 4180), a CRLF after the last row too. */
export function csvText(rows: readonly (readonly CsvCell[])[], delimiter: string): string {
  return rows
    .map((row) => row.map((cell) => quoteField(cellText(cell), delimiter)).join(delimiter) + '\r\n')
    .join('');
}
