// Clears the dark desk or scanner lid that a scan or photo shows around the paper: a large solid
// dark area that touches the frame is no ink, and Tesseract's page analysis, seeing one, may find
// no text on the whole page at all.
import { greyImage, shrink, type GreyImage } from './prepare-grey.ts';
import { floodRegion } from './prepare-regions.ts';

/** Darker than this on the shrunk copy: ink and desk alike (text strokes average out lighter). */
const dark = 96;
/** A desk area covers at least this share of the image… */
const minShare = 0.002;
/** …and fills at least this share of its bounding box (a ruled frame's lines do not)… */
const minSolidity = 0.25;
/** …and reaches this far into the image both ways: a thin strip along an edge does no harm. */
const minReach = 0.05;

export function clearDarkMargins(image: GreyImage): GreyImage {
  const factor = Math.max(1, Math.round(Math.max(image.width, image.height) / 800));
  const small = shrink(image, factor);
  const blocks = darkAreasTouchingFrame(small);
  if (!blocks) return image;
  const out = image.data.slice();
  const { width } = image;
  for (let by = 0; by < small.height; by++) {
    for (let bx = 0; bx < small.width; bx++) {
      if (!nearMarked(blocks, small.width, small.height, bx, by)) continue;
      // The last block of a row or column also takes the pixels the shrink's floor left over.
      const x1 = bx === small.width - 1 ? image.width : (bx + 1) * factor;
      const y1 = by === small.height - 1 ? image.height : (by + 1) * factor;
      for (let y = by * factor; y < y1; y++) out.fill(255, y * width + bx * factor, y * width + x1);
    }
  }
  return greyImage(image.width, image.height, out);
}

/** Blocks of the large solid dark areas connected to the frame; undefined when there are none. */
function darkAreasTouchingFrame(image: GreyImage): Uint8Array | undefined {
  const { data, width, height } = image;
  const seen = new Int32Array(width * height);
  const marked = new Uint8Array(width * height);
  const queue = new Int32Array(width * height);
  const isDark = (value: number) => value < dark;
  let any = false;
  const borders: number[] = [];
  for (let x = 0; x < width; x++) borders.push(x, (height - 1) * width + x);
  for (let y = 0; y < height; y++) borders.push(y * width, y * width + width - 1);
  for (const start of borders) {
    if (seen[start] || !isDark(data[start] as number)) continue;
    const tail = floodRegion(image, start, isDark, seen, 1, queue);
    let [left, right, top, bottom] = [width, 0, height, 0];
    for (let k = 0; k < tail; k++) {
      const p = queue[k] as number;
      const x = p % width;
      const y = (p - x) / width;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
    }
    const box = (right - left + 1) * (bottom - top + 1);
    if (tail < minShare * width * height || tail < minSolidity * box) continue;
    if (right - left + 1 < minReach * width || bottom - top + 1 < minReach * height) continue;
    for (let k = 0; k < tail; k++) marked[queue[k] as number] = 1;
    any = true;
  }
  return any ? marked : undefined;
}

/** A marked block or one beside it: the area's grey fringe goes too. */
function nearMarked(marked: Uint8Array, width: number, height: number, x: number, y: number) {
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      const nx = x + dx;
      const ny = y + dy;
      if (nx >= 0 && ny >= 0 && nx < width && ny < height && marked[ny * width + nx]) return true;
    }
  }
  return false;
}
