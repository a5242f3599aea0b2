// From (seed, index) to an invoice and its HTML: pure and browser-free, so tests can run it.
import { makeInvoice } from './content/invoice.ts';
import { Doc } from './layouts/doc.ts';
import type { Family, PageKind } from './layouts/family.ts';
import { toHtml } from './layouts/family.ts';
import { FAMILIES, FALLBACK } from './layouts/registry.ts';
import { Rng, hashSeed } from './rng.ts';
import type { Invoice } from './types.ts';

export interface Composed {
  readonly id: string;
  readonly seed: number;
  readonly family: string;
  readonly locale: string;
  readonly invoice: Invoice;
  readonly html: string;
  readonly page: PageKind;
  readonly attempt: number;
  readonly lineTotals?: readonly number[];
}

/** Each document has its own seed, so any one can be regenerated alone and workers can shard. */
export function docSeed(seed: number, index: number): number {
  return hashSeed('invoice-doc', seed, index);
}

export function docId(seed: number, index: number): string {
  return `s${seed}-${String(index).padStart(6, '0')}`;
}

export function pickFamily(rng: Rng, families: readonly Family[] = FAMILIES): Family {
  return rng.weighted(families.map((f) => [f, f.weight] as const));
}

/** Attempts after an overflow shrink the line count; the last resort is the minimal family. */
export function compose(seed: number, index: number, attempt = 0, only?: string): Composed {
  const s = docSeed(seed, index);
  const root = new Rng(s);
  const pool = only ? FAMILIES.filter((f) => f.name === only) : FAMILIES;
  if (!pool.length) throw new Error(`unknown family ${only ?? ''}`);
  const picked = pickFamily(root.fork('family'), pool);
  const family = attempt >= 4 ? FALLBACK : picked;
  const spec = family.content(root.fork('spec'));
  const shrink = Math.pow(0.6, attempt);
  const lines: [number, number] = [
    Math.max(1, Math.floor(spec.lines[0] * shrink)),
    Math.max(1, Math.floor(spec.lines[1] * shrink)),
  ];
  const invoice = makeInvoice(hashSeed(s, 'content', attempt), { ...spec, lines });
  const doc = new Doc(invoice, new Rng(hashSeed(s, 'style', attempt)), family.theme);
  const { html, page, lineTotals } = toHtml(doc, family.render(doc));
  const f = invoice.format;
  return {
    id: docId(seed, index),
    seed: s,
    family: family.name,
    locale: `${f.lang}-${f.country}`,
    invoice,
    html,
    page,
    attempt,
    ...(lineTotals ? { lineTotals } : {}),
  };
}
