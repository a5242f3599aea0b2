// What the whole document says about how to read its values: the language of its labels, the
// countries of its valid VAT ids and IBANs (and, weaker, of its legal forms, country names and
// phone numbers), its decimal separator and its day/month order. One
// unambiguous date (a part above 12) outweighs everything else; language and country come next.
import { detectDecimalSeparator, parseAmount, type DecimalSeparator } from './normalize-amount.ts';
import { orderVote, type DayMonthOrder } from './normalize-date.ts';
import { foldWord } from './normalize-date-names.ts';
import { countryHints } from './country-hints.ts';
import { normalizeCurrency } from './normalize-currency.ts';
import { normalizeIban } from './normalize-iban.ts';
import { normalizeVatId } from './normalize-vat-id.ts';

export interface EvidenceWord {
  readonly text: string;
  readonly line: number;
}

export interface DocumentEvidence {
  /** Label languages, most likely first: en, de, fr, nl, es, it. */
  readonly languages: readonly string[];
  /** Countries of valid VAT ids and IBANs printed anywhere, most frequent first. */
  readonly countries: readonly string[];
  /** Countries named by legal forms, country names and dialling codes: weaker, most weight first. */
  readonly countryHints: readonly string[];
  readonly decimal?: DecimalSeparator;
  readonly dateOrder: DayMonthOrder;
  /** How the date order was decided, for diagnostics. */
  readonly dateOrderFrom: 'dates' | 'language' | 'country' | 'locale';
}

const wordList = (list: string) => list.split(' ');

const keywords: Readonly<Record<string, readonly string[]>> = {
  en: wordList(
    'invoice date total due amount tax bill qty quantity price description subtotal payment balance receipt customer',
  ),
  de: wordList(
    'rechnung datum gesamt summe betrag menge preis mwst ust netto brutto fallig bezeichnung rechnungsnummer rechnungsdatum kunde zahlbar steuer',
  ),
  fr: wordList(
    'facture montant tva echeance quantite prix designation ht ttc client date total paiement reglement',
  ),
  nl: wordList(
    'factuur datum bedrag totaal btw aantal prijs omschrijving vervaldatum factuurnummer factuurdatum klant excl incl',
  ),
  es: wordList(
    'factura fecha importe iva cantidad precio descripcion vencimiento base imponible cliente total pago',
  ),
  it: wordList(
    'fattura data importo totale iva quantita prezzo descrizione scadenza imponibile cliente pagamento',
  ),
};

function ranked(counts: ReadonlyMap<string, number>): string[] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([key]) => key);
}

function languagesOf(words: readonly EvidenceWord[]): string[] {
  const counts = new Map<string, number>();
  for (const word of words) {
    const folded = foldWord(word.text).replace(/[^\p{L}]/gu, '');
    for (const [language, list] of Object.entries(keywords)) {
      if (list.includes(folded)) counts.set(language, (counts.get(language) ?? 0) + 1);
    }
  }
  return ranked(counts);
}

const ibanLike = /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b/g;
const vatLike =
  /\b(?:CHE[-\s]?\d{3}\.?\d{3}\.?\d{3}|[A-Z]{2}\s?[0-9A-Z](?:[\s.-]?[0-9A-Z]){6,13})\b/g;

/** Countries of the VAT ids and IBANs that pass their check digits, counted per occurrence. */
function countriesOf(lines: readonly string[]): string[] {
  const counts = new Map<string, number>();
  const count = (country: string | undefined) => {
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  };
  for (const line of lines) {
    for (const match of line.matchAll(ibanLike)) {
      const iban = normalizeIban(match[0]);
      if (iban?.valid) count(iban.country);
    }
    for (const match of line.matchAll(vatLike)) {
      const id = normalizeVatId(match[0]);
      if (id?.valid) count(id.country);
    }
  }
  return ranked(counts);
}

function linesOf(words: readonly EvidenceWord[]): string[] {
  const lines: string[] = [];
  let current: EvidenceWord[] = [];
  for (const word of words) {
    if (current.length > 0 && current[0]!.line !== word.line) {
      lines.push(current.map((w) => w.text).join(' '));
      current = [];
    }
    current.push(word);
  }
  if (current.length > 0) lines.push(current.map((w) => w.text).join(' '));
  return lines;
}

/** "VAT", "GST", "GST@6%", "(SST)": a value-added tax named on the document. */
const valueAddedTax = /^\(?(vat|gst|sst)\b/i;

/** pages: each page's words in reading order; locale: the user's, for the last resort. */
export function gatherEvidence(
  pages: readonly (readonly EvidenceWord[])[],
  locale = 'en-GB',
): DocumentEvidence {
  const words = pages.flat();
  const languages = languagesOf(words);
  const lines = pages.flatMap(linesOf);
  const countries = countriesOf(lines);
  const hinted = countryHints(lines);
  const decimal = detectDecimalSeparator(words.map((w) => w.text));
  const base = { languages, countries, countryHints: hinted, ...(decimal ? { decimal } : {}) };
  let votes = 0;
  for (const word of words) {
    const vote = orderVote(word.text);
    if (vote) votes += vote.order === 'dmy' ? vote.weight : -vote.weight;
  }
  if (Math.abs(votes) >= 0.5)
    return { ...base, dateOrder: votes > 0 ? 'dmy' : 'mdy', dateOrderFrom: 'dates' };
  // Only English is written month-first, and only in the US.
  if (languages[0] && languages[0] !== 'en')
    return { ...base, dateOrder: 'dmy', dateOrderFrom: 'language' };
  if (countries.includes('US')) return { ...base, dateOrder: 'mdy', dateOrderFrom: 'country' };
  if (countries.length > 0) return { ...base, dateOrder: 'dmy', dateOrderFrom: 'country' };
  // Currencies stand in for countries: dollars alone suggest the US, any other currency does not.
  const currencies = new Set(
    words.map((w) =>
      w.text.length <= 4 || /\p{Sc}/u.test(w.text)
        ? normalizeCurrency(w.text, countries)
        : normalizeCurrency(parseAmount(w.text)?.currency ?? '', countries),
    ),
  );
  currencies.delete(undefined);
  if (currencies.size > 0) {
    // Dollars of a business that names another country (Singapore, Australia, …) are not US ones.
    const onlyDollars = [...currencies].every((c) => c === 'USD');
    const us = onlyDollars && (hinted[0] === undefined || hinted[0] === 'US');
    return { ...base, dateOrder: us ? 'mdy' : 'dmy', dateOrderFrom: 'country' };
  }
  if (hinted[0]) {
    return { ...base, dateOrder: hinted[0] === 'US' ? 'mdy' : 'dmy', dateOrderFrom: 'country' };
  }
  // VAT and GST are taxes of day-first countries; the US has sales tax.
  if (words.some((word) => valueAddedTax.test(word.text))) {
    return { ...base, dateOrder: 'dmy', dateOrderFrom: 'country' };
  }
  const usLocale = /^en-US$/i.test(locale);
  return { ...base, dateOrder: usLocale ? 'mdy' : 'dmy', dateOrderFrom: 'locale' };
}
