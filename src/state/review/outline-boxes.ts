// A field's evidence is one box per word; outlining each word makes a busy page. Words of a field
// that share a printed line are drawn as one rectangle instead.
import type { Box } from '../../domain/page-model.ts';

const overlap = (a: Box, b: Box) =>
  Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0.5 * Math.min(a.y1 - a.y0, b.y1 - b.y0);

export function mergeByLine(boxes: readonly Box[]): Box[] {
  const lines: Box[] = [];
  for (const box of [...boxes].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0)) {
    const index = lines.findIndex((line) => overlap(line, box));
    const line = lines[index];
    if (line) {
      lines[index] = {
        x0: Math.min(line.x0, box.x0),
        y0: Math.min(line.y0, box.y0),
        x1: Math.max(line.x1, box.x1),
        y1: Math.max(line.y1, box.y1),
      };
    } else lines.push(box);
  }
  return lines;
}
