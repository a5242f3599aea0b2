// OCR word accuracy: a degraded copy (`<id>~scan`, `<id>~photo`) is read by OCR; its original
// `<id>` has an exact text layer. Accuracy = share of the original's words (as a multiset,
// case-sensitive, surrounding punctuation trimmed) that OCR produced on the same page.
import type { StoredState } from './app-driver.ts';
import { idOf } from './report.ts';

const clean = (word: string) =>
  word.normalize('NFKC').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

function wordsByPage(state: StoredState, documentId: string): Map<number, string[]> {
  const pages = new Map<number, string[]>();
  for (const model of state.pageModels) {
    if (model.documentId !== documentId) continue;
    pages.set(model.index, (model.texts ?? []).map(clean).filter(Boolean));
  }
  return pages;
}

function found(reference: readonly string[], read: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const word of read) counts.set(word, (counts.get(word) ?? 0) + 1);
  let hits = 0;
  for (const word of reference) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      hits++;
      counts.set(word, left - 1);
    }
  }
  return hits;
}

export function ocrWordAccuracy(
  state: StoredState,
): Record<string, { documents: number; words: number; accuracy: number }> {
  const byId = new Map(state.documents.map((document) => [idOf(document.name), document.id]));
  const totals: Record<string, { documents: number; words: number; hits: number }> = {};
  for (const [id, documentId] of byId) {
    const match = /^(.*)~(scan|photo)$/.exec(id);
    const originalId = match && byId.get(match[1]);
    if (!match || !originalId) continue;
    const variant = match[2];
    const reference = wordsByPage(state, originalId);
    const read = wordsByPage(state, documentId);
    const total = (totals[variant] ??= { documents: 0, words: 0, hits: 0 });
    total.documents++;
    // A photo shows page 1 only; a scan has every page.
    for (const [index, words] of read) {
      const expected = reference.get(index) ?? [];
      total.words += expected.length;
      total.hits += found(expected, words);
    }
  }
  return Object.fromEntries(
    Object.entries(totals).map(([variant, total]) => [
      variant,
      {
        documents: total.documents,
        words: total.words,
        accuracy: total.words ? total.hits / total.words : 0,
      },
    ]),
  );
}
