// "Rechnungsnummer: 2015738820", "Facture n° 2022089083", "Invoice # INV-0042": the value printed
// right after an explicit invoice-number key is a candidate of its own, for when the model labelled
// another number (a file, leasing or customer number) or none. It is weaker than a model span that
// has such a key too, stronger than one with no key.
import type { FieldSpan } from './decode-labels.ts';
import { foldWord } from './normalize-date-names.ts';
import { lineIndices, type ResolvePage, type ResolveWord } from './resolve-candidates.ts';

const confidence = 0.75;
// German compounds name their kind of invoice first: "Handelsrechnung", "Teilrechnung".
const noun =
  /^(invoice|inv|\p{L}*rechnung|facture|factuur|factura|fattura|faktura|gutschrift|avoir|beleg|receipt|bill)$/u;
/** A document type code printed between the noun and its number key: "Handelsrechnung (380) Nr.". */
const typeCode = /^\(\d{3}\)$/;
const numberWord = /^(no|nr|number|nummer|num|numero|n|nro|#)$/;
const compound =
  /^(rechnungsnummer|rechnungsnr|rgnr|belegnummer|belegnr|gutschriftsnummer|gutschriftnr|factuurnummer|factuurnr|fakturanummer|invoicenumber|invoiceno|invoicenr|invoice#|facturenumero)$/;
const connector = /^(de|di|del|of|van)$/;
const date = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;

/** Key and value in one word, as OCR often glues them: "Invoice#A1234", "RechnungNr.:4711". */
const gluedKey =
  /^(?:invoice|inv|rechnung|facture|factuur|factura|fattura)(?:no|nr|#|n°)[.:#]*([A-Z0-9][\w/-]*\d[\w/-]*)$/i;

const spanOf = (page: ResolvePage, index: number, text: string): FieldSpan => ({
  field: 'invoiceNumber',
  page: page.index,
  words: [index],
  text,
  confidence,
  boxes: [page.words[index]!.norm],
  best: false,
});

const fold = (text: string) => foldWord(text).replace(/[^\p{L}#]/gu, '');

/** Index of the first word after an invoice-number key starting at `i`, or -1. */
function afterKey(words: readonly ResolveWord[], i: number): number {
  const [a, b, c] = [words[i], words[i + 1], words[i + 2]].map((w) => (w ? fold(w.text) : ''));
  if (compound.test(a!)) return i + 1;
  if (noun.test(a!) && numberWord.test(b!)) return i + 2;
  if (noun.test(a!) && typeCode.test(words[i + 1]?.text ?? '') && numberWord.test(c!)) return i + 3;
  if (/#$/.test(words[i]!.text) && noun.test(a!.replace(/#$/, ''))) return i + 1;
  if (numberWord.test(a!) && a !== 'n' && connector.test(b!) && noun.test(c!)) return i + 3;
  return -1;
}

export function keyedInvoiceNumbers(pages: readonly ResolvePage[]): FieldSpan[] {
  const found: FieldSpan[] = [];
  for (const page of pages) {
    const lines = lineIndices(page);
    for (const indices of lines.values()) {
      const words = indices.map((index) => page.words[index]!);
      for (let i = 0; i < words.length; i++) {
        const glued = gluedKey.exec(words[i]!.text)?.[1];
        if (glued) found.push(spanOf(page, indices[i]!, glued));
        const start = afterKey(words, i);
        if (start < 0) continue;
        // Skip what is left of the key (":", "n°", "#") and take the first word with a digit.
        const k = words.findIndex((w, j) => j >= start && j < start + 3 && /\d/.test(w.text));
        const word = words[k];
        if (!word || words.slice(start, k).some((w) => /\p{L}{2}/u.test(w.text))) continue;
        const text = word.text.replace(/^[:#°.]+|[,;.:]+$/g, '');
        if (text.length < 3 || date.test(text)) continue;
        found.push(spanOf(page, indices[k]!, text));
      }
    }
  }
  return found;
}
