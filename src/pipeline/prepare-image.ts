// Prepares a scan or photo for OCR: finds the sheet in a photo and straightens its perspective,
// turns the page upright, deskews, flattens uneven light and scales text to ~300 dpi — all in one
// resampling pass from the source. Pure functions on plain pixel buffers (workers and Node alike).
import type { Rotation } from '../domain/page-model.ts';
import { normaliseContrast } from './prepare-contrast.ts';
import { clearDarkMargins } from './prepare-margins.ts';
import { greyImage, shrink, toGrey, warp, type GreyImage, type RgbaImage } from './prepare-grey.ts';
import {
  homographyFromPoints,
  identity,
  multiply,
  rotateScaleMatrix,
  type Matrix3,
} from './prepare-homography.ts';
import { detectOrientation } from './prepare-orientation.ts';
import { findPageQuad } from './prepare-page-quad.ts';
import { distance } from './prepare-polygon.ts';

export type { GreyImage, RgbaImage } from './prepare-grey.ts';
export { applyMatrix, invert, type Matrix3 } from './prepare-homography.ts';

export interface PrepareOptions {
  /** A phone photo: look for the sheet on the desk and correct its perspective. */
  readonly photo: boolean;
  /** Resolution to scale to; default 300, where Tesseract reads best. */
  readonly targetDpi?: number;
  /** Resolution of the source (a PDF render, an image header); estimated when absent, or when a
   * whole page claims a header default of 72/96 dpi. Ignored for a sheet cut out of a photo. */
  readonly sourceDpi?: number;
  /** Upper bound on the output's pixel count; default 12 MP. */
  readonly maxPixels?: number;
}

export interface PreparedImage {
  /** Greyscale, upright, deskewed, paper white: what the OCR reads and what the page model's boxes refer to. */
  readonly image: GreyImage;
  /** Clockwise quarter turn applied to make the page upright. */
  readonly rotation: Rotation;
  /** Skew found after the quarter turn (clockwise positive); the page was turned by −skewDegrees. */
  readonly skewDegrees: number;
  /** 0..1: how clearly ascenders outweighed descenders; below ~0.1 the 0/180 call is a guess. */
  readonly uprightScore: number;
  /** True when a sheet was found in a photo and cut out of it. */
  readonly cropped: boolean;
  /** Output pixels per pixel of the (cut-out) page. */
  readonly scale: number;
  /** Resolution the output is taken to have; give it to Tesseract as `user_defined_dpi`. */
  readonly dpi: number;
  /** Maps a point of the prepared image to the source image (pixel-edge coordinates). */
  readonly toSource: Matrix3;
  readonly timingsMs: Readonly<Record<string, number>>;
}

const a4Aspect = Math.SQRT2;
const a4WidthInches = 8.27;
/** Ink height of a typical 10 pt invoice text line at 300 dpi, ascender to descender. */
const lineHeightAt300 = 36;
const analysisSide = 1700;

export function prepareForOcr(
  source: RgbaImage | GreyImage,
  options: PrepareOptions,
): PreparedImage {
  const targetDpi = options.targetDpi ?? 300;
  const maxPixels = options.maxPixels ?? 12_000_000;
  const timings: Record<string, number> = {};
  let clock = performance.now();
  const lap = (stage: string) => {
    const now = performance.now();
    timings[stage] = Math.round(now - clock);
    clock = now;
  };

  const grey = toGrey(source);
  lap('grey');
  if (grey.width < 16 || grey.height < 16) return unchanged(grey, timings);
  const page = options.photo ? findPage(grey) : undefined;
  const pageToSource = page?.toSource ?? identity;
  const pageWidth = page?.width ?? grey.width;
  const pageHeight = page?.height ?? grey.height;
  lap('page');

  // Orientation and line height are read from a small copy of the page.
  const factor = Math.max(1, Math.round(Math.max(pageWidth, pageHeight) / analysisSide));
  const analysis = normaliseContrast(
    page
      ? warp(
          grey,
          Math.round(pageWidth / factor),
          Math.round(pageHeight / factor),
          multiply(pageToSource, scaling(factor)),
        )
      : shrink(grey, factor),
  );
  const orientation = detectOrientation(analysis);
  lap('orientation');

  const pageDpi = estimateDpi(
    options,
    pageWidth,
    pageHeight,
    page !== undefined,
    orientation.lineHeight,
    factor,
  );
  let scale = Math.min(targetDpi / pageDpi, 3, Math.sqrt(maxPixels / (pageWidth * pageHeight)));
  if (Math.abs(scale - 1) < 0.1 && pageWidth * pageHeight <= maxPixels) scale = 1;
  const turn = orientation.rotation - orientation.skewDegrees;
  const quarter = orientation.rotation === 90 || orientation.rotation === 270;
  const width = Math.max(1, Math.round((quarter ? pageHeight : pageWidth) * scale));
  const height = Math.max(1, Math.round((quarter ? pageWidth : pageHeight) * scale));

  let output: GreyImage;
  let toSource: Matrix3 = identity;
  if (!page && turn === 0 && scale === 1) {
    output = greyImage(grey.width, grey.height, grey.data);
  } else {
    toSource = multiply(
      pageToSource,
      rotateScaleMatrix({ width: pageWidth, height: pageHeight }, { width, height }, turn, scale),
    );
    // Shrinking by more than ~2.4× through bilinear sampling would alias thin strokes: average first.
    const preshrink = Math.max(1, Math.floor(1 / scale / 1.2));
    const sampled = preshrink > 1 ? shrink(grey, preshrink) : grey;
    output = warp(sampled, width, height, multiply(scaling(1 / preshrink), toSource));
  }
  lap('warp');
  const contrasted = normaliseContrast(output);
  lap('contrast');
  const image = clearDarkMargins(contrasted);
  lap('margins');
  timings.total = Object.values(timings).reduce((sum, ms) => sum + ms, 0);

  return {
    image,
    rotation: orientation.rotation,
    skewDegrees: orientation.skewDegrees,
    uprightScore: orientation.uprightScore,
    cropped: page !== undefined,
    scale,
    dpi: Math.round(pageDpi * scale),
    toSource,
    timingsMs: timings,
  };
}

function unchanged(image: GreyImage, timingsMs: Record<string, number>): PreparedImage {
  const common = {
    rotation: 0,
    skewDegrees: 0,
    uprightScore: 0,
    cropped: false,
    scale: 1,
  } as const;
  return { ...common, image, dpi: 300, toSource: identity, timingsMs };
}

function scaling(factor: number): Matrix3 {
  return [factor, 0, 0, 0, factor, 0, 0, 0, 1];
}

/** The sheet in a photo as a page of its own: size in source pixels and the map back to the photo. */
function findPage(grey: GreyImage) {
  const factor = Math.max(1, Math.round(Math.max(grey.width, grey.height) / 640));
  const quad = findPageQuad(shrink(grey, factor));
  if (!quad) return undefined;
  const [tl, tr, br, bl] = quad.map((p) => ({ x: p.x * factor, y: p.y * factor })) as [
    ...typeof quad,
  ];
  let width = (distance(tl, tr) + distance(bl, br)) / 2;
  let height = (distance(tl, bl) + distance(tr, br)) / 2;
  // Perspective distorts the sides' ratio; a sheet that looks roughly A4 (or Letter) is made A4.
  const long = Math.max(width, height);
  const aspect = long / Math.min(width, height);
  if (aspect > 1.2 && aspect < 1.65) {
    if (width > height) height = long / a4Aspect;
    else width = long / a4Aspect;
  }
  width = Math.round(width);
  height = Math.round(height);
  // The page is cut a little inside the found edge, so no strip of desk comes along.
  const inset = 0.006 * Math.max(width, height);
  const corners = [
    { x: -inset, y: -inset },
    { x: width + inset, y: -inset },
    { x: width + inset, y: height + inset },
    { x: -inset, y: height + inset },
  ];
  const toSource = homographyFromPoints(corners, [tl, tr, br, bl]);
  return { width, height, toSource };
}

function estimateDpi(
  options: PrepareOptions,
  width: number,
  height: number,
  cropped: boolean,
  lineHeight: number | undefined,
  analysisFactor: number,
): number {
  const short = Math.min(width, height);
  const aspect = Math.max(width, height) / short;
  const wholePage = cropped || (aspect > 1.25 && aspect < 1.55);
  // Image headers say 72 or 96 dpi by default, whatever the scan: a whole page's size says more.
  const headerDefault = options.sourceDpi === 72 || options.sourceDpi === 96;
  if (options.sourceDpi && !cropped && !(headerDefault && wholePage)) return options.sourceDpi;
  // A whole page: its width is ~8.27 in (A4; Letter is close enough).
  if (wholePage) return short / a4WidthInches;
  // Anything else (a receipt, a cut-out): from the height of its text lines.
  if (lineHeight) return (300 * lineHeight * analysisFactor) / lineHeightAt300;
  return options.targetDpi ?? 300;
}
