// Shared content specs and small composition helpers for the layout families.
import type { ContentSpec } from '../../content/invoice.ts';
import type { Rng } from '../../rng.ts';
import type { DocumentType } from '../../types.ts';
import type { Doc } from '../doc.ts';

export const INVOICE_TYPES: readonly (readonly [DocumentType, number])[] = [
  ['380', 86],
  ['381', 7],
  ['384', 3],
  ['389', 4],
];

export function invoiceSpec(rng: Rng, lines: readonly [number, number] = [1, 10]): ContentSpec {
  const max = rng.chance(0.6) ? Math.min(lines[1], 6) : lines[1];
  return { lines: [lines[0], Math.max(lines[0], max)], docTypes: INVOICE_TYPES };
}

/** Vertical stack of blocks with the document's gap between them. */
export function stack(d: Doc, blocks: readonly string[], gapMm = d.theme.gap): string {
  return blocks
    .filter(Boolean)
    .map((b) => `<div style="margin-bottom:${gapMm}mm">${b}</div>`)
    .join('');
}

/** Two blocks side by side (flex), optionally swapped. */
export function pair(
  d: Doc,
  left: string,
  right: string,
  o: { swap?: boolean; align?: string } = {},
): string {
  const [a, b] = o.swap ? [right, left] : [left, right];
  return `<div class="row" style="align-items:${o.align ?? 'flex-start'}"><div>${a}</div><div>${b}</div></div>`;
}

export function heading(
  d: Doc,
  o: { number?: boolean; align?: string; size?: number } = {},
): string {
  const number = o.number ? ` ${d.ft('invoiceNumber', d.inv.number)}` : '';
  const size = o.size ? `font-size:${o.size}px;` : '';
  return `<h1 style="${size}text-align:${o.align ?? 'left'}">${d.title()}${number}</h1>`;
}

export function rightAligned(html: string): string {
  return `<div style="display:flex;justify-content:flex-end">${html}</div>`;
}
