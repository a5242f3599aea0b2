// Which party a name or VAT id belongs to, when the page says it: a printed role label
// ("Verkäufer:", "Bill to", "Client :") heading the block the span sits in outranks the model's
// seller/buyer guess, which leans on position (sender top left, recipient in the window).
import { countryCodes } from '../domain/code-lists.ts';
import type { FieldSpan } from './decode-labels.ts';
import { normalizeVatId } from './normalize-vat-id.ts';
import { headingOf, labelsOf, returnAddresses, type Role } from './party-labels.ts';
import type { ResolvePage } from './resolve-candidates.ts';

const fieldRole: Record<string, Role> = {
  sellerName: 'seller',
  sellerVatId: 'seller',
  buyerName: 'buyer',
  buyerVatId: 'buyer',
};
/** How far below its label a block's name (and VAT id) may start, in page heights. */
const reach: Record<string, number> = { Name: 0.05, VatId: 0.25 };

/** The spans with their party corrected where a role label heads their block. */
export function withPartyRoles(
  spans: readonly FieldSpan[],
  pages: readonly ResolvePage[],
): FieldSpan[] {
  const labels = new Map(pages.map((page) => [page.index, labelsOf(page)]));
  // The sender's return-address line names the seller, whatever the model says.
  const sender = new Set(
    pages
      .slice(0, 1)
      .flatMap((page) => returnAddresses(page).flatMap((line) => line.sender.indices)),
  );
  return spans.map((span) => {
    const role = fieldRole[span.field];
    const page = pages.find((p) => p.index === span.page);
    const first = page?.words[span.words[0] ?? -1];
    if (!role || !page || !first) return span;
    if (span.field === 'buyerName' && page === pages[0] && sender.has(span.words[0]!))
      return { ...span, field: 'sellerName' };
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
