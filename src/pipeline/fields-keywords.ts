// The words printed before a value ("Invoice no.", "Order ID", "Due date") say what it is. The
// model reads them too; these tables only nudge a choice between candidates it found, in the
// languages the app reads (folded: lower case, no diacritics, no punctuation).
import type { FieldSpan } from './decode-labels.ts';
import { foldWord } from './normalize-date-names.ts';
import { rowWords, type ResolvePage } from './resolve-candidates.ts';

interface Cue {
  readonly yes: RegExp;
  readonly no: RegExp;
}

const cues: Readonly<Record<string, Cue>> = {
  invoiceNumber: {
    yes: /^(invoice|inv|bill|rechnung\w*|rechnungsnr|rg|facture|factuur\w*|factura|fattura|faktura|beleg|receipt|credit|gutschrift\w*|avoir)$/,
    no: /^(order|bestell\w*|auftrag\w*|customer|kunde\w*|kd|account|konto|client|commande|dossier|bestelling|klant\w*|pedido|cliente|ordine|delivery|lieferschein\w*|tax|vat|ust\w*|tva|btw|iva|gst\w*|phone|tel|fax|iban|reference|ref|po|contract|vertrag\w*|project|projekt|\w*version|revision|release)$/,
  },
  issueDate: {
    yes: /^(date|dated|datum|rechnungsdatum|belegdatum|invoicedate|fecha|data|factuurdatum|issued)$/,
    no: /^(due|fallig\w*|zahlbar|echeance|vervaldatum|vencimiento|scadenza|order|bestell\w*|commande|delivery|liefer\w*|livraison|leverdatum|entrega|consegna|period|zeitraum|periode|from|to|du|bis|until)$/,
  },
  dueDate: {
    yes: /^(due|fallig\w*|zahlbar|echeance|vervaldatum|vencimiento|scadenza|payable|pay|by|until|bis|avant)$/,
    no: /^(order|bestell\w*|commande|delivery|liefer\w*|livraison|leverdatum|entrega|consegna|invoice|rechnung\w*|facture|factuur\w*|factura|fattura|issued)$/,
  },
};

/** The words printed just before a span: on its row to the left, else on the line right above. */
function labelWords(span: FieldSpan, page: ResolvePage): string[] {
  const box = span.boxes[0]!;
  const height = box.y1 - box.y0;
  const left = rowWords(page, box)
    .filter((w) => w.norm.x1 <= box.x0 + 0.001 && box.x0 - w.norm.x1 < 0.35)
    .sort((a, b) => b.norm.x1 - a.norm.x1)
    .slice(0, 3);
  const above = page.words.filter(
    (w) =>
      w.norm.y1 <= box.y0 + 0.2 * height &&
      box.y0 - w.norm.y1 < 1.5 * height &&
      w.norm.x0 < box.x1 + 0.02 &&
      w.norm.x1 > box.x0 - 0.02,
  );
  return (left.length > 0 ? left : above).map((w) => foldWord(w.text).replace(/[^\p{L}]/gu, ''));
}

/** A small push toward (+) or away from (−) a candidate by the words printed before it. */
export function cueBonus(span: FieldSpan, field: string, page: ResolvePage | undefined): number {
  const cue = cues[field];
  if (!cue || !page) return 0;
  if (field === 'dueDate' && earlyPaymentDate(span, page)) return -0.3;
  const words = labelWords(span, page);
  // A qualifier ("Order date", "Kundennummer") outweighs the generic word it qualifies.
  if (words.some((w) => cue.no.test(w))) return -0.2;
  return words.some((w) => cue.yes.test(w)) ? 0.2 : 0;
}

const discountWord = /^(skonto|discount|escompte|sconto|descuento|korting|pronto)$/;

/** "… 30 Tagen netto bis 04.04., 3 % Skonto innerhalb 10 Tagen bis 15.03.": the discount's date. */
function earlyPaymentDate(span: FieldSpan, page: ResolvePage): boolean {
  const box = span.boxes[0]!;
  return rowWords(page, box)
    .filter((w) => w.norm.x1 <= box.x0 + 0.001)
    .sort((a, b) => b.norm.x1 - a.norm.x1)
    .slice(0, 6)
    .some((w) => discountWord.test(foldWord(w.text).replace(/[^\p{L}]/gu, '')));
}
