// A party's address from its address spans: the most confident one and the spans printed right
// around it (an address the reading order cut), split into printed lines. A "20457 Hamburg" or
// "75008 Paris" line becomes postal code and city; the other lines stay street lines.
import type { FieldEvidence } from '../domain/document.ts';
import type { Address } from '../domain/invoice.ts';
import type { Box } from '../domain/page-model.ts';
import type { FieldSpan } from './decode-labels.ts';
import { cleanText, clamp01 } from './resolve-candidates.ts';

interface PrintedLine {
  readonly text: string;
  readonly boxes: Box[];
}

const centre = (box: Box) => (box.y0 + box.y1) / 2;

/** The top span and the spans of the same field within a few lines of it, overlapping sideways. */
function addressSpans(spans: readonly FieldSpan[], field: string): FieldSpan[] {
  const own = spans.filter((s) => s.field === field && s.best);
  const top = [...own].sort((a, b) => b.confidence - a.confidence)[0];
  if (!top) return [];
  const y0 = Math.min(...top.boxes.map((b) => b.y0));
  const y1 = Math.max(...top.boxes.map((b) => b.y1));
  const x0 = Math.min(...top.boxes.map((b) => b.x0));
  const x1 = Math.max(...top.boxes.map((b) => b.x1));
  const reach = 3 * (top.boxes[0]!.y1 - top.boxes[0]!.y0);
  const near = (s: FieldSpan) =>
    s.boxes.some((b) => b.y1 > y0 - reach && b.y0 < y1 + reach && b.x0 < x1 && b.x1 > x0);
  return own.filter((s) => s === top || (s.page === top.page && near(s)));
}

/** The spans' words regrouped into printed lines, top to bottom. */
function printedLines(spans: readonly FieldSpan[]): PrintedLine[] {
  const words = spans
    .flatMap((s) => s.text.split(' ').map((text, i) => ({ text, box: s.boxes[i]! })))
    .filter((w) => w.box !== undefined)
    .sort((a, b) => centre(a.box) - centre(b.box) || a.box.x0 - b.box.x0);
  const lines: { words: typeof words }[] = [];
  for (const word of words) {
    const line = lines.at(-1);
    const first = line?.words[0]?.box;
    if (line && first && Math.abs(centre(word.box) - centre(first)) < 0.5 * (first.y1 - first.y0))
      line.words.push(word);
    else lines.push({ words: [word] });
  }
  return lines.map((line) => {
    const sorted = line.words.sort((a, b) => a.box.x0 - b.box.x0);
    return {
      text: cleanText(sorted.map((w) => w.text).join(' ')),
      boxes: sorted.map((w) => w.box),
    };
  });
}

const postalCity = /^(?:[A-Z]{1,2}[- ])?(\d{4,5}|\d{2}-\d{3}|\d{3} \d{2})\s+(\p{L}[\p{L} .'-]*)$/u;

/** The address of `role` ("seller", "buyer") with evidence per printed line. */
export function resolveAddress(
  spans: readonly FieldSpan[],
  role: 'seller' | 'buyer',
  found: Record<string, FieldEvidence>,
): Address | undefined {
  const own = addressSpans(spans, `${role}Address`);
  const lines = printedLines(own).filter((line) => line.text !== '');
  if (lines.length === 0) return undefined;
  const page = own[0]!.page;
  const confidence = clamp01(own.reduce((sum, s) => sum + s.confidence, 0) / own.length);
  const evidence = (boxes: Box[]): FieldEvidence => ({ page, boxes, confidence });
  // "Hafenstraße 12, 20457 Hamburg": street and city on one printed line.
  const last = lines.at(-1)!;
  const comma = last.text.lastIndexOf(', ');
  if (
    !lines.some((l) => postalCity.test(l.text)) &&
    comma > 0 &&
    postalCity.test(last.text.slice(comma + 2))
  ) {
    const streetWords = last.text.slice(0, comma).split(' ').length;
    lines.splice(
      -1,
      1,
      { text: last.text.slice(0, comma), boxes: last.boxes.slice(0, streetWords) },
      { text: last.text.slice(comma + 2), boxes: last.boxes.slice(streetWords) },
    );
  }
  const cityLine = lines.findLast((line) => postalCity.test(line.text));
  const streets = lines.filter((line) => line !== cityLine);
  streets.forEach((line, i) => (found[`${role}.address.lines[${i}]`] = evidence(line.boxes)));
  const match = cityLine && postalCity.exec(cityLine.text);
  if (cityLine && match) {
    found[`${role}.address.postalCode`] = evidence(cityLine.boxes);
    found[`${role}.address.city`] = evidence(cityLine.boxes);
  }
  return {
    lines: streets.map((line) => line.text),
    ...(match ? { postalCode: match[1]!, city: match[2]!.trim() } : {}),
  };
}
