// CLI: npx tsx models/generator/check.ts DIR — every truth field must have a matching labelled span.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_DATE_STYLES, parseDate } from './content/dates.ts';
import { currencyOfSymbol } from './content/format.ts';
import { parseNumber, sameNumber } from './content/money.ts';
import type { Country, GeneratedDoc, Lang, NumberStyle } from './types.ts';

const STYLES: NumberStyle[] = [
  { group: ',', decimal: '.' },
  { group: '.', decimal: ',' },
  { group: ' ', decimal: ',' },
  { group: "'", decimal: '.' },
  { group: '’', decimal: '.' },
];

/** Consecutive words with the same label (and line) joined into spans, in page order. */
export function spans(doc: GeneratedDoc): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const page of doc.pages) {
    let key = '';
    let text: string[] = [];
    const flush = (): void => {
      if (key && key !== 'O') out.set(key, [...(out.get(key) ?? []), text.join(' ')]);
    };
    for (const w of page.words) {
      const k = w.line >= 0 ? `${w.label}@${w.line}` : w.label;
      if (k !== key) {
        flush();
        key = k;
        text = [];
      }
      text.push(w.text);
    }
    flush();
  }
  return out;
}

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const amountMatches = (text: string, truth: string): boolean =>
  STYLES.some((st) => sameNumber(parseNumber(text, st), truth));

function matches(
  field: string,
  text: string,
  truth: string,
  lang: Lang,
  country: Country,
): boolean {
  if (/Total|total|unitPrice|quantity|vat(Base|Amount)|amountDue/.test(field))
    return amountMatches(text, truth);
  if (field === 'issueDate' || field === 'dueDate')
    return ALL_DATE_STYLES.some((s) => parseDate(text, s, lang) === truth);
  if (field === 'currency') return text === truth || currencyOfSymbol(text, country) === truth;
  if (field === 'documentType') return text.length > 0;
  if (field === 'invoiceNumber' || /VatId|iban|bic/.test(field))
    return (
      text.replace(/[^A-Za-z0-9]/g, '').toUpperCase() ===
      truth.replace(/[^A-Za-z0-9]/g, '').toUpperCase()
    );
  return norm(text) === norm(truth);
}

export function checkDoc(doc: GeneratedDoc): string[] {
  const [lang = 'en', country = 'DE'] = doc.locale.split('-') as [Lang, Country];
  const found = spans(doc);
  const problems: string[] = [];
  const t = doc.truth;
  const header = [
    'documentType',
    'invoiceNumber',
    'issueDate',
    'dueDate',
    'currency',
    'sellerName',
    'buyerName',
    'sellerVatId',
    'netTotal',
    'taxTotal',
    'grossTotal',
  ] as const;
  for (const f of header) {
    const truth = t[f];
    if (truth === null) continue;
    const candidates = found.get(f) ?? [];
    if (!candidates.some((c) => matches(f, c, truth, lang, country)))
      problems.push(`${f}: want ${truth}, page has ${JSON.stringify(candidates)}`);
  }
  t.lines.forEach((l, i) => {
    for (const [k, v] of Object.entries(l)) {
      if (v === null) continue;
      const parts = found.get(`line.${k}@${i}`) ?? [];
      // A description wrapped over several rows is split by the other columns: also try it joined.
      const candidates = [...parts, parts.join(' ')];
      if (!candidates.some((c) => matches(k, c, v, lang, country)))
        problems.push(`line ${i} ${k}: want ${v}, page has ${JSON.stringify(candidates)}`);
    }
  });
  return problems;
}

function main(dir: string): void {
  // Clean documents only: degraded copies (<id>~scan.json) carry intended OCR noise.
  const files = readdirSync(dir).filter((f) => /^s\d+-\d+\.json$/.test(f));
  const labels: Record<string, number> = {};
  const coverage: Record<string, number> = {};
  let bad = 0;
  for (const f of files) {
    const doc = JSON.parse(readFileSync(join(dir, f), 'utf8')) as GeneratedDoc;
    for (const p of doc.pages)
      for (const w of p.words) labels[w.label] = (labels[w.label] ?? 0) + 1;
    for (const c of doc.truth.fieldsCovered) coverage[c] = (coverage[c] ?? 0) + 1;
    const problems = checkDoc(doc);
    if (problems.length) {
      bad++;
      console.log(`${doc.id} (${doc.family}, ${doc.locale}):\n  ${problems.join('\n  ')}`);
    }
  }
  console.log(
    `\n${files.length - bad}/${files.length} documents: every truth field found on the page`,
  );
  console.log('field coverage (documents):', JSON.stringify(coverage));
  console.log(
    'word labels:',
    JSON.stringify(Object.fromEntries(Object.entries(labels).sort((a, b) => b[1] - a[1]))),
  );
}

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: check.ts DIR\n');
  process.exit(2);
}
main(dir);
