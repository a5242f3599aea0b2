// 3×3 projective maps between image planes (row-major, h33 normalised to 1 where possible): the
// perspective correction of a photographed page and the rotate/deskew/scale of a scan are one map.

export type Matrix3 = readonly [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
];

export interface Point {
  readonly x: number;
  readonly y: number;
}

export const identity: Matrix3 = [1, 0, 0, 0, 1, 0, 0, 0, 1];

export function applyMatrix(m: Matrix3, x: number, y: number): Point {
  const [a, b, c, d, e, f, g, h, i] = m;
  const w = g * x + h * y + i;
  return { x: (a * x + b * y + c) / w, y: (d * x + e * y + f) / w };
}

/** `first` applied after `second`: p ↦ first(second(p)). */
export function multiply(first: Matrix3, second: Matrix3): Matrix3 {
  const [a, b, c, d, e, f, g, h, i] = first;
  const [j, k, l, m, n, o, p, q, r] = second;
  return [
    a * j + b * m + c * p,
    a * k + b * n + c * q,
    a * l + b * o + c * r,
    d * j + e * m + f * p,
    d * k + e * n + f * q,
    d * l + e * o + f * r,
    g * j + h * m + i * p,
    g * k + h * n + i * q,
    g * l + h * o + i * r,
  ];
}

export function invert(m: Matrix3): Matrix3 {
  const [a, b, c, d, e, f, g, h, i] = m;
  const A = e * i - f * h;
  const B = f * g - d * i;
  const C = d * h - e * g;
  const det = a * A + b * B + c * C;
  if (Math.abs(det) < 1e-12) throw new Error('The transform cannot be inverted.');
  return [
    A / det,
    (c * h - b * i) / det,
    (b * f - c * e) / det,
    B / det,
    (a * i - c * g) / det,
    (c * d - a * f) / det,
    C / det,
    (b * g - a * h) / det,
    (a * e - b * d) / det,
  ];
}

/** The projective map taking each `from[k]` to `to[k]` (four point pairs, no three collinear). */
export function homographyFromPoints(from: readonly Point[], to: readonly Point[]): Matrix3 {
  if (from.length !== 4 || to.length !== 4) throw new Error('A homography needs four point pairs.');
  // Eight linear equations in h11..h32 (h33 = 1), solved by Gaussian elimination.
  const rows: number[][] = [];
  for (let k = 0; k < 4; k++) {
    const { x, y } = from[k] as Point;
    const { x: u, y: v } = to[k] as Point;
    rows.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    rows.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  const h = solve(rows);
  return [h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7], 1] as unknown as Matrix3;
}

/** Rows of an augmented n×(n+1) system; returns the solution. */
function solve(rows: number[][]): number[] {
  const n = rows.length;
  const at = (r: number, c: number) => (rows[r] as number[])[c] as number;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(at(r, col)) > Math.abs(at(pivot, col))) pivot = r;
    if (Math.abs(at(pivot, col)) < 1e-12) throw new Error('The four points are degenerate.');
    [rows[col], rows[pivot]] = [rows[pivot] as number[], rows[col] as number[]];
    const top = rows[col] as number[];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const row = rows[r] as number[];
      const factor = (row[col] as number) / (top[col] as number);
      for (let c = col; c <= n; c++) row[c] = (row[c] as number) - factor * (top[c] as number);
    }
  }
  return rows.map((row, r) => (row[n] as number) / (row[r] as number));
}

/** Maps output pixels to page pixels for a clockwise turn by `degrees` and a uniform `scale`. */
export function rotateScaleMatrix(
  page: { width: number; height: number },
  output: { width: number; height: number },
  degrees: number,
  scale: number,
): Matrix3 {
  // Forward: o = scale · R(degrees) · (p − pageCentre) + outputCentre; this is its inverse.
  const rad = (degrees * Math.PI) / 180;
  const cos = Math.cos(rad) / scale;
  const sin = Math.sin(rad) / scale;
  const ox = output.width / 2;
  const oy = output.height / 2;
  return [
    cos,
    sin,
    page.width / 2 - cos * ox - sin * oy,
    -sin,
    cos,
    page.height / 2 + sin * ox - cos * oy,
    0,
    0,
    1,
  ];
}
