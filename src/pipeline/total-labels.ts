// What a totals row's label says its amount is, in the languages the app reads (folded words: lower
// case, no diacritics, no punctuation). A qualifier decides over the generic word it qualifies:
// "Total HT", "Rechnungssumme ohne USt." are net; "Total incl. VAT" is gross; "VAT total",
// "Steuerbetrag" are VAT.

export type TotalKind = 'grossTotal' | 'netTotal' | 'taxTotal';

/** Words that introduce each total; a row description starting with one is a summary row. */
export const totalWords: Readonly<Record<TotalKind, RegExp>> = {
  grossTotal:
    /^(total|totaal|totale|gesamt\w*|summe|brutto\w*|ttc|grand|endbetrag|rechnungsbetrag|importe|zahlen|payer|betalen|pagare|due)$/,
  netTotal: /^(subtotal|sub-total|net|netto\w*|nettobetrag|zwischensumme|ht|excl|imponibile|base)$/,
  taxTotal: /^(vat|tax|mwst|ust|tva|btw|iva|gst|sst|umsatzsteuer|mehrwertsteuer|steuer)$/,
};

// Net: before tax ("excl.", "ohne", "hors", "zonder", "sin", "senza", "before") or a subtotal.
const netWord =
  /^(subtotal|sub-total|sub|net|netto\w*|nett|zwischensumme|ht|excl\w*|exkl\w*|ohne|without|before|hors|sans|zonder|sin|senza|imponibile|base|taxable|warenwert)$/;
/** A word that names VAT (folded). */
export const taxWord =
  /^(vat|tax|taxes|mwst|ust|tva|btw|iva|gst|sst|umsatzsteuer\w*|mehrwertsteuer\w*|steuer|steuern|steuerbetrag|mwstbetrag|ustbetrag|taxe|impuesto\w*|imposta|imposte)$/;
const inclusiveWord = /^(incl\w*|inkl\w*|inclusive|including|ttc|brutto\w*)$/;
const grossWord =
  /^(total|totaal|totale|totals|gesamt\w*|summe|endsumme|brutto\w*|ttc|grand|endbetrag|rechnungsbetrag|zahlbetrag|importe|zahlen|payer|betalen|pagare|due|payable)$/;
// "USt. 19 % auf 804,35": the amount after a preposition is the base the rate applies to.
const baseOf = /^(auf|on|of|sur|su|op|over|von|from|de|del|sobre)$/;

/**
 * The total a row's label names. `labels` are the folded words left of the amount, nearest first;
 * undefined when they name no total, or name the base a rate applies to.
 */
export function totalKind(labels: readonly string[]): TotalKind | undefined {
  if (labels.length === 0 || baseOf.test(labels[0]!)) return undefined;
  // "MwSt-Betrag", "Sub-Total": each part says something.
  const words = labels.flatMap((label) => [label, ...label.split('-')]);
  const has = (pattern: RegExp) => words.some((word) => pattern.test(word));
  if (has(netWord)) return 'netTotal';
  if (has(taxWord)) return has(inclusiveWord) ? 'grossTotal' : 'taxTotal';
  return has(grossWord) ? 'grossTotal' : undefined;
}
