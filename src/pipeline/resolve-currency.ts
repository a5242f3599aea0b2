// The invoice currency. Currency spans first; the symbols printed with amounts speak for it too,
// at half weight. A receipt often prints no currency next to its total: then any code or symbol
// printed on the pages, and last the currency of the country the document points to.
import { countryOfLegalForm, currencyOfCountry } from './country-hints.ts';
import type { FieldSpan } from './decode-labels.ts';
import type { DocumentEvidence } from './fields-evidence.ts';
import { parseAmount } from './normalize-amount.ts';
import { nearlySame } from './nearly-same.ts';
import { normalizeCurrency } from './normalize-currency.ts';
import { foldWord } from './normalize-date-names.ts';
import type { Candidate, ResolvePage } from './resolve-candidates.ts';

/** Confidence of a currency the model did not label: low, so review visits it first. */
const printedConfidence = 0.4;
const countryConfidence = 0.3;
const keyedConfidence = 0.9;

/** Printed currency marks that are not ordinary words (unlike "fr", "ft" or "kr"). */
const symbolWords = new Set(['RM', 'Rs', 'Rs.', 'Kč', 'zł']);
/** ISO codes that are also everyday words on an invoice ("PEN", "PHP", "CAD"): only when labelled. */
const wordLikeCodes = new Set(['PEN', 'PHP', 'TRY', 'COP', 'MAD', 'CAD', 'SAR', 'ALL']);

function fromSpans(spans: readonly FieldSpan[], evidence: DocumentEvidence) {
  const votes = new Map<string, { weight: number; candidate: Candidate<string> }>();
  const vote = (code: string | undefined, span: FieldSpan, weight: number) => {
    if (!code) return;
    const seen = votes.get(code);
    const candidate = { value: code, confidence: span.confidence, span, count: 1 };
    if (!seen) votes.set(code, { weight, candidate });
    else {
      seen.weight += weight;
      if (span.confidence > seen.candidate.confidence) seen.candidate = candidate;
    }
  };
  for (const span of spans) {
    if (span.field === 'currency') {
      vote(normalizeCurrency(span.text, evidence.countries), span, span.confidence);
    } else if (/Total|total$|unitPrice|vatAmount|vatBase/.test(span.field) && span.best) {
      const printed = parseAmount(span.text)?.currency;
      if (printed) vote(normalizeCurrency(printed, evidence.countries), span, span.confidence / 2);
    }
  }
  return [...votes.values()].sort((a, b) => b.weight - a.weight)[0]?.candidate;
}

const amountLike = /\d[.,]\d{2}(?!\d)/;

/** Whether a word is next to an amount on its line ("RM 12.50", "12,50 €"), or is one. */
function besideAmount(page: ResolvePage, index: number): boolean {
  const word = page.words[index]!;
  return [index - 1, index, index + 1].some((i) => {
    const other = page.words[i];
    return other !== undefined && other.line === word.line && amountLike.test(other.text);
  });
}

interface Printed {
  readonly candidate: Candidate<string>;
  /** Printed twice or beside an amount: more than an OCR speck that looks like "£". */
  readonly sure: boolean;
}

function printedCode(text: string, evidence: DocumentEvidence): string | undefined {
  if (
    (/^[A-Z]{3}$/.test(text) && !wordLikeCodes.has(text)) ||
    // A symbol inside a word ("Tot¥/sh&s") is OCR debris.
    /^\p{Sc}+$/u.test(text) ||
    symbolWords.has(text)
  ) {
    return normalizeCurrency(text, evidence.countries);
  }
  const currency = parseAmount(text)?.currency;
  return currency === undefined ? undefined : normalizeCurrency(currency, evidence.countries);
}

/** A code ("EUR"), a symbol ("€", "$12") or a symbol word ("RM") anywhere; the most frequent. */
function fromPages(pages: readonly ResolvePage[], evidence: DocumentEvidence): Printed | undefined {
  const found = new Map<string, { candidate: Candidate<string>; beside: boolean }>();
  for (const page of pages) {
    page.words.forEach((word, index) => {
      // "Tax(RM)", "TL:RM": a code or symbol glued to a label by brackets or a colon counts too.
      const code = word.text
        .split(/[():,;]+/)
        .map((text) => printedCode(text, evidence))
        .find((found) => found !== undefined);
      if (!code) return;
      const seen = found.get(code);
      const span: FieldSpan = {
        field: 'currency',
        page: page.index,
        words: [index],
        text: word.text,
        confidence: printedConfidence,
        boxes: [word.norm],
        best: false,
      };
      const candidate = {
        value: code,
        confidence: printedConfidence,
        span: seen?.candidate.span ?? span,
        count: (seen?.candidate.count ?? 0) + 1,
      };
      found.set(code, { candidate, beside: (seen?.beside ?? false) || besideAmount(page, index) });
    });
  }
  const best = [...found.values()].sort((a, b) => b.candidate.count - a.candidate.count)[0];
  return best && { candidate: best.candidate, sure: best.beside || best.candidate.count > 1 };
}

function fromCountry(
  pages: readonly ResolvePage[],
  evidence: DocumentEvidence,
  seller: Candidate<string> | undefined,
): Candidate<string> | undefined {
  // Ids with check digits first, then the seller's own legal form (its words are the evidence),
  // then any hint on the page.
  const sellerCountry = seller ? countryOfLegalForm(seller.value) : undefined;
  const country = evidence.countries[0] ?? sellerCountry ?? evidence.countryHints[0];
  const code = country ? currencyOfCountry(country) : undefined;
  if (!code) return undefined;
  const fromSeller = !evidence.countries[0] && !!sellerCountry;
  const span: FieldSpan = {
    field: 'currency',
    page: fromSeller ? seller!.span.page : (pages[0]?.index ?? 0),
    words: [],
    text: '',
    confidence: countryConfidence,
    boxes: fromSeller ? seller!.span.boxes : [],
    best: false,
  };
  return { value: code, confidence: countryConfidence, span, count: 1 };
}

// Folded keys that name the invoice currency ("Invoice currency:" ends in one); "Währung der
// Umsatzsteuerbuchung" (the VAT accounting currency) is not one: the code must follow the key.
const currencyKeys =
  'currency wahrung rechnungswahrung devise monnaie valuta munt moneda divisa'.split(' ');
// A long key OCR misread by a letter ("Rechnungswdhrung") is still the key.
const isCurrencyKey = (word: string) =>
  currencyKeys.some((key) => key === word || (key.length >= 10 && nearlySame(key, word)));

/** "Rechnungswährung : GBP", "Currency: USD": the code printed after a currency key. */
function keyedCurrency(
  pages: readonly ResolvePage[],
  evidence: DocumentEvidence,
): Candidate<string> | undefined {
  for (const page of pages) {
    for (const [index, word] of page.words.entries()) {
      if (!isCurrencyKey(foldWord(word.text).replace(/[^\p{L}]/gu, ''))) continue;
      // The value may follow on the next line (a text layer gives key and value apart).
      const value = page.words.slice(index + 1, index + 3).find((w) => w.text !== ':');
      const text = value?.text.replace(/^:/, '') ?? '';
      const code = /^[A-Z]{3}$/.test(text)
        ? normalizeCurrency(text, evidence.countries)
        : undefined;
      if (!value || !code) continue;
      const span: FieldSpan = {
        field: 'currency',
        page: page.index,
        words: [page.words.indexOf(value)],
        text,
        confidence: keyedConfidence,
        boxes: [value.norm],
        best: false,
      };
      return { value: code, confidence: keyedConfidence, span, count: 1 };
    }
  }
  return undefined;
}

export function resolveCurrency(
  spans: readonly FieldSpan[],
  evidence: DocumentEvidence,
  pages: readonly ResolvePage[],
  seller?: Candidate<string>,
): Candidate<string> | undefined {
  // The invoice says which currency it is in: nothing outranks that.
  const keyed = keyedCurrency(pages, evidence);
  if (keyed) return keyed;
  const labelled = fromSpans(spans, evidence);
  const printed = fromPages(pages, evidence);
  // One bare symbol the model labelled ("¥" for a smudged "RM"), or the symbol of one price
  // ("$44"), loses to a code printed again and again beside amounts.
  const outvoted =
    !!labelled &&
    !!printed?.sure &&
    printed.candidate.count >= 2 &&
    printed.candidate.value !== labelled.value &&
    (labelled.span.field !== 'currency' || /^\p{Sc}$/u.test(labelled.span.text.trim()));
  if (outvoted) return printed.candidate;
  if (labelled && !isSpeck(labelled, pages)) return labelled;
  if (printed?.sure) return printed.candidate;
  return fromCountry(pages, evidence, seller) ?? labelled ?? printed?.candidate;
}

/**
 * A labelled currency that is one bare symbol ("£", "¥") on a word of its own, away from every
 * amount: on a receipt that is as often OCR debris as a currency, so printed evidence and the
 * country outrank it.
 */
function isSpeck(candidate: Candidate<string>, pages: readonly ResolvePage[]): boolean {
  const { span } = candidate;
  const page = pages.find((p) => p.index === span.page);
  if (!page || span.words.length !== 1 || !/^\p{Sc}$/u.test(span.text.trim())) return false;
  return !besideAmount(page, span.words[0]!);
}
