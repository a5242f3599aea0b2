// Which party a name or VAT id belongs to, when the page says it: a printed role label
// ("Verkäufer:", "Bill to", "Client :") heading the block the span sits in outranks the model's
// seller/buyer guess, which leans on position (sender top left, recipient in the window).
import type { FieldSpan } from './decode-labels.ts';
import { foldWord } from './normalize-date-names.ts';
import { countryCodes } from '../domain/code-lists.ts';
import { normalizeVatId } from './normalize-vat-id.ts';
import { lineIndices, rowWords, type ResolvePage, type ResolveWord } from './resolve-candidates.ts';

type Role = 'seller' | 'buyer';

// Folded, without punctuation. Several words are matched as one ("bill to").
const roleLabels: Record<Role, readonly string[]> = {
  seller: [
    'seller',
    'supplier',
    'vendor',
    'from',
    'issuer',
    'biller',
    'sold by',
    'issued by',
    'verkaufer',
    'lieferant',
    'rechnungssteller',
    'rechnungsersteller',
    'leistungserbringer',
    'absender',
    'auftragnehmer',
    'fournisseur',
    'vendeur',
    'emetteur',
    'prestataire',
    'leverancier',
    'verkoper',
    'afzender',
    'proveedor',
    'vendedor',
    'emisor',
    'fornitore',
    'venditore',
    'cedente',
    'prestatore',
    'mittente',
  ],
  buyer: [
    'buyer',
    'customer',
    'client',
    'bill to',
    'billed to',
    'invoice to',
    'invoiced to',
    'sold to',
    'to',
    'kaufer',
    'kunde',
    'rechnungsempfanger',
    'leistungsempfanger',
    'empfanger',
    'auftraggeber',
    'rechnungsadresse',
    'acheteur',
    'destinataire',
    'facture a',
    'adresse de facturation',
    'klant',
    'afnemer',
    'koper',
    'factuuradres',
    'cliente',
    'comprador',
    'facturar a',
    'destinatario',
    'committente',
    'cessionario',
    'intestatario',
  ],
};

const labelRole = new Map<string, Role>(
  (Object.entries(roleLabels) as [Role, readonly string[]][]).flatMap(([role, labels]) =>
    labels.map((label) => [label, role] as const),
  ),
);

const fold = (text: string) =>
  foldWord(text)
    .replace(/[^\p{L}\s/]/gu, '')
    .trim();

/** The role a printed line announces: the whole line is a label, parts joined by "/" agreeing. */
function roleOfLabel(text: string): Role | undefined {
  const parts = fold(text)
    .split('/')
    .map((part) => part.trim())
    .filter(Boolean);
  const roles = new Set(parts.map((part) => labelRole.get(part)));
  if (parts.length === 0 || roles.size !== 1) return undefined;
  return [...roles][0];
}

interface Label {
  readonly role: Role;
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
function labelsOf(page: ResolvePage): Label[] {
  const labels: Label[] = [];
  for (const [line, indices] of lineIndices(page)) {
    const words = indices.map((i) => page.words[i]!);
    const colon = words.findIndex((word) => word.text.endsWith(':'));
    const lead = colon >= 0 && colon < 3 ? words.slice(0, colon + 1) : words;
    if (lead.length > 3 || (lead === words && words.length > 3)) continue;
    const role = roleOfLabel(lead.map((word) => word.text).join(' '));
    // "To" alone is too common a word to head a block unless it is written as a label.
    if (!role || (fold(lead.map((w) => w.text).join(' ')) === 'to' && colon < 0)) continue;
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

const fieldRole: Record<string, Role> = {
  sellerName: 'seller',
  sellerVatId: 'seller',
  buyerName: 'buyer',
  buyerVatId: 'buyer',
};
/** How far below its label a block's name (and VAT id) may start, in page heights. */
const reach: Record<string, number> = { Name: 0.05, VatId: 0.25 };

/** The role label heading the block a word is in: the nearest above in its column, or before it. */
function headingOf(
  labels: readonly Label[],
  page: ResolvePage,
  first: ResolveWord,
  maxDistance: number,
): Label | undefined {
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

const nameKey =
  /^(name|firma|firmenname|company|nom|raisonsociale|naam|bedrijfsnaam|nombre|nome|ragionesociale)$/;
/** How far below its role label a "Name:" line of the block may be, in page heights. */
const nameKeyReach = 0.1;
/** A value after "Name:" in a labelled block: about as sure as the model's own names. */
const nameKeyConfidence = 0.6;

/**
 * "Name: Kunden AG Mitte" in a block headed "Käufer/Leistungsempfänger": a name of that party, for
 * forms whose names the model does not see because they follow a key instead of heading a block.
 */
export function namesAfterKeys(pages: readonly ResolvePage[]): FieldSpan[] {
  return pages.flatMap((page) => {
    const labels = labelsOf(page);
    const lines = lineIndices(page);
    return [...lines.values()].flatMap((indices): FieldSpan[] => {
      const keyWord = page.words[indices[0]!]!;
      if (!keyWord.text.endsWith(':') || !nameKey.test(fold(keyWord.text).replace(/\s/g, ''))) {
        return [];
      }
      // The value is the rest of the line, or the row right of the key when the text layer made
      // it a line of its own ("Name:" at the left margin, "Lieferant GmbH" in a second column).
      const row = indices.length > 1 ? indices.slice(1) : valueRightOf(page, indices[0]!);
      const rest = row.filter((i) => page.words[i]!.line === page.words[row[0]!]?.line);
      const text = rest.map((i) => page.words[i]!.text).join(' ');
      const heading = headingOf(labels, page, keyWord, nameKeyReach);
      if (!heading || rest.length === 0 || rest.length > 6 || !/\p{L}{2}/u.test(text)) return [];
      return [
        {
          field: `${heading.role}Name`,
          page: page.index,
          words: rest,
          text,
          confidence: nameKeyConfidence,
          boxes: rest.map((i) => page.words[i]!.norm),
          best: false,
        },
      ];
    });
  });
}

/** Word indices printed right of a word on its row, nearest first. */
function valueRightOf(page: ResolvePage, index: number): number[] {
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

/** A name printed right under its role label: nearly as sure as a name the model found. */
const underLabelConfidence = 0.8;

/**
 * The line printed right under a role label that stands alone ("Verkäufer:" over "Taxiunternehmen
 * TX GmbH"): that party's name, for forms whose title the model takes for the seller. Not a key
 * ("Nummer:"), not a number or address line.
 */
export function namesUnderLabels(pages: readonly ResolvePage[]): FieldSpan[] {
  return pages.flatMap((page) => {
    const lines = [...lineIndices(page).values()];
    return labelsOf(page)
      .filter((label) => label.alone)
      .flatMap((label): FieldSpan[] => {
        const below = lines.find((indices) => {
          const head = page.words[indices[0]!]!;
          return (
            Math.abs(head.norm.x0 - label.x0) < 0.02 &&
            head.norm.y0 >= label.y1 - 0.2 * label.height &&
            head.norm.y0 - label.y1 < 1.5 * label.height
          );
        });
        const words = (below ?? []).map((i) => page.words[i]!);
        const text = words.map((word) => word.text).join(' ');
        // The whole printed row, also where a text layer split it ("Nummer" | ": 339420").
        const row = below ? [...below, ...valueRightOf(page, below.at(-1)!)] : [];
        const rowText = row.map((i) => page.words[i]!.text).join(' ');
        const nameLike =
          words.length > 0 && words.length <= 6 && !/[:\d]/.test(rowText) && /\p{L}{3}/u.test(text);
        if (!below || !nameLike) return [];
        return [
          {
            field: `${label.role}Name`,
            page: page.index,
            words: below,
            text,
            confidence: underLabelConfidence,
            boxes: words.map((word) => word.norm),
            best: false,
          },
        ];
      });
  });
}

/** The spans with their party corrected where a role label heads their block. */
export function withPartyRoles(
  spans: readonly FieldSpan[],
  pages: readonly ResolvePage[],
): FieldSpan[] {
  const labels = new Map(pages.map((page) => [page.index, labelsOf(page)]));
  return spans.map((span) => {
    const role = fieldRole[span.field];
    const page = pages.find((p) => p.index === span.page);
    const first = page?.words[span.words[0] ?? -1];
    if (!role || !page || !first) return span;
    const kind = span.field.endsWith('Name') ? 'Name' : 'VatId';
    // Only a VAT id changes hands; an order number the model called one ("OD3041…", no such
    // country) stays where it was.
    if (kind === 'VatId' && !plausibleVatId(span.text)) return span;
    const heading = headingOf(labels.get(span.page) ?? [], page, first, reach[kind]!);
    if (!heading || heading.role === role) return span;
    const field = `${heading.role}${kind}`;
    return { ...span, field };
  });
}

function plausibleVatId(text: string): boolean {
  const id = normalizeVatId(text);
  return !!id && (!/^[A-Z]{2}/.test(id.value) || countryCodes.includes(id.country ?? ''));
}
