// Free text for accounting imports: one line, length-capped, and either neutralised against
// spreadsheet formulas or reduced to the characters a field allows (DATEV's Belegfeld 1).
import { neutraliseFormula } from './csv-encode.ts';
import { oneLine } from './format-values.ts';

export function accountingText(
  text: string | undefined,
  maxLength: number,
  disallowed?: RegExp,
): string {
  const line = oneLine(text) ?? '';
  const value = disallowed
    ? line.replace(disallowed, '-').replace(/^[-+]+|-+$/g, '')
    : neutraliseFormula(line);
  return [...value].slice(0, maxLength).join('');
}
