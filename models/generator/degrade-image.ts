// Scan and phone-photo degradation of page images on a canvas in Chromium; word boxes go through
// the same transform with transformPageBoxes (degrade-geometry.ts).
import type { Page } from '@playwright/test';
import { invert, type ImageParams } from './degrade-geometry.ts';

export {
  photoParams,
  scanParams,
  transformPageBoxes,
  type ImageParams,
} from './degrade-geometry.ts';

// Runs in the page: inverse-maps every output pixel, then light, grey, contrast, noise, blur, JPEG.
const BROWSER_DEGRADE = `async ({ src, inv, p }) => {
  const img = new Image(); img.src = src; await img.decode();
  const W = img.naturalWidth, H = img.naturalHeight;
  const a = new OffscreenCanvas(W, H).getContext('2d'); a.drawImage(img, 0, 0);
  const from = a.getImageData(0, 0, W, H).data;
  const out = new ImageData(W, H); const d = out.data;
  const bg = new OffscreenCanvas(1, 1).getContext('2d'); bg.fillStyle = p.background; bg.fillRect(0, 0, 1, 1);
  const [br, bgc, bb] = bg.getImageData(0, 0, 1, 1).data;
  let s = p.seed >>> 0; const rnd = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) {
    const u = (x + 0.5) / W, v = (y + 0.5) / H, w = inv[6] * u + inv[7] * v + inv[8];
    const su = (inv[0] * u + inv[1] * v + inv[2]) / w, sv = (inv[3] * u + inv[4] * v + inv[5]) / w;
    const k = (y * W + x) * 4; let r = br, g = bgc, b = bb;
    if (su >= 0 && su < 1 && sv >= 0 && sv < 1) { const j = ((sv * H | 0) * W + (su * W | 0)) * 4; r = from[j]; g = from[j + 1]; b = from[j + 2]; }
    const light = 1 - p.shade * (0.6 * u + 0.4 * v);
    if (p.grey) { const l = 0.299 * r + 0.587 * g + 0.114 * b; r = g = b = l; }
    const n = (rnd() + rnd() + rnd() - 1.5) * p.noise;
    d[k] = (r - 128) * p.contrast * light + 128 * light + n; d[k + 1] = (g - 128) * p.contrast * light + 128 * light + n; d[k + 2] = (b - 128) * p.contrast * light + 128 * light + n; d[k + 3] = 255;
  }
  const c = new OffscreenCanvas(W, H); const cx = c.getContext('2d'); cx.putImageData(out, 0, 0);
  const e = new OffscreenCanvas(W, H); const ex = e.getContext('2d'); ex.filter = 'blur(' + p.blurPx + 'px)'; ex.drawImage(c, 0, 0);
  const blob = await e.convertToBlob({ type: 'image/jpeg', quality: p.jpegQuality });
  const bytes = new Uint8Array(await blob.arrayBuffer()); let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}`;

/** Degrades a PNG page image in a Chromium page; returns JPEG bytes. */
export async function degradeImage(page: Page, png: Buffer, p: ImageParams): Promise<Buffer> {
  const src = `data:image/png;base64,${png.toString('base64')}`;
  const b64 = await page.evaluate(
    `(${BROWSER_DEGRADE})(${JSON.stringify({ src, inv: invert(p.homography), p })})`,
  );
  return Buffer.from(String(b64), 'base64');
}
