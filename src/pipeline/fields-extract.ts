// From page words and the model's label scores to the invoice: decode every page, then resolve
// across pages. Pure, so the pipeline step, the unit tests and the gold-label check share it.
import { decodeLabels, type FieldSpan } from './decode-labels.ts';
import type { ResolvePage } from './resolve-candidates.ts';
import { resolveInvoice, type ResolvedInvoice, type ResolveOptions } from './resolve-invoice.ts';

export interface LabelledPage extends ResolvePage {
  /** words × labels.length raw scores from the model. */
  readonly logits: Float32Array;
}

export interface ExtractedFields extends ResolvedInvoice {
  readonly spans: readonly FieldSpan[];
}

export function extractFields(
  pages: readonly LabelledPage[],
  labels: readonly string[],
  options: ResolveOptions = {},
): ExtractedFields {
  const spans = pages.flatMap((page) => decodeLabels(page.logits, labels, page.words, page.index));
  return { ...resolveInvoice(pages, spans, options), spans };
}
