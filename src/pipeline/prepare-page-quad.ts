// Finds the sheet of paper in a photo: the largest bright region, its convex hull, reduced to the
// four corners. Runs on a small copy (~600 px); returns nothing when the shape is not clearly a sheet.
import type { GreyImage } from './prepare-grey.ts';
import { floodRegion } from './prepare-regions.ts';
import type { Point } from './prepare-homography.ts';
import {
  convexHull,
  cornerAngle,
  distance,
  largestQuad,
  orderCorners,
  polygonArea,
  refineCorners,
  type Quad,
} from './prepare-polygon.ts';

export type { Quad } from './prepare-polygon.ts';

export function otsuThreshold(image: GreyImage): number {
  const histogram = new Float64Array(256);
  for (const value of image.data) histogram[value] = (histogram[value] as number) + 1;
  const total = image.data.length;
  let sumAll = 0;
  for (let v = 0; v < 256; v++) sumAll += v * (histogram[v] as number);
  let below = 0;
  let sumBelow = 0;
  let best = 0;
  let threshold = 128;
  for (let v = 0; v < 256; v++) {
    below += histogram[v] as number;
    sumBelow += v * (histogram[v] as number);
    const above = total - below;
    if (below === 0 || above === 0) continue;
    const gap = sumBelow / below - (sumAll - sumBelow) / above;
    const between = below * above * gap * gap;
    if (between > best) [best, threshold] = [between, v];
  }
  return threshold;
}

export function findPageQuad(image: GreyImage): Quad | undefined {
  const { width, height } = image;
  const region = largestBrightRegion(image, otsuThreshold(image));
  if (!region || region.filledArea < 0.2 * width * height) return undefined;
  // A sheet cut by two opposite edges of the frame shows none of its corners there: the hull's
  // corners would be the frame's, and straightening by them would bend a scan that needs nothing.
  if (runsOffFrame(region.outline, width, height)) return undefined;
  const hull = convexHull(region.outline);
  const hullArea = polygonArea(hull);
  const corners = largestQuad(hull);
  if (!corners) return undefined;
  // A sheet is solid, four-sided, with no corner far from a right angle, and not the whole frame.
  if (region.filledArea < 0.9 * hullArea || polygonArea(corners) < 0.92 * hullArea)
    return undefined;
  if (!corners.every((_, k) => Math.abs(cornerAngle(corners, k) - 90) < 40)) return undefined;
  const frame = [
    { x: 0, y: 0 },
    { x: width, y: 0 },
    { x: width, y: height },
    { x: 0, y: height },
  ];
  const margin = 0.03 * Math.max(width, height);
  const ordered = refineCorners(orderCorners(corners), region.outline);
  if (ordered.every((p, k) => distance(p, frame[k] as Point) < margin)) return undefined;
  return ordered;
}

function runsOffFrame(outline: readonly Point[], width: number, height: number): boolean {
  // Row extremes have x on pixel edges and y at pixel centres; column extremes the other way round.
  const count = (touches: (p: Point) => boolean) => outline.filter(touches).length;
  const left = count((p) => p.x === 0);
  const right = count((p) => p.x === width);
  const top = count((p) => p.y === 0);
  const bottom = count((p) => p.y === height);
  const along = 0.25;
  return (
    (left >= along * height && right >= along * height) ||
    (top >= along * width && bottom >= along * width)
  );
}

interface Region {
  readonly filledArea: number;
  /** Outer pixel edges of every row (left, right) and column (top, bottom). */
  readonly outline: Point[];
}

function largestBrightRegion(image: GreyImage, threshold: number): Region | undefined {
  const { data, width, height } = image;
  const labels = new Int32Array(width * height);
  const queue = new Int32Array(width * height);
  let best: { label: number; area: number } | undefined;
  let label = 0;
  const bright = (value: number) => value > threshold;
  for (let start = 0; start < data.length; start++) {
    if (labels[start] !== 0 || !bright(data[start] as number)) continue;
    label++;
    const tail = floodRegion(image, start, bright, labels, label, queue);
    if (!best || tail > best.area) best = { label, area: tail };
  }
  if (!best) return undefined;
  const mine = best.label;
  const outline: Point[] = [];
  let filledArea = 0;
  for (let y = 0; y < height; y++) {
    let left = -1;
    let right = -1;
    for (let x = 0; x < width; x++) {
      if (labels[y * width + x] !== mine) continue;
      if (left < 0) left = x;
      right = x;
    }
    if (left < 0) continue;
    filledArea += right - left + 1;
    outline.push({ x: left, y: y + 0.5 }, { x: right + 1, y: y + 0.5 });
  }
  for (let x = 0; x < width; x++) {
    let top = -1;
    let bottom = -1;
    for (let y = 0; y < height; y++) {
      if (labels[y * width + x] !== mine) continue;
      if (top < 0) top = y;
      bottom = y;
    }
    if (top >= 0) outline.push({ x: x + 0.5, y: top }, { x: x + 0.5, y: bottom + 1 });
  }
  return { filledArea, outline };
}
