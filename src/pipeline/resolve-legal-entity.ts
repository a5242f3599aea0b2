// Party names from the shape of the page's top and blocks. A receipt prints its brand big ("DAISO")
// and, in small type under it, the company that issues it ("BAIFU (M) SDN BHD"): a line near the
// top of the first page that ends in a legal form (its registration number aside, outside the
// buyer's address block) is a seller name candidate that outranks a brand the model is sure of.
// A company printed over a contact person is that party's name; a name-like letterhead is the
// seller's when nothing else names one.
import { hasLegalForm } from './country-hints.ts';
import type { FieldSpan } from './decode-labels.ts';
import { normalizeDocumentType } from './normalize-document-type.ts';
import {
  lineIndices,
  printedSpan,
  type ResolvePage,
  type ResolveWord,
} from './resolve-candidates.ts';
import { debris, repairLegalForm } from './name-repairs.ts';

// With the legal-form bonus, level with a name without one that the model is certain of.
const confidence = 0.85;
/** How far below the first printed line the issuer's line may be, in page heights. */
const top = 0.3;
/** How far a buyer's address block reaches above or below the words the model gave the buyer. */
const buyerBlockHeight = 0.06;

export function legalEntityLines(
  pages: readonly ResolvePage[],
  spans: readonly FieldSpan[],
): FieldSpan[] {
  const page = pages[0];
  if (!page) return [];
  // Words the model gave to the buyer, even as a second choice, and the lines of the address
  // block of its first choice, are the buyer's.
  const buyerWords = buyerWordsOn(page, spans);
  const buyers = spans
    .filter((s) => s.best && s.page === page.index && /^buyer/.test(s.field))
    .flatMap((s) => s.words.map((i) => page.words[i]!));
  const inBuyerBlock = (word: ResolveWord) =>
    buyers.some(
      (buyer) =>
        Math.abs(buyer.norm.x0 - word.norm.x0) < 0.02 &&
        Math.abs(buyer.norm.y0 - word.norm.y0) < buyerBlockHeight,
    );
  // Measured from the first printed line: a photographed receipt may start lower on the image.
  const firstTop = Math.min(...page.words.map((word) => word.norm.y0));
  const lines = [...lineIndices(page).values()].filter((indices) =>
    indices.every((i) => page.words[i]!.norm.y0 < firstTop + top),
  );
  return lines.flatMap((line): FieldSpan[] => {
    const named = nameOnLine(line.map((i) => page.words[i]!.text)).map((k) => line[k]!);
    // The name ends where words the model gave the buyer begin ("Lieferant GmbH [it” Sa]").
    const buyerStart = named.findIndex((i) => buyerWords.has(i));
    const indices = buyerStart < 0 ? named : named.slice(0, buyerStart);
    const ending = indices
      .slice(-3)
      .map((i) => page.words[i]!.text)
      .join(' ');
    if (
      indices.length === 0 ||
      line.length > 8 ||
      // An item line ("VEGETABLES 2.20 ZRt") is no company: a company line prints no price.
      line.some((i) => /\d[.,]\d{2}$/.test(page.words[i]!.text)) ||
      inBuyerBlock(page.words[line[0]!]!) ||
      !hasLegalForm(repairLegalForm(ending))
    ) {
      return [];
    }
    return [printedSpan(page, 'sellerName', indices, confidence)];
  });
}

/** A company registration number after the name: "(616227-D)", "1110644-W", "(No. 193573-M)". */
const registration = /^[([]?(?:no\.?)?\p{L}{0,3}\d{3,}[\d-]*\p{L}?[)\]]?[.,;]?$|^[([]no\.?$/iu;

/**
 * Positions of the name on a company's line: after a key ("Sold By : WS Retail Pvt. Ltd.",
 * "Dimiliki: Banh Mi Cafe Sdn Bhd" — owned by) and before its registration number or specks.
 */
export function nameOnLine(texts: readonly string[]): number[] {
  const key = texts.findIndex((text) => text.endsWith(':'));
  let end = texts.length;
  while (end > 0 && (registration.test(texts[end - 1]!) || debris.test(texts[end - 1]!))) end--;
  const start = key >= 0 && key < 3 ? key + 1 : 0;
  return texts.map((_, k) => k).slice(start, end);
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

/** Word indices of a page the model gave to the buyer, as first choice or as an alternative. */
const buyerWordsOn = (page: ResolvePage, spans: readonly FieldSpan[]): Set<number> =>
  new Set(
    spans.filter((s) => s.page === page.index && /^buyer/.test(s.field)).flatMap((s) => s.words),
  );

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
  const buyers = buyerWordsOn(page, spans);
  const lines = [...lineIndices(page).values()];
  const topOf = (indices: readonly number[]) =>
    Math.min(...indices.map((i) => page.words[i]!.norm.y0));
  const nameLike = (indices: readonly number[]) => {
    const words = indices.map((i) => page.words[i]!);
    const text = words.map((word) => word.text).join(' ');
    return (
      words.length <= 6 &&
      /^\p{Lu}/u.test(text) &&
      /\p{L}{2}/u.test(text) &&
      !/[\d@:/#]/.test(text) &&
      !debris.test(text) &&
      !normalizeDocumentType(text)
    );
  };
  // The first lines may be OCR's reading of a stamp or a torn edge: the first that reads as a name.
  const top = lines
    .sort((a, b) => topOf(a) - topOf(b))
    .slice(0, letterheadLines)
    .find(nameLike);
  if (!top || top.some((i) => buyers.has(i))) return [];
  return [printedSpan(page, 'sellerName', top, letterheadConfidence)];
}

/** How many lines from the top a letterhead may be. */
const letterheadLines = 3;
