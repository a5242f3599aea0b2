// Header fields from candidate spans: number, dates, currency, parties, VAT ids, bank account and
// document type. Values are chosen in pairs where they constrain each other (issue date ≤ due date,
// seller ≠ buyer) and ids by their check digits, not by the model's top score alone.
import type { FieldEvidence } from '../domain/document.ts';
import type { Invoice, Party } from '../domain/invoice.ts';
import type { FieldSpan } from './decode-labels.ts';
import type { DocumentEvidence } from './fields-evidence.ts';
import { cueBonus } from './fields-keywords.ts';
import { normalizeDate, readDate } from './normalize-date.ts';
import { normalizeDocumentType } from './normalize-document-type.ts';
import { resolveAddress } from './resolve-address.ts';
import { resolveCurrency } from './resolve-currency.ts';
import { datedByNumber, plausibleDate, printedDates } from './resolve-dates.ts';
import {
  completeName,
  completeNameLeft,
  companyLineOnly,
  dropLowerCaseLead,
  nameLike,
  namePenalty,
  contiguousName,
  withLegalFormBelow,
  wordsOfOtherFields,
} from './resolve-names.ts';
import {
  repairLegalForm,
  repairNameMisreads,
  withoutLeadingNumber,
  withoutTrailingDebris,
} from './name-repairs.ts';
import { namesAfterKeys, namesUnderLabels, namesOfReturnLines } from './resolve-party-names.ts';
import { hasLegalForm } from './country-hints.ts';
import { companiesAbove, legalEntityLines, letterheadLine } from './resolve-legal-entity.ts';
import { underOtherParty } from './party-labels.ts';
import { keyedInvoiceNumbers } from './resolve-invoice-number-keys.ts';
import { repairBusinessWords } from './name-lexicon.ts';
import {
  keyedVatIds,
  printedVatIds,
  repairId,
  resolvePayment,
  vatIdCandidates,
} from './resolve-ids.ts';
import {
  candidatesOf,
  cleanText,
  evidenceOf,
  onceOnly,
  conflict,
  type Candidate,
  type ResolvePage,
} from './resolve-candidates.ts';

export type Header = Omit<Invoice, 'totals' | 'vatBreakdown' | 'lines'>;

export interface ResolvedHeader {
  readonly header: Header;
  readonly evidence: Record<string, FieldEvidence>;
}

type Pick2<A, B> = [Candidate<A> | undefined, Candidate<B> | undefined];

/** The best-scoring pair of candidates; `fit` adds to (or takes from) a pair's summed confidence. */
function bestPair<A, B>(
  first: readonly Candidate<A>[],
  second: readonly Candidate<B>[],
  fit: (a: A, b: B) => number,
): Pick2<A, B> {
  let best: Pick2<A, B> = [undefined, undefined];
  let bestScore = -Infinity;
  for (const a of [...first.slice(0, 4), undefined]) {
    for (const b of [...second.slice(0, 4), undefined]) {
      // One printed value is never both.
      if (a && b && conflict(a, b)) continue;
      const score =
        (a?.confidence ?? 0) + (b?.confidence ?? 0) + (a && b ? fit(a.value, b.value) : 0);
      if (score > bestScore) [best, bestScore] = [[a, b], score];
    }
  }
  return best;
}

const folded = (name: string) =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** The two parties are never one name, nor one a piece of the other's ("Bei" of "Bei Spiel GmbH"). */
const oneNamesTheOther = (a: string, b: string) => a.includes(b) || b.includes(a);

/** How much more a name with a legal form is worth than one without. */
const legalFormBonus = 0.15;

export function resolveHeader(
  spans: readonly FieldSpan[],
  evidence: DocumentEvidence,
  pages: readonly ResolvePage[],
): ResolvedHeader {
  const printed = [...printedVatIds(pages), ...keyedVatIds(pages)];
  const pageOf = (span: FieldSpan) => pages.find((p) => p.index === span.page);
  const found: Record<string, FieldEvidence> = {};
  const note = <T>(path: string, candidate: Candidate<T> | undefined, bonus = 0) => {
    if (candidate) found[path] = evidenceOf(candidate.span, candidate.confidence + bonus);
    return candidate?.value;
  };

  // The words printed before a value nudge the choice ("Invoice no." yes, "Order no." no).
  const cued = <T>(field: string, found: Candidate<T>[], extra: (value: T) => number = () => 0) =>
    found
      .map((c) => ({
        ...c,
        confidence: c.confidence + cueBonus(c.span, field, pageOf(c.span)) + extra(c.value),
      }))
      .sort((a, b) => b.confidence - a.confidence);

  const invoiceNumber = cued(
    'invoiceNumber',
    candidatesOf([...spans, ...keyedInvoiceNumbers(pages)], 'invoiceNumber', (s) => {
      const text = onceOnly(cleanText(s.text).replace(/^(no|nr|n°)\.?\s*:\s*/i, ''));
      // "——" or "|" is a rule OCR read, never a number.
      return /[\p{L}\p{N}]/u.test(text) ? text : undefined;
    }),
    (number) => (/\d/.test(number) ? 0 : -0.3),
  )[0];

  // A date cut into words ("August" | "3 , 2014") is completed from its printed line.
  const repaired = spans.map((s) =>
    /Date$/.test(s.field) ? repairId(s, pageOf(s), (text) => readDate(text) !== undefined) : s,
  );
  const toIso = (s: FieldSpan) => plausibleDate(normalizeDate(s.text, evidence.dateOrder));
  // Every date printed on the pages, as weak issue-date candidates.
  const pageDates = printedDates(pages, 'issueDate', evidence.dateOrder);
  // The date after "No. 4711 vom" counts also where the model labelled it as no date at all.
  const dated = invoiceNumber
    ? datedByNumber([...repaired, ...pageDates], invoiceNumber.span, pages)
    : [];
  // Only a labelled date that reads as a real day stands: "31/13/2018" or "21:26" does not.
  const labelled = repaired.some((s) => s.field === 'issueDate' && toIso(s) !== undefined);
  const dates = labelled ? [...repaired, ...dated] : [...repaired, ...dated, ...pageDates];
  const [pairedIssue, pairedDue] = bestPair(
    cued('issueDate', candidatesOf(dates, 'issueDate', toIso)),
    cued('dueDate', candidatesOf(dates, 'dueDate', toIso)),
    (a, b) => (a <= b ? 0.2 : -1),
  );
  // A document that prints one date only (a receipt) has an issue date, not just a due date.
  const onlyDate = !pairedIssue && pairedDue && new Set(pageDates.map(toIso)).size === 1;
  const [issue, due] = onlyDate ? [pairedDue, undefined] : [pairedIssue, pairedDue];

  // A name cut short is completed from its printed line first.
  const keyed = [
    ...namesAfterKeys(pages),
    ...namesUnderLabels(pages),
    ...namesOfReturnLines(pages),
    ...legalEntityLines(pages, spans),
    ...companiesAbove(pages, spans),
  ];
  const noSeller = ![...spans, ...keyed].some((s) => s.field === 'sellerName');
  const printedNames = [...keyed, ...(noSeller ? letterheadLine(pages, [...spans, ...keyed]) : [])];
  const names = [...spans, ...printedNames].map((s) => {
    if (!/^(seller|buyer)Name$/.test(s.field)) return s;
    const taken = wordsOfOtherFields(spans, s.field, s.page);
    const whole = contiguousName(dropLowerCaseLead(s, pageOf(s)), pageOf(s));
    const completed = completeName(completeNameLeft(whole, pageOf(s), taken), pageOf(s), taken);
    return companyLineOnly(withLegalFormBelow(completed, pageOf(s), taken), pageOf(s));
  });
  const nameCandidates = (field: string) =>
    candidatesOf(names, field, (s) => {
      const text = repairBusinessWords(
        repairNameMisreads(
          repairLegalForm(withoutLeadingNumber(withoutTrailingDebris(onceOnly(cleanText(s.text))))),
        ),
      );
      return nameLike(text) ? text : undefined;
    })
      .map((c) => ({
        ...c,
        // A company ("BAIFU (M) SDN BHD") over a brand or a person printed near it.
        confidence:
          c.confidence -
          namePenalty(c.span, pageOf(c.span)) -
          otherPartyPenalty(c.span, pageOf(c.span)) +
          (hasLegalForm(c.value) ? legalFormBonus : 0),
      }))
      .sort((a, b) => b.confidence - a.confidence);
  const [sellerName, buyerName] = bestPair(
    nameCandidates('sellerName'),
    nameCandidates('buyerName'),
    (a, b) => (oneNamesTheOther(folded(a), folded(b)) ? -2 : 0),
  );
  const [sellerVat, buyerVat] = bestPair(
    vatIdCandidates(spans, 'sellerVatId', pages, printed),
    vatIdCandidates(spans, 'buyerVatId', pages, printed),
    (a, b) => (a === b ? -2 : 0),
  );

  const currency = resolveCurrency(spans, evidence, pages, sellerName);
  const documentType = candidatesOf(spans, 'documentType', (s) => normalizeDocumentType(s.text))[0];
  const paymentTerms = candidatesOf(
    spans,
    'paymentTerms',
    (s) => cleanText(s.text) || undefined,
  )[0];

  const party = (
    name: string | undefined,
    vatId: string | undefined,
    role: 'seller' | 'buyer',
  ): Party => {
    const address = resolveAddress(spans, role, found);
    return {
      ...(name ? { name } : {}),
      ...(vatId ? { vatId } : {}),
      ...(address ? { address } : {}),
    };
  };
  const seller = party(note('seller.name', sellerName), note('seller.vatId', sellerVat), 'seller');
  const buyer = party(note('buyer.name', buyerName), note('buyer.vatId', buyerVat), 'buyer');

  const header: Header = {
    ...optional('documentType', note('documentType', documentType)),
    ...optional('invoiceNumber', note('invoiceNumber', invoiceNumber)),
    ...optional('issueDate', note('issueDate', issue)),
    ...optional('dueDate', note('dueDate', due)),
    ...optional('currency', currency && note('currency', currency)),
    ...optional('paymentTerms', note('paymentTerms', paymentTerms)),
    ...(Object.keys(seller).length > 0 ? { seller } : {}),
    ...(Object.keys(buyer).length > 0 ? { buyer } : {}),
    ...optional('payment', resolvePayment(spans, pages, found)),
  };
  return { header, evidence: found };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** A name in the block of a payee, a tax representative or a ship-to address names neither party. */
function otherPartyPenalty(span: FieldSpan, page: ResolvePage | undefined): number {
  const first = page?.words[span.words[0]!];
  return page && first && underOtherParty(page, first, otherPartyReach) ? 0.3 : 0;
}

/** How far below its label a block of another party reaches, in page heights. */
const otherPartyReach = 0.1;
