// Synthetic pdf.js text runs and viewports: what getTextContent and getViewport give for a page.
import type { TextRun } from '../../../src/pipeline/pdf-text-words.ts';

/** pdf.js PageViewport.transform (display/display_utils), for a view box at a scale and /Rotate. */
export function viewportTransform(
  viewBox: readonly [number, number, number, number],
  scale: number,
  rotation: 0 | 90 | 180 | 270 = 0,
): number[] {
  const [x0, y0, x1, y1] = viewBox;
  const centerX = (x0 + x1) / 2;
  const centerY = (y0 + y1) / 2;
  const [a, b, c, d] = {
    0: [1, 0, 0, -1],
    90: [0, 1, 1, 0],
    180: [-1, 0, 0, 1],
    270: [0, -1, -1, 0],
  }[rotation] as [number, number, number, number];
  const offsetX = a === 0 ? Math.abs(centerY - y0) * scale : Math.abs(centerX - x0) * scale;
  const offsetY = a === 0 ? Math.abs(centerX - x0) * scale : Math.abs(centerY - y0) * scale;
  return [
    a * scale,
    b * scale,
    c * scale,
    d * scale,
    offsetX - a * scale * centerX - c * scale * centerY,
    offsetY - b * scale * centerX - d * scale * centerY,
  ];
}

export const a4: [number, number, number, number] = [0, 0, 595, 842];

/** Upright text at (x, y) in PDF points (y up, baseline), Helvetica-like advance. */
export function run(
  str: string,
  x: number,
  y: number,
  size = 10,
  extra: Partial<TextRun> = {},
): TextRun {
  const width = Array.from(str).length * size * 0.5;
  return {
    str,
    transform: [size, 0, 0, size, x, y],
    width,
    height: size,
    ascent: 0.8,
    descent: -0.2,
    ...extra,
  };
}
