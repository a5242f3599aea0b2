// Long pages in windows (models/FEATURES.md): at most 512 words per run, a stride of 384, and each
// word's scores from the window where it sits farthest from an edge (the most context both ways).
import { featureSlots, type Features } from './featurize.ts';

export const windowSize = 512;
export const windowStride = 384;

export interface WordWindow {
  readonly start: number;
  readonly end: number;
}

/** Windows covering `count` words; the last one ends at the last word. */
export function wordWindows(count: number, size = windowSize, stride = windowStride): WordWindow[] {
  if (count <= size) return count === 0 ? [] : [{ start: 0, end: count }];
  const windows: WordWindow[] = [];
  for (let start = 0; ; start += stride) {
    const end = Math.min(count, start + size);
    windows.push({ start: Math.max(0, end - size), end });
    if (end === count) return windows;
  }
}

/** For each word, the index of the window where its distance to the nearer edge is largest. */
export function bestWindowOf(count: number, windows: readonly WordWindow[]): Int32Array {
  const best = new Int32Array(count).fill(-1);
  const margin = new Int32Array(count).fill(-1);
  windows.forEach((window, w) => {
    for (let i = window.start; i < window.end; i++) {
      const distance = Math.min(i - window.start, window.end - 1 - i);
      if (distance > margin[i]!) [margin[i], best[i]] = [distance, w];
    }
  });
  return best;
}

/** Runs the model on one window: ids [T×14], boxes [T×4] → logits [T×L]. */
export type WindowRunner = (
  ids: Int32Array,
  boxes: Int32Array,
  words: number,
) => Promise<Float32Array>;

/** Logits for every word of a page, stitched from windows. */
export async function labelFeatures(
  features: Features,
  labelCount: number,
  run: WindowRunner,
  size = windowSize,
  stride = windowStride,
): Promise<Float32Array> {
  const count = features.boxes.length / 4;
  const windows = wordWindows(count, size, stride);
  const best = bestWindowOf(count, windows);
  const logits = new Float32Array(count * labelCount);
  for (const [w, { start, end }] of windows.entries()) {
    const ids = features.ids.subarray(start * featureSlots, end * featureSlots);
    const boxes = features.boxes.subarray(start * 4, end * 4);
    const out = await run(ids, boxes, end - start);
    for (let i = start; i < end; i++) {
      if (best[i] !== w) continue;
      logits.set(
        out.subarray((i - start) * labelCount, (i - start + 1) * labelCount),
        i * labelCount,
      );
    }
  }
  return logits;
}
