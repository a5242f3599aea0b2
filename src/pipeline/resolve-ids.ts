// VAT ids and bank accounts. Identifiers printed in groups ("FR 02 744 796 681", "DE89 3704 …")
// are easy to cut short or run on by a word: a span whose check digits fail is grown or trimmed
// over the words of its printed line until they pass, and a candidate that passes beats one that
// fails. Valid VAT ids printed anywhere, and ids printed after a tax-id key, become weak
// candidates when none was labelled.
import type { FieldEvidence } from '../domain/document.ts';
import type { PaymentInstructions } from '../domain/invoice.ts';
import type { FieldSpan } from './decode-labels.ts';
import { normalizeBic, normalizeIban } from './normalize-iban.ts';
import { foldWord } from './normalize-date-names.ts';
import { normalizeVatId } from './normalize-vat-id.ts';
import {
  candidatesOf,
  evidenceOf,
  printedSpan,
  spanOfWords,
  type Candidate,
  type ResolvePage,
} from './resolve-candidates.ts';

type Check = (text: string) => boolean | undefined;

export const vatIdValid: Check = (text) => normalizeVatId(text)?.valid;
export const ibanValid: Check = (text) => normalizeIban(text)?.valid;

function window(page: ResolvePage, from: number, to: number, like: FieldSpan): FieldSpan {
  return spanOfWords(
    page,
    Array.from({ length: to - from + 1 }, (_, k) => from + k),
    like,
  );
}

/** The span itself when it passes (or has no check); else the nearest window on its line that does. */
export function repairId(span: FieldSpan, page: ResolvePage | undefined, check: Check): FieldSpan {
  if (!page?.words[span.words[0]!] || check(span.text) !== false) return span;
  const first = span.words[0]!;
  const last = span.words.at(-1)!;
  const line = page.words[first]?.line;
  const onLine = (i: number) => page.words[i]?.line === line;
  let best: { span: FieldSpan; cost: number } | undefined;
  for (let from = first - 2; from <= last; from++) {
    for (let to = Math.max(from, first); to <= last + 5; to++) {
      if (!onLine(from) || !onLine(to)) continue;
      const candidate = window(page, from, to, span);
      if (check(candidate.text) !== true) continue;
      const cost = Math.abs(from - first) + Math.abs(to - last);
      if (!best || cost < best.cost) best = { span: candidate, cost };
    }
  }
  return best?.span ?? span;
}

/** Valid VAT ids anywhere on the pages, as weak candidates. */
export function printedVatIds(pages: readonly ResolvePage[], field = 'vatId'): FieldSpan[] {
  const found: FieldSpan[] = [];
  for (const page of pages) {
    const like = {
      field,
      page: page.index,
      words: [],
      text: '',
      confidence: 0.12,
      boxes: [],
      best: false,
    };
    for (let from = 0; from < page.words.length; from++) {
      if (!/^[A-Z]{2}/.test(page.words[from]!.text)) continue;
      for (let to = from; to < from + 5 && page.words[to]?.line === page.words[from]!.line; to++) {
        const span = window(page, from, to, like);
        if (vatIdValid(span.text) !== true) continue;
        found.push(span);
        from = to;
        break;
      }
    }
  }
  return found;
}

// Keys that introduce a tax id, folded (lower case, letters only): "VAT/TIN:", "USt-IdNr.", "GSTIN".
const vatKey =
  /^(vat|tin|vatno|vatid|vatreg|ustidnr|ustidentnr|identnr|ustid|ustnr|uid|tva|btw|btwnr|iva|piva|partitaiva|nif|cif|gst|gstin|gstid|gstreg|abn|mwstnr)$/;
// Words between a key and its value: "No.", "Reg", "ID", "Nr", ":".
const keyFiller = /^(no|nr|reg|id|number|nummer|numero|n)$/;

/** Ids printed right after a tax-id key ("VAT/TIN: 29670869006"), as weak candidates. */
export function keyedVatIds(pages: readonly ResolvePage[]): FieldSpan[] {
  const folded = (text: string) => foldWord(text).replace(/[^\p{L}/]/gu, '');
  return pages.flatMap((page) =>
    page.words.flatMap((word, index): FieldSpan[] => {
      const parts = folded(word.text).split('/').filter(Boolean);
      if (parts.length === 0 || !parts.some((part) => vatKey.test(part))) return [];
      let next = index + 1;
      const filler = (text: string) => keyFiller.test(folded(text)) || !/[\p{L}\p{N}]/u.test(text);
      while (page.words[next]?.line === word.line && filler(page.words[next]!.text)) next++;
      // The id may be printed in parts ("DE 123456789").
      for (let end = next; end < next + 3 && page.words[end]?.line === word.line; end++) {
        const indices = Array.from({ length: end - next + 1 }, (_, k) => next + k);
        const text = indices.map((i) => page.words[i]!.text).join(' ');
        const compact = text.replace(/[\s.-]/g, '');
        if (!/^[A-Z0-9]{8,15}$/i.test(compact) || (compact.match(/\d/g) ?? []).length < 6) continue;
        return [printedSpan(page, 'vatId', indices, 0.3)];
      }
      return [];
    }),
  );
}

/** Confidence of an id kept although its check digit fails. */
const doubtful = 0.05;

const checksumBonus = (valid: boolean | undefined) =>
  valid === true ? 0.3 : valid === false ? -0.6 : 0;

/** VAT id candidates of a party; without any, the printed valid ids, a little likelier near its name. */
export function vatIdCandidates(
  spans: readonly FieldSpan[],
  field: 'sellerVatId' | 'buyerVatId',
  pages: readonly ResolvePage[],
  printed: readonly FieldSpan[],
): Candidate<string>[] {
  const pageOf = (span: FieldSpan) => pages.find((p) => p.index === span.page);
  const own = spans.filter((s) => s.field === field).map((s) => repairId(s, pageOf(s), vatIdValid));
  const name = spans.find((s) => s.best && s.field === field.replace('VatId', 'Name'));
  const near = (s: FieldSpan) =>
    !!name && s.page === name.page && Math.abs(s.boxes[0]!.y0 - name.boxes[0]!.y0) < 0.2;
  const read = (list: readonly FieldSpan[]) =>
    candidatesOf(
      list,
      field,
      (s) => normalizeVatId(s.text),
      (id) => id.value,
    );
  const labelled = read(own);
  const fallback = printed.map((s) => ({
    ...s,
    field,
    confidence: s.confidence + (near(s) ? 0.05 : 0),
  }));
  const candidates = labelled.length > 0 ? labelled : read(fallback);
  // A failed check digit tells candidates apart; where none passes, an id of full length is
  // still what the page says, kept with a confidence so low that review shows it as doubtful (a
  // short one is a fragment).
  const anyValid = candidates.some((c) => c.value.valid === true);
  // VAT ids run from 10 (DK12345678) to 14 characters (NL123456789B01); a SEPA creditor id or an
  // IBAN is longer.
  const fullLength = (id: string) => id.length >= 10 && id.length <= 14;
  return candidates
    .map((c) => {
      const confidence = c.confidence + checksumBonus(c.value.valid);
      const kept = !anyValid && fullLength(c.value.value);
      return {
        ...c,
        value: c.value.value,
        // Low, but in the model's order.
        confidence: kept ? Math.max(doubtful + 0.1 * c.confidence, confidence) : confidence,
      };
    })
    .sort((a, b) => b.confidence - a.confidence);
}

/** The bank account: the IBAN whose check digits pass, and the BIC. */
export function resolvePayment(
  spans: readonly FieldSpan[],
  pages: readonly ResolvePage[],
  found: Record<string, FieldEvidence>,
): PaymentInstructions | undefined {
  const pageOf = (span: FieldSpan) => pages.find((p) => p.index === span.page);
  const repaired = spans
    .filter((s) => s.field === 'iban')
    .map((s) => repairId(s, pageOf(s), ibanValid));
  const iban = candidatesOf(
    repaired,
    'iban',
    (s) => normalizeIban(s.text),
    (v) => v.value,
  )
    .map((c) => ({ ...c, confidence: c.confidence + checksumBonus(c.value.valid) }))
    .sort((a, b) => b.confidence - a.confidence)[0];
  if (!iban) return undefined;
  const bic = candidatesOf(spans, 'bic', (s) => normalizeBic(s.text))[0];
  found['payment.accounts[0].iban'] = evidenceOf(iban.span, iban.confidence);
  if (bic) found['payment.accounts[0].bic'] = evidenceOf(bic.span, bic.confidence);
  return { accounts: [{ iban: iban.value.value, ...(bic ? { bic: bic.value } : {}) }] };
}
