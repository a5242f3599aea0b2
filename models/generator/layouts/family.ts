// What a layout family is, page sizes, and how its pages become one HTML document.
import type { ContentSpec } from '../content/invoice.ts';
import type { Rng } from '../rng.ts';
import type { Doc } from './doc.ts';
import type { FontKind } from './theme.ts';
import { baseCss } from './theme.ts';

export type PageKind = 'a4' | 'letter' | 'receipt80' | 'receipt58';

export interface PageSize {
  readonly css: { readonly width: string; readonly height: string };
  readonly widthPx: number;
  readonly heightPx: number;
  /** Receipts grow with their content; the renderer measures the height. */
  readonly auto: boolean;
}

export const PAGE_SIZES: Record<PageKind, PageSize> = {
  a4: { css: { width: '210mm', height: '297mm' }, widthPx: 793.7, heightPx: 1122.5, auto: false },
  letter: { css: { width: '8.5in', height: '11in' }, widthPx: 816, heightPx: 1056, auto: false },
  receipt80: {
    css: { width: '80mm', height: '2000px' },
    widthPx: 302.4,
    heightPx: 2000,
    auto: true,
  },
  receipt58: {
    css: { width: '58mm', height: '2000px' },
    widthPx: 219.2,
    heightPx: 2000,
    auto: true,
  },
};

export interface Rendered {
  readonly pages: readonly string[];
  readonly css?: string;
  readonly page?: PageKind;
  /** Extra bottom padding (mm) that keeps content clear of an absolutely placed footer. */
  readonly footerMm?: number;
  /** Printed line totals where they differ from the net amounts (columns that include tax). */
  readonly lineTotals?: readonly number[];
}

export interface Family {
  readonly name: string;
  /** Relative frequency in the mix. */
  readonly weight: number;
  readonly content: (rng: Rng) => ContentSpec;
  readonly theme?: {
    readonly kind?: FontKind;
    readonly dense?: boolean;
    readonly colourful?: number;
  };
  readonly render: (d: Doc) => Rendered;
}

/** Letter paper for most US documents, A4 elsewhere. */
export function paperFor(d: Doc): PageKind {
  return d.fmt.country === 'US' && d.rng.chance(0.8)
    ? 'letter'
    : d.fmt.country === 'US' || d.rng.chance(0.02)
      ? 'letter'
      : 'a4';
}

export function toHtml(
  d: Doc,
  r: Rendered,
): { html: string; page: PageKind; lineTotals?: readonly number[] } {
  const page = r.page ?? paperFor(d);
  const size = PAGE_SIZES[page];
  const css = baseCss(d.theme, size.css) + (r.css ?? '');
  const pad = r.footerMm
    ? ` style="padding-bottom:${(d.theme.margin[2] + r.footerMm).toFixed(1)}mm"`
    : '';
  const auto = size.auto ? ' data-autoheight="1"' : '';
  const pages = r.pages
    .map((p, i) => `<div class="page" data-page="${i}"${auto}${pad}>${p}</div>`)
    .join('');
  return {
    ...(r.lineTotals ? { lineTotals: r.lineTotals } : {}),
    html: `<!doctype html><html lang="${d.fmt.lang}"><head><meta charset="utf-8"><style>${css}</style></head><body>${pages}</body></html>`,
    page,
  };
}
