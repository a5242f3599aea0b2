// Draws the app icons (an invoice sheet with a green check on the theme colour) into public/icons/.
// Dependency-free on purpose: the PNG encoder is node:zlib plus a hand-written CRC32.
// Run: node scripts/make-icons.mjs. favicon.svg is hand-written with the same geometry.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

/** @typedef {readonly [number, number, number]} Rgb */
/** @typedef {{ inside(x: number, y: number): boolean; color: Rgb }} Shape */

const outDir = new URL('../public/icons/', import.meta.url);
const samplesPerAxis = 4; // 16 samples per pixel: cheap antialiasing

/** @param {string} hex @returns {Rgb} */
const rgb = (hex) => {
  const channel = (/** @type {number} */ i) => parseInt(hex.slice(i, i + 2), 16);
  return [channel(1), channel(3), channel(5)];
};

const colors = {
  theme: rgb('#1f4e79'),
  shadow: rgb('#173b5c'),
  paper: rgb('#ffffff'),
  fold: rgb('#c9d6e3'),
  text: rgb('#9aa5b1'),
  check: rgb('#2e9e5b'),
};

/** @param {number} left @param {number} top @param {number} right @param {number} bottom @param {number} radius */
const roundedRect =
  (left, top, right, bottom, radius) => (/** @type {number} */ x, /** @type {number} */ y) => {
    const dx = Math.max(left + radius - x, 0, x - (right - radius));
    const dy = Math.max(top + radius - y, 0, y - (bottom - radius));
    return (
      x >= left && x <= right && y >= top && y <= bottom && dx * dx + dy * dy <= radius * radius
    );
  };

/** A stroke with round caps from (ax, ay) to (bx, by). @param {number} ax @param {number} ay @param {number} bx @param {number} by @param {number} width */
const capsule = (ax, ay, bx, by, width) => (/** @type {number} */ x, /** @type {number} */ y) => {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.min(1, Math.max(0, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  const px = x - ax - t * vx;
  const py = y - ay - t * vy;
  return px * px + py * py <= (width / 2) ** 2;
};

// Geometry in units of the icon's side (0..1); favicon.svg uses the same numbers times 100.
const paper = { left: 0.26, top: 0.16, right: 0.74, bottom: 0.84, fold: 0.14 };
const paperShape = roundedRect(paper.left, paper.top, paper.right, paper.bottom, 0.03);
const belowFoldCut = (/** @type {number} */ x, /** @type {number} */ y) =>
  x - y <= paper.right - paper.fold - paper.top;

const checkDown = capsule(0.41, 0.7, 0.47, 0.76, 0.06);
const checkUp = capsule(0.47, 0.76, 0.63, 0.64, 0.06);

/** @type {Shape[]} */
const content = [
  {
    inside: (x, y) => paperShape(x - 0.015, y - 0.02) && belowFoldCut(x - 0.015, y - 0.02),
    color: colors.shadow,
  },
  { inside: (x, y) => paperShape(x, y) && belowFoldCut(x, y), color: colors.paper },
  {
    // The folded-over corner: the half of the sheet's corner square below the cut.
    inside: (x, y) => {
      const fx = x - (paper.right - paper.fold);
      const fy = y - paper.top;
      return fx >= 0 && fy <= paper.fold && fy >= fx;
    },
    color: colors.fold,
  },
  { inside: capsule(0.35, 0.36, 0.54, 0.36, 0.045), color: colors.text },
  { inside: capsule(0.35, 0.46, 0.65, 0.46, 0.045), color: colors.text },
  { inside: capsule(0.35, 0.56, 0.65, 0.56, 0.045), color: colors.text },
  { inside: (x, y) => checkDown(x, y) || checkUp(x, y), color: colors.check },
];

/**
 * @param {{ size: number; maskable: boolean }} options
 * Maskable icons fill the square and shrink the content into the central 80% safe circle.
 * @returns {Shape[]}
 */
function iconShapes({ maskable }) {
  const background = maskable ? () => true : roundedRect(0, 0, 1, 1, 0.22);
  const scale = maskable ? 0.85 : 1;
  /** @param {Shape} shape @returns {Shape} */
  const scaled = (shape) => ({
    inside: (x, y) => shape.inside(0.5 + (x - 0.5) / scale, 0.5 + (y - 0.5) / scale),
    color: shape.color,
  });
  return [{ inside: background, color: colors.theme }, ...content.map(scaled)];
}

/** @param {number} size @param {Shape[]} shapes @returns {Buffer} RGBA pixels */
function render(size, shapes) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = samplesPerAxis;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        covered = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          // Painter's order: the last shape containing the sample wins.
          const top = shapes.findLast((shape) => shape.inside(x, y));
          if (!top) continue;
          r += top.color[0];
          g += top.color[1];
          b += top.color[2];
          covered++;
        }
      }
      const offset = (py * size + px) * 4;
      if (covered === 0) continue;
      pixels[offset] = Math.round(r / covered);
      pixels[offset + 1] = Math.round(g / covered);
      pixels[offset + 2] = Math.round(b / covered);
      pixels[offset + 3] = Math.round((covered / (n * n)) * 255);
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, byte) => {
  let c = byte;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** @param {Buffer} bytes */
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = /** @type {number} */ (crcTable[(c ^ byte) & 0xff]) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** @param {string} type @param {Buffer} data */
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** @param {number} size @param {Buffer} rgba */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, filter method 0, no interlace
  const stride = size * 4;
  const scanlines = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++)
    rgba.copy(scanlines, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const icons = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
];

mkdirSync(outDir, { recursive: true });
for (const icon of icons) {
  writeFileSync(
    new URL(icon.file, outDir),
    encodePng(icon.size, render(icon.size, iconShapes(icon))),
  );
  console.log(`wrote public/icons/${icon.file}`);
}
