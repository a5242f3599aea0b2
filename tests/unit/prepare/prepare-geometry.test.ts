// Homographies, resampling and the search for the sheet of paper in a photo.
import { describe, expect, it } from 'vitest';
import { boldenInk, greyImage, shrink, toGrey, warp } from '../../../src/pipeline/prepare-grey.ts';
import {
  applyMatrix,
  homographyFromPoints,
  invert,
  multiply,
  rotateScaleMatrix,
  type Point,
} from '../../../src/pipeline/prepare-homography.ts';
import { findPageQuad, otsuThreshold } from '../../../src/pipeline/prepare-page-quad.ts';
import { paper, photograph, textPage } from './synthetic-page.ts';

const square = [
  { x: 0, y: 0 },
  { x: 100, y: 0 },
  { x: 100, y: 140 },
  { x: 0, y: 140 },
];
const tilted = [
  { x: 30, y: 20 },
  { x: 160, y: 35 },
  { x: 170, y: 210 },
  { x: 10, y: 190 },
];

function expectNear(actual: Point, expected: Point, tolerance: number) {
  expect(Math.abs(actual.x - expected.x)).toBeLessThanOrEqual(tolerance);
  expect(Math.abs(actual.y - expected.y)).toBeLessThanOrEqual(tolerance);
}

describe('homography', () => {
  it('maps four points onto four points, and back through its inverse', () => {
    const map = homographyFromPoints(square, tilted);
    square.forEach((p, k) => expectNear(applyMatrix(map, p.x, p.y), tilted[k] as Point, 1e-6));
    const back = invert(map);
    tilted.forEach((p, k) => expectNear(applyMatrix(back, p.x, p.y), square[k] as Point, 1e-6));
    expectNear(applyMatrix(multiply(back, map), 37, 81), { x: 37, y: 81 }, 1e-6);
  });

  it('turns clockwise about the centres for rotateScaleMatrix', () => {
    // Output of a quarter turn of a 100×140 page at scale 2 is 280×200; it maps output → page.
    const map = rotateScaleMatrix({ width: 100, height: 140 }, { width: 280, height: 200 }, 90, 2);
    // The page's top-left corner ends at the output's top-right.
    expectNear(applyMatrix(map, 280, 0), { x: 0, y: 0 }, 1e-9);
    expectNear(applyMatrix(map, 140, 100), { x: 50, y: 70 }, 1e-9);
  });

  it('rejects degenerate points', () => {
    const line = [0, 1, 2, 3].map((k) => ({ x: k, y: k }));
    expect(() => homographyFromPoints(line, tilted)).toThrow();
  });
});

describe('resampling', () => {
  it('averages blocks when shrinking and samples bilinearly when warping', () => {
    const image = greyImage(4, 2, Uint8ClampedArray.from([0, 100, 200, 200, 100, 0, 200, 200]));
    expect([...shrink(image, 2).data]).toEqual([50, 200]);
    const half = warp(image, 8, 4, [0.5, 0, 0, 0, 0.5, 0, 0, 0, 1]);
    expect(half.width).toBe(8);
    expect(half.data[3 * 8 + 6]).toBe(200);
    // Outside the source is white paper.
    expect(warp(image, 2, 2, [1, 0, 10, 0, 1, 10, 0, 0, 1]).data[0]).toBe(255);
  });

  it('makes ink a pixel bolder each way, at the edges too', () => {
    const dot = greyImage(5, 4, new Uint8ClampedArray(20).fill(255));
    dot.data[1 * 5 + 2] = 0;
    dot.data[3 * 5 + 4] = 100;
    expect([...boldenInk(dot).data]).toEqual([
      ...[255, 0, 0, 0, 255],
      ...[255, 0, 0, 0, 255],
      ...[255, 0, 0, 0, 100],
      ...[255, 255, 255, 100, 100],
    ]);
  });

  it('converts RGBA to grey with transparency on white', () => {
    const rgba = Uint8ClampedArray.from([255, 0, 0, 255, 0, 0, 0, 0, 10, 20, 30, 255]);
    expect([...toGrey({ data: rgba, width: 3, height: 1 }).data]).toEqual([76, 255, 18]);
  });
});

describe('sheet of paper in a photo', () => {
  const page = textPage(420, 594, 5);

  it('finds the corners of a bright sheet on a dark desk', () => {
    const photo = photograph(
      page,
      tilted.map((p) => ({ x: p.x * 3, y: p.y * 3 })),
      600,
      700,
    );
    const quad = findPageQuad(photo);
    expect(quad).toBeDefined();
    quad?.forEach((corner, k) => {
      const expected = tilted[k] as Point;
      expectNear(corner, { x: expected.x * 3, y: expected.y * 3 }, 3);
    });
  });

  it('finds nothing where there is no sheet, or the sheet fills the frame', () => {
    expect(
      findPageQuad(greyImage(300, 400, new Uint8ClampedArray(300 * 400).fill(90))),
    ).toBeUndefined();
    expect(findPageQuad(page)).toBeUndefined();
  });

  it('finds nothing where the sheet runs off two opposite edges of the frame', () => {
    // A scan with the lid's shadow in one corner: the bright region's hull has five corners,
    // and dropping one to make four would bend the whole page.
    const shadowed = greyImage(page.width, page.height, page.data.slice());
    for (let y = 0; y < 0.12 * page.height; y++) {
      const reach = 0.47 * page.width * (1 - y / (0.12 * page.height));
      for (let x = 0; x < reach; x++) shadowed.data[y * page.width + x] = 10;
    }
    expect(findPageQuad(shadowed)).toBeUndefined();
    // A long receipt photographed close: the desk on both sides, top and bottom cut by the frame.
    const receipt = greyImage(600, 700, new Uint8ClampedArray(600 * 700).fill(20));
    for (let y = 0; y < 700; y++) {
      const left = 120 + y * 0.05;
      for (let x = Math.round(left); x < left + 330; x++) receipt.data[y * 600 + x] = paper;
    }
    expect(findPageQuad(receipt)).toBeUndefined();
  });

  it('splits a two-level image between its levels', () => {
    const image = greyImage(4, 1, Uint8ClampedArray.from([20, 20, 220, 220]));
    const threshold = otsuThreshold(image);
    expect(threshold).toBeGreaterThanOrEqual(20);
    expect(threshold).toBeLessThan(220);
  });
});
