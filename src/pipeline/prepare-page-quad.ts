// Finds the sheet of paper in a photo: the largest bright region, its convex hull, reduced to the
// four corners. Runs on a small copy (~600 px); returns nothing when the shape is not clearly a sheet.
import type { GreyImage } from './prepare-grey.ts';
import type { Point } from './prepare-homography.ts';

/** Corners in image pixels: top-left, top-right, bottom-right, bottom-left (as seen in the photo). */
export type Quad = readonly [Point, Point, Point, Point];

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
  for (let start = 0; start < data.length; start++) {
    if (labels[start] !== 0 || (data[start] as number) <= threshold) continue;
    label++;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    labels[start] = label;
    while (head < tail) {
      const p = queue[head++] as number;
      const x = p % width;
      for (let n = 0; n < 4; n++) {
        const q =
          n === 0
            ? x > 0
              ? p - 1
              : -1
            : n === 1
              ? x < width - 1
                ? p + 1
                : -1
              : n === 2
                ? p - width
                : p + width;
        if (q < 0 || q >= data.length || labels[q] !== 0 || (data[q] as number) <= threshold)
          continue;
        labels[q] = label;
        queue[tail++] = q;
      }
    }
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

/**
 * Corners from lines fitted to the region's edge between them: the hull's own vertices are cut
 * short where the paper's corner blurs into the desk.
 */
function refineCorners(quad: Quad, outline: readonly Point[]): Quad {
  const lines = quad.map((from, k) => {
    const to = at(quad, k + 1);
    const length = distance(from, to);
    const [ux, uy] = [(to.x - from.x) / length, (to.y - from.y) / length];
    const near = outline.filter((p) => {
      const t = ((p.x - from.x) * ux + (p.y - from.y) * uy) / length;
      const off = Math.abs((p.x - from.x) * uy - (p.y - from.y) * ux);
      return t > 0.1 && t < 0.9 && off < Math.max(2, 0.015 * length);
    });
    return near.length >= 10 ? fitLine(near) : { point: from, dx: ux, dy: uy };
  });
  const refined = lines.map((line, k) => intersect(at(lines, k - 1), line) ?? quad[k]);
  const moved = refined.some(
    (p, k) => !p || distance(p, quad[k] as Point) > 0.05 * perimeter(quad),
  );
  return moved ? quad : (refined as unknown as Quad);
}

interface Line {
  readonly point: Point;
  readonly dx: number;
  readonly dy: number;
}

/** Total least squares: the centroid and the principal direction. */
function fitLine(points: readonly Point[]): Line {
  const cx = points.reduce((sum, p) => sum + p.x, 0) / points.length;
  const cy = points.reduce((sum, p) => sum + p.y, 0) / points.length;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const p of points) {
    sxx += (p.x - cx) ** 2;
    sxy += (p.x - cx) * (p.y - cy);
    syy += (p.y - cy) ** 2;
  }
  const angle = Math.atan2(2 * sxy, sxx - syy) / 2;
  return { point: { x: cx, y: cy }, dx: Math.cos(angle), dy: Math.sin(angle) };
}

function intersect(a: Line, b: Line): Point | undefined {
  const det = a.dx * b.dy - a.dy * b.dx;
  if (Math.abs(det) < 1e-6) return undefined;
  const t = ((b.point.x - a.point.x) * b.dy - (b.point.y - a.point.y) * b.dx) / det;
  return { x: a.point.x + t * a.dx, y: a.point.y + t * a.dy };
}

function perimeter(quad: Quad): number {
  return quad.reduce((sum, p, k) => sum + distance(p, at(quad, k + 1)), 0);
}

/** Andrew's monotone chain; counter-clockwise on screen (y down). */
function convexHull(points: Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  const cross = (o: Point, a: Point, b: Point) =>
    (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const half = (list: Point[]) => {
    const chain: Point[] = [];
    for (const p of list) {
      while (
        chain.length >= 2 &&
        cross(chain[chain.length - 2] as Point, chain[chain.length - 1] as Point, p) <= 0
      ) {
        chain.pop();
      }
      chain.push(p);
    }
    chain.pop();
    return chain;
  };
  return [...half(sorted), ...half([...sorted].reverse())];
}

/**
 * The four hull vertices spanning the largest area: start from the extremes along the diagonals, then
 * move each corner to the vertex between its neighbours that adds most area, until nothing moves.
 */
function largestQuad(hull: readonly Point[]): Quad | undefined {
  const n = hull.length;
  if (n < 4) return undefined;
  const extreme = (score: (p: Point) => number) =>
    hull.reduce((best, p, k) => (score(p) > score(at(hull, best)) ? k : best), 0);
  let corners = [
    extreme((p) => -p.x - p.y),
    extreme((p) => p.x - p.y),
    extreme((p) => p.x + p.y),
    extreme((p) => p.y - p.x),
  ].sort((a, b) => a - b);
  if (new Set(corners).size < 4) corners = [0, 1, 2, 3].map((k) => Math.floor((k * n) / 4));
  for (let pass = 0, moved = true; moved && pass < 20; pass++) {
    moved = false;
    for (let c = 0; c < 4; c++) {
      const prev = corners[(c + 3) % 4] as number;
      const next = corners[(c + 1) % 4] as number;
      let best = corners[c] as number;
      let bestArea = Math.abs(triangleArea(at(hull, prev), at(hull, best), at(hull, next)));
      for (let j = (prev + 1) % n; j !== next; j = (j + 1) % n) {
        const area = Math.abs(triangleArea(at(hull, prev), at(hull, j), at(hull, next)));
        if (area > bestArea + 1e-9) [best, bestArea] = [j, area];
      }
      if (best !== corners[c]) [corners[c], moved] = [best, true];
    }
  }
  return corners.map((k) => at(hull, k)) as unknown as Quad;
}

function orderCorners(corners: Quad): Quad {
  const cx = corners.reduce((sum, p) => sum + p.x, 0) / 4;
  const cy = corners.reduce((sum, p) => sum + p.y, 0) / 4;
  // Clockwise on screen, starting from the corner nearest the top-left.
  const byAngle = [...corners].sort(
    (a, b) => Math.atan2(a.y - cy, a.x - cx) - Math.atan2(b.y - cy, b.x - cx),
  );
  const first = byAngle.reduce(
    (best, p, k) => (p.x + p.y < at(byAngle, best).x + at(byAngle, best).y ? k : best),
    0,
  );
  return [0, 1, 2, 3].map((k) => at(byAngle, first + k)) as unknown as Quad;
}

function at<T>(items: readonly T[], k: number): T {
  return items[((k % items.length) + items.length) % items.length] as T;
}

function triangleArea(a: Point, b: Point, c: Point): number {
  return ((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)) / 2;
}

export function polygonArea(points: readonly Point[]): number {
  let twice = 0;
  for (let k = 0; k < points.length; k++) {
    const p = at(points, k);
    const q = at(points, k + 1);
    twice += p.x * q.y - q.x * p.y;
  }
  return Math.abs(twice) / 2;
}

function cornerAngle(points: readonly Point[], k: number): number {
  const p = at(points, k);
  const a = at(points, k - 1);
  const b = at(points, k + 1);
  const dot = (a.x - p.x) * (b.x - p.x) + (a.y - p.y) * (b.y - p.y);
  return (Math.acos(dot / (distance(a, p) * distance(b, p))) * 180) / Math.PI;
}

export function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}
