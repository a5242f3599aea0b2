// Labels for invoice model paths in the interface language: header fields by name, table cells as
// "Line 3 · Amount", unknown paths (from a newer reader) as the path itself.
import { isMessageKey } from '../../i18n/en.ts';
import { t } from '../../i18n/locale.svelte.ts';
import { fieldLabelKey } from '../../state/review/field-catalog.ts';

export function fieldLabel(path: string): string {
  const row = /^(lines|vatBreakdown)\[(\d+)\]\.(\w+)/.exec(path);
  if (row) {
    const column = `field.${row[1]}.${row[3]}`;
    return t(row[1] === 'lines' ? 'review.lineCell' : 'review.vatCell', {
      row: Number(row[2]) + 1,
      column: isMessageKey(column) ? t(column) : (row[3] ?? ''),
    });
  }
  const key = fieldLabelKey(path);
  if (isMessageKey(key)) return t(key);
  // A finding may name a branch ("seller.address"); its own label, or the path.
  return path;
}
