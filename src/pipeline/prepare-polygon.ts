// Plane geometry for the sheet finder: convex hull, the largest inscribed quadrilateral, corners
// refined by line fits, areas and angles.
import type { Point } from './prepare-homography.ts';

/** Corners in image pixels: top-left, top-right, bottom-right, bottom-left (as seen in the photo). */
export type Quad = readonly [Point, Point, Point, Point];

/**
 * Corners from lines fitted to the region's edge between them: the hull's own vertices are cut
 * short where the paper's corner blurs into the desk.
 */
export function refineCorners(quad: Quad, outline: readonly Point[]): Quad {
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
export function convexHull(points: Point[]): Point[] {
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
export function largestQuad(hull: readonly Point[]): Quad | undefined {
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

export function orderCorners(corners: Quad): Quad {
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

export function at<T>(items: readonly T[], k: number): T {
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

export function cornerAngle(points: readonly Point[], k: number): number {
  const p = at(points, k);
  const a = at(points, k - 1);
  const b = at(points, k + 1);
  const dot = (a.x - p.x) * (b.x - p.x) + (a.y - p.y) * (b.y - p.y);
  return (Math.acos(dot / (distance(a, p) * distance(b, p))) * 180) / Math.PI;
}

export function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}
