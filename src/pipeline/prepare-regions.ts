// Connected regions of a grey image, for the sheet finder (the bright paper) and the margin
// clearing (the dark desk): one flood fill serves both.
import type { GreyImage } from './prepare-grey.ts';

/**
 * Grows the 4-connected region of pixels whose value is `inside` from `start`, writing `label`
 * into `labels` (0 = not yet in any region). Returns the region's size; its pixels are
 * `queue[0, size)`, in the order they were reached.
 */
export function floodRegion(
  image: GreyImage,
  start: number,
  inside: (value: number) => boolean,
  labels: Int32Array,
  label: number,
  queue: Int32Array,
): number {
  const { data, width } = image;
  let tail = 0;
  queue[tail++] = start;
  labels[start] = label;
  for (let head = 0; head < tail; head++) {
    const p = queue[head] as number;
    const x = p % width;
    for (const q of [x > 0 ? p - 1 : -1, x < width - 1 ? p + 1 : -1, p - width, p + width]) {
      if (q < 0 || q >= data.length || labels[q] !== 0 || !inside(data[q] as number)) continue;
      labels[q] = label;
      queue[tail++] = q;
    }
  }
  return tail;
}
