// Role labels printed on a page ("Verkäufer:", "Bill to", "Käufer/Leistungsempfänger", "Client :")
// and the block each heads: the nearest label above in the same column, or before on the line.
// Also a letter's return-address line, which names the sender over the recipient, and the labels
// of other parties (payee, tax representative, ship-to), whose blocks name neither.
import { nearlySame } from './nearly-same.ts';
import { foldWord } from './normalize-date-names.ts';
import { lineIndices, rowWords, type ResolvePage, type ResolveWord } from './resolve-candidates.ts';

export type Role = 'seller' | 'buyer';

// Folded, without punctuation; a label of several words is matched as one ("bill to").
const roleLabels: Record<Role, readonly string[]> = {
  seller: (
    'seller|supplier|vendor|from|issuer|biller|sold by|issued by|verkaufer|lieferant|' +
    'rechnungssteller|rechnungsersteller|leistungserbringer|absender|auftragnehmer|' +
    'fournisseur|vendeur|emetteur|prestataire|leverancier|verkoper|afzender|proveedor|' +
    'vendedor|emisor|fornitore|venditore|cedente|prestatore|mittente'
  ).split('|'),
  buyer: (
    'buyer|customer|client|bill to|billed to|invoice to|invoiced to|sold to|to|kaufer|' +
    'kunde|rechnungsempfanger|leistungsempfanger|empfanger|auftraggeber|rechnungsadresse|' +
    'acheteur|destinataire|facture a|adresse de facturation|klant|afnemer|koper|' +
    'factuuradres|cliente|comprador|facturar a|destinatario|committente|cessionario|' +
    'intestatario'
  ).split('|'),
};

const labelRole = new Map<string, Role>(
  (Object.entries(roleLabels) as [Role, readonly string[]][]).flatMap(([role, labels]) =>
    labels.map((label) => [label, role] as const),
  ),
);

/** Folded for matching labels: lower case, no diacritics, letters, spaces and "/" only. */
export const foldLabel = (text: string) =>
  foldWord(text)
    .replace(/[^\p{L}\s/]/gu, '')
    .trim();

/**
 * A label's role, also where a text layer split it ("Ver käufer") or OCR misread one letter of a
 * long label ("Leistungsempfinger").
 */
function roleOfPart(part: string): Role | undefined {
  // Only long one-word labels: "facture a" is one letter from "facture fa" (an invoice number).
  // A text layer may split a word at a kerning gap ("Ver käufer").
  const exact = labelRole.get(part) ?? labelRole.get(part.replace(/ /g, ''));
  if (exact || part.length < 10 || part.includes(' ')) return exact;
  return [...labelRole].find(([label]) => label.length >= 10 && nearlySame(label, part))?.[1];
}

/** Whether a word is a role label of its own ("Customer", "Lieferant", "To"). */
export const isRoleLabel = (text: string): boolean => labelRole.has(foldLabel(text));

/** The role a printed line announces: the whole line is a label, parts joined by "/" agreeing. */
function roleOfLabel(text: string): Role | undefined {
  const parts = foldLabel(text)
    .split('/')
    .map((part) => part.trim())
    .filter(Boolean);
  const roles = new Set(parts.map(roleOfPart));
  if (parts.length === 0 || roles.size !== 1) return undefined;
  return [...roles][0];
}

export interface Label<R = Role> {
  readonly role: R;
  readonly x0: number;
  readonly y1: number;
  /** Line id of the label (a name may follow it on the same line). */
  readonly line: number;
  /** The label is its line's only text. */
  readonly alone: boolean;
  /** Height of the label's words. */
  readonly height: number;
}

/** Role labels of a page: a line of its own ("Verkäufer:"), or a line's lead up to a colon. */
export function labelsOf(page: ResolvePage): Label[] {
  return labelLines(page, roleOfLabel);
}

// Labels of parties that are neither seller nor buyer: where goods go, who is paid instead, who
// represents the seller for tax ("Abweichender Zahlungsempfänger:", "Ship to").
const otherParty =
  /^(abweichender )?(warenempfanger|zahlungsempfanger|lieferanschrift|lieferadresse)$|^steuerbevollmachtigter|^(ship to|deliver to|delivery address|payee|tax representative|adresse de livraison|livrer a|afleveradres|direccion de entrega|indirizzo di consegna)$/;

/** Whether a word heads or sits in a block another party's label heads. */
export function underOtherParty(page: ResolvePage, first: ResolveWord, reach: number): boolean {
  const others = labelLines(page, (text) =>
    otherParty.test(foldLabel(text)) ? 'other' : undefined,
  );
  const heading = headingOf<Role | 'other'>([...labelsOf(page), ...others], page, first, reach);
  return heading?.role === 'other';
}

function labelLines<R>(page: ResolvePage, roleOf: (text: string) => R | undefined): Label<R>[] {
  const labels: Label<R>[] = [];
  for (const [line, indices] of lineIndices(page)) {
    const words = indices.map((i) => page.words[i]!);
    const colon = words.findIndex((word) => word.text.endsWith(':'));
    const lead = colon >= 0 && colon < 3 ? words.slice(0, colon + 1) : words;
    if (lead.length > 3 || (lead === words && words.length > 3)) continue;
    const role = roleOf(lead.map((word) => word.text).join(' '));
    // "To" alone is too common a word to head a block unless it is written as a label.
    if (!role || (foldLabel(lead.map((w) => w.text).join(' ')) === 'to' && colon < 0)) continue;
    labels.push({
      role,
      x0: lead[0]!.norm.x0,
      y1: Math.max(...lead.map((word) => word.norm.y1)),
      line,
      alone: lead.length === words.length,
      height: Math.max(...lead.map((word) => word.norm.y1 - word.norm.y0)),
    });
  }
  return labels;
}

/** The role label heading the block a word is in: the nearest above in its column, or before it. */
export function headingOf<R = Role>(
  labels: readonly Label<R>[],
  page: ResolvePage,
  first: ResolveWord,
  maxDistance: number,
): Label<R> | undefined {
  // The block's column is where the word's printed line starts ("USt-IdNr.: DE…" → "USt"), or
  // its key's line when a text layer gives key and value as separate lines.
  const startOf = (line: number) =>
    Math.min(...page.words.filter((word) => word.line === line).map((word) => word.norm.x0));
  const key = rowWords(page, first.norm)
    .filter((word) => word.norm.x1 <= first.norm.x0 + 0.001)
    .sort((a, b) => b.norm.x1 - a.norm.x1)[0];
  const lineStart = Math.min(
    startOf(first.line),
    key?.text.endsWith(':') ? startOf(key.line) : Infinity,
  );
  return labels
    .filter((label) => {
      const sameLine = label.line === first.line && label.x0 <= first.norm.x0;
      const above = label.y1 <= first.norm.y0 + 0.002 && first.norm.y0 - label.y1 <= maxDistance;
      return sameLine || (above && Math.abs(label.x0 - lineStart) < 0.06);
    })
    .sort((a, b) => b.y1 - a.y1)[0];
}

/** Word indices printed right of a word on its row, nearest first. */
export function valueRightOf(page: ResolvePage, index: number): number[] {
  const key = page.words[index]!;
  const centre = (key.norm.y0 + key.norm.y1) / 2;
  const tolerance = Math.max(0.004, (key.norm.y1 - key.norm.y0) * 0.6);
  return page.words
    .map((word, i) => ({ word, i }))
    .filter(
      ({ word }) =>
        word.norm.x0 >= key.norm.x1 &&
        Math.abs((word.norm.y0 + word.norm.y1) / 2 - centre) <= tolerance,
    )
    .sort((a, b) => a.word.norm.x0 - b.word.norm.x0)
    .map(({ i }) => i);
}

/** A printed line's words with their text and the box around them. */
export interface LineBox {
  readonly indices: readonly number[];
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

export function lineBox(page: ResolvePage, indices: readonly number[]): LineBox {
  const words = indices.map((i) => page.words[i]!);
  return {
    indices,
    text: words.map((word) => word.text).join(' '),
    x0: Math.min(...words.map((word) => word.norm.x0)),
    x1: Math.max(...words.map((word) => word.norm.x1)),
    y0: Math.min(...words.map((word) => word.norm.y0)),
    y1: Math.max(...words.map((word) => word.norm.y1)),
  };
}

/** A letter's return-address line and the line right under it, where the recipient starts. */
export interface ReturnAddress {
  readonly sender: LineBox;
  readonly recipient: LineBox;
}

/**
 * A letter's return-address line: the sender in small type over the recipient's address, a name
 * then street and postcode with city on one line ("Bei Spiel GmbH ● Ecke 12 ● 12345 Stadthausen"),
 * with a line in larger type right under it.
 */
export function returnAddresses(page: ResolvePage): ReturnAddress[] {
  const lines = [...lineIndices(page).values()].map((indices) => lineBox(page, indices));
  return lines.flatMap((sender): ReturnAddress[] => {
    const height = sender.y1 - sender.y0;
    const postcodeCity = /\b\d{4,5}\s+\p{Lu}\p{L}+/u.test(sender.text);
    if (sender.indices.length < 4 || !postcodeCity || !/^\p{L}/u.test(sender.text)) return [];
    const recipient = lines.find(
      (other) =>
        other.y0 >= sender.y1 - 0.2 * height &&
        other.y0 - sender.y1 < Math.max(1.5 * height, 0.8 * (other.y1 - other.y0)) &&
        other.x0 < sender.x1 &&
        other.x1 > sender.x0 &&
        other.y1 - other.y0 > 1.25 * height,
    );
    return recipient ? [{ sender, recipient }] : [];
  });
}
