// Contrast normalisation: divide by a smooth estimate of the paper's brightness (uneven light on a
// photo, grey recycled paper, a scanner's shading), then stretch so paper is white and ink is black.
import { greyImage, type GreyImage } from './prepare-grey.ts';

/** Paper brightness per block: a high percentile, so text inside a block does not darken it. */
function backgroundGrid(image: GreyImage, block: number) {
  const { data, width, height } = image;
  const columns = Math.ceil(width / block);
  const rows = Math.ceil(height / block);
  const histograms = new Uint32Array(columns * rows * 256);
  const blockOf = Uint32Array.from({ length: width }, (_, x) => Math.floor(x / block) * 256);
  for (let y = 0; y < height; y++) {
    const base = Math.floor(y / block) * columns * 256;
    for (let x = 0, i = y * width; x < width; x++, i++) {
      const index = base + (blockOf[x] as number) + (data[i] as number);
      histograms[index] = (histograms[index] as number) + 1;
    }
  }
  const grid = new Float32Array(columns * rows);
  for (let b = 0; b < grid.length; b++)
    grid[b] = percentile(histograms.subarray(b * 256, b * 256 + 256), 0.9);
  // Large dark areas (a logo, a filled table header) are not shade: keep them from being washed out.
  const floor = 0.45 * (percentileOf([...grid], 0.9) ?? 255);
  for (let b = 0; b < grid.length; b++) grid[b] = Math.max(grid[b] as number, floor, 1);
  return { grid: blur(blur(grid, columns, rows), columns, rows), columns, rows };
}

function percentile(histogram: Uint32Array, fraction: number): number {
  let total = 0;
  for (const count of histogram) total += count;
  let seen = 0;
  for (let v = 0; v < 256; v++) {
    seen += histogram[v] as number;
    if (seen >= fraction * total) return v;
  }
  return 255;
}

function percentileOf(values: number[], fraction: number): number | undefined {
  values.sort((a, b) => a - b);
  return values[Math.min(values.length - 1, Math.floor(fraction * values.length))];
}

function blur(grid: Float32Array, columns: number, rows: number): Float32Array {
  const out = new Float32Array(grid.length);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      let sum = 0;
      let n = 0;
      for (let dr = -1; dr <= 1; dr++) {
        for (let dc = -1; dc <= 1; dc++) {
          const rr = r + dr;
          const cc = c + dc;
          if (rr < 0 || cc < 0 || rr >= rows || cc >= columns) continue;
          sum += grid[rr * columns + cc] as number;
          n++;
        }
      }
      out[r * columns + c] = sum / n;
    }
  }
  return out;
}

/** Flattens the background and stretches contrast; `block` defaults to ~1/40 of the long side. */
export function normaliseContrast(image: GreyImage, block?: number): GreyImage {
  const { data, width, height } = image;
  const size = block ?? Math.max(8, Math.round(Math.max(width, height) / 40));
  const { grid, columns, rows } = backgroundGrid(image, size);
  const flat = new Uint8ClampedArray(width * height);
  const histogram = new Uint32Array(256);
  // Bilinear between block centres: per column once, per row only across the grid.
  const column = new Uint16Array(width);
  const columnFraction = new Float32Array(width);
  for (let x = 0; x < width; x++) {
    const gx = Math.min(Math.max((x + 0.5) / size - 0.5, 0), columns - 1);
    column[x] = Math.floor(gx);
    columnFraction[x] = gx - Math.floor(gx);
  }
  const gridRow = new Float32Array(columns + 1);
  for (let y = 0; y < height; y++) {
    const gy = Math.min(Math.max((y + 0.5) / size - 0.5, 0), rows - 1);
    const r0 = Math.floor(gy) * columns;
    const r1 = Math.min(Math.floor(gy) + 1, rows - 1) * columns;
    const fy = gy - Math.floor(gy);
    for (let c = 0; c < columns; c++) {
      gridRow[c] = (grid[r0 + c] as number) * (1 - fy) + (grid[r1 + c] as number) * fy;
    }
    gridRow[columns] = gridRow[columns - 1] as number;
    for (let x = 0, i = y * width; x < width; x++, i++) {
      const c = column[x] as number;
      const left = gridRow[c] as number;
      const background = left + ((gridRow[c + 1] as number) - left) * (columnFraction[x] as number);
      const value = Math.min(255, ((data[i] as number) * 255) / background + 0.5) | 0;
      flat[i] = value;
      histogram[value] = (histogram[value] as number) + 1;
    }
  }
  // Paper (the median pixel) becomes white, the darkest half-percent black.
  const paper = Math.max(percentile(histogram, 0.5), 160);
  const ink = Math.min(percentile(histogram, 0.005), paper - 64);
  const lookup = new Uint8ClampedArray(256);
  for (let v = 0; v < 256; v++) lookup[v] = ((v - ink) * 255) / (paper - ink);
  for (let i = 0; i < flat.length; i++) flat[i] = lookup[flat[i] as number] as number;
  return greyImage(width, height, flat);
}
