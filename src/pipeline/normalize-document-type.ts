// A document's printed title → UNTDID 1001 code: 380 invoice, 381 credit note, 384 corrected
// invoice, 389 self-billed invoice. Receipts are simplified invoices (380). Checked in this order,
// because "Abrechnungsgutschrift" (self-billing) contains "Gutschrift" (credit note).
import { foldWord } from './normalize-date-names.ts';

const rules: readonly (readonly [code: string, pattern: RegExp])[] = [
  [
    '389',
    /self[- ]?bill|autofactur|autofattur|abrechnungsgutschrift|gutschrift \(abrechnung\)|zelffactur|remittance invoice|autoliquidacion/,
  ],
  ['381', /credit|avoir|gutschrift|storno|creditnota|creditfactuur|abono|nota di credito/],
  [
    '384',
    /correct|rectific|berichtig|korrektur|gecorrigeerd|adjust|variazione|debit|debito|debetnota|nota de cargo/,
  ],
  [
    '380',
    /invoice|bill|rechnung|abrechnung|facture|factuur|rekening|factura|fattura|faktura|honoraires|receipt|quittung|recibo|ricevuta|scontrino|bon|beleg|quittance|recu|ticket|tique|kwitantie|betaalbewijs|documento commerciale|note/,
  ],
];

/** The code for a printed title, or undefined when it names no kind of invoice. */
export function normalizeDocumentType(text: string): string | undefined {
  const folded = foldWord(text);
  return rules.find(([, pattern]) => pattern.test(folded))?.[0];
}
