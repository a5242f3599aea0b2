// Party names from the shape of the page's top and blocks. A receipt prints its brand big ("DAISO")
// and, in small type under it, the company that issues it ("BAIFU (M) SDN BHD"): a line near the
// top of the first page that ends in a legal form is a seller name candidate of its own, weaker than
// the model's names. A company printed over a contact person is that party's name; a name-like
// letterhead is the seller's when nothing else names one.
import { hasLegalForm } from './country-hints.ts';
import type { FieldSpan } from './decode-labels.ts';
import { normalizeDocumentType } from './normalize-document-type.ts';
import { lineIndices, printedSpan, type ResolvePage } from './resolve-candidates.ts';

const confidence = 0.5;
/** How far down the first page the issuer's line may be, in page heights. */
const top = 0.3;

export function legalEntityLines(
  pages: readonly ResolvePage[],
  spans: readonly FieldSpan[],
): FieldSpan[] {
  const page = pages[0];
  if (!page) return [];
  // Words the model gave to the buyer are the buyer's company, not the seller's.
  const buyers = new Set(
    spans
      .filter((s) => s.best && s.page === page.index && /^buyer/.test(s.field))
      .flatMap((s) => s.words),
  );
  const lines = [...lineIndices(page).values()].filter((indices) =>
    indices.every((i) => page.words[i]!.norm.y0 < top),
  );
  return lines.flatMap((indices): FieldSpan[] => {
    const words = indices.map((i) => page.words[i]!);
    const ending = words
      .slice(-3)
      .map((word) => word.text)
      .join(' ');
    if (indices.length > 8 || indices.some((i) => buyers.has(i)) || !hasLegalForm(ending)) {
      return [];
    }
    return [printedSpan(page, 'sellerName', indices, confidence)];
  });
}

/**
 * A person named right under a company in one address block ("Kunden AG Mitte" over "Hans
 * Muster") is the contact; the party is the company: its line becomes a candidate for the same
 * name, a little surer than the person.
 */
export function companiesAbove(
  pages: readonly ResolvePage[],
  spans: readonly FieldSpan[],
): FieldSpan[] {
  return spans.flatMap((span): FieldSpan[] => {
    const page = pages.find((p) => p.index === span.page);
    if (!page || !span.best || !/^(seller|buyer)Name$/.test(span.field)) return [];
    if (hasLegalForm(span.text)) return [];
    const first = page.words[span.words[0]!];
    if (!first) return [];
    const lines = lineIndices(page);
    const above = [...lines.values()].find((indices) => {
      const word = page.words[indices[0]!]!;
      const height = first.norm.y1 - first.norm.y0;
      return (
        word.line !== first.line &&
        word.norm.y1 <= first.norm.y0 + 0.2 * height &&
        first.norm.y0 - word.norm.y1 < 1.2 * height &&
        Math.abs(word.norm.x0 - first.norm.x0) < 0.01
      );
    });
    if (!above || above.length > 8) return [];
    const others = new Set(
      spans
        .filter((s) => s.best && s.page === page.index && s.field !== span.field)
        .flatMap((s) => s.words),
    );
    const words = above.map((i) => page.words[i]!);
    const text = words.map((word) => word.text).join(' ');
    if (above.some((i) => others.has(i)) || !hasLegalForm(text)) return [];
    return [printedSpan(page, span.field, above, span.confidence + 0.05)];
  });
}

/** A letterhead's name is the last resort: far below any name the model read. */
const letterheadConfidence = 0.15;

/**
 * The top line of the first page, when it reads like a name ("Sammy Maystone" over an e-mail
 * address: capitalised, no figures, no title like "INVOICE"): a seller candidate for documents
 * whose sender the model did not find at all.
 */
export function letterheadLine(
  pages: readonly ResolvePage[],
  spans: readonly FieldSpan[],
): FieldSpan[] {
  const page = pages[0];
  if (!page || page.words.length === 0) return [];
  // A line read as the buyer's is not the sender's letterhead.
  const buyers = new Set(
    spans.filter((s) => s.page === page.index && /^buyer/.test(s.field)).flatMap((s) => s.words),
  );
  const lines = [...lineIndices(page).values()];
  const topOf = (indices: readonly number[]) =>
    Math.min(...indices.map((i) => page.words[i]!.norm.y0));
  const top = lines.sort((a, b) => topOf(a) - topOf(b))[0]!;
  const words = top.map((i) => page.words[i]!);
  const text = words.map((word) => word.text).join(' ');
  const nameLike =
    words.length <= 6 &&
    /^\p{Lu}/u.test(text) &&
    /\p{L}{2}/u.test(text) &&
    !/[\d@:/#]/.test(text) &&
    !normalizeDocumentType(text);
  if (!nameLike || top.some((i) => buyers.has(i))) return [];
  return [printedSpan(page, 'sellerName', top, letterheadConfidence)];
}
