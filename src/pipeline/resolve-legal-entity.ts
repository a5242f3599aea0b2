// A receipt prints its brand big ("DAISO", "DOMINO'S") and, in small type under it, the company
// that issues it ("BAIFU (M) SDN BHD"): a line near the top of the first page that ends in a legal
// form is a seller name candidate of its own, weaker than the model's names.
import { hasLegalForm } from './country-hints.ts';
import type { FieldSpan } from './decode-labels.ts';
import { lineIndices, type ResolvePage } from './resolve-candidates.ts';

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
    const text = words.map((word) => word.text).join(' ');
    const ending = words
      .slice(-3)
      .map((word) => word.text)
      .join(' ');
    if (indices.length > 8 || indices.some((i) => buyers.has(i)) || !hasLegalForm(ending)) {
      return [];
    }
    return [
      {
        field: 'sellerName',
        page: page.index,
        words: indices,
        text,
        confidence,
        boxes: words.map((word) => word.norm),
        best: false,
      },
    ];
  });
}
