// File names that sort by date and are safe on every system: "2024-03-15_Seller-Name_INV-123.xml".
// No path separators, control or reserved characters, no Windows device names, capped in length,
// and unique within one zip (case-insensitively, as Windows and macOS compare them).
import type { ExportInput } from './export-types.ts';
import { isIsoDate } from './format-values.ts';

const maxPartLength = 40;
const maxNameLength = 120;
const windowsDeviceNames = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;

/** One name part: letters, digits, "." "-" "_" and non-ASCII letters; everything else becomes "-". */
export function sanitizePart(text: string, maxLength = maxPartLength): string {
  const cleaned = text
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '');
  return [...cleaned]
    .slice(0, maxLength)
    .join('')
    .replace(/[-._]+$/, '');
}

/** A whole file name from parts and an extension, safe for Windows, macOS, Linux and zips. */
export function safeFileName(parts: readonly string[], extension: string): string {
  const ext = sanitizePart(extension, 10).toLowerCase();
  const stem =
    parts
      .map((p) => sanitizePart(p))
      .filter(Boolean)
      .join('_') || 'export';
  const capped = [...stem].slice(0, maxNameLength - ext.length - 1).join('');
  const safeStem = windowsDeviceNames.test(capped) ? `_${capped}` : capped;
  return ext ? `${safeStem}.${ext}` : safeStem;
}

/** "2024-03-15_Seller-Name_INV-123.ext"; missing parts fall back to what identifies the document. */
export function invoiceFileName(input: ExportInput, extension: string): string {
  const { invoice, document } = input;
  const date = isIsoDate(invoice.issueDate) ? invoice.issueDate : 'undated';
  const seller = invoice.seller?.name ?? invoice.seller?.tradingName ?? 'unknown-seller';
  const number = invoice.invoiceNumber ?? document.name.replace(/\.[^.]*$/, '');
  return safeFileName([date, seller, number], extension);
}

/** The names with "-2", "-3", … added before the extension where they would clash. */
export function uniqueNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}${ext}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/** Batch files: "2024-03-20_invoices_12.csv", dated by the export. */
export function batchFileName(label: string, count: number, extension: string, now: Date): string {
  return safeFileName([now.toISOString().slice(0, 10), label, String(count)], extension);
}
