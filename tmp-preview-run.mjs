import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const out = '/tmp/preview-out';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const ctx = await browser.newContext();

// ---- fixtures
const gen = await ctx.newPage();
const invoiceHtml = (n, extra = '') => `<html><body style="font-family:serif">${Array.from({ length: n }, (_, i) =>
  `<div style="page-break-after:always"><h1>INVOICE ${i + 1}</h1><p>Acme GmbH · Invoice no. 2024-0${i}</p>
   <table border=1 cellpadding=6><tr><th>Item</th><th>Qty</th><th>Price</th></tr><tr><td>Widget</td><td>3</td><td>12.50 €</td></tr></table>
   <p style="font-size:40px;color:#c00">Total 37.50 €</p>${extra}</div>`).join('')}</body></html>`;
await gen.setContent(invoiceHtml(1));
const pdf1 = await gen.pdf({ format: 'A4' });
await gen.setContent(invoiceHtml(3));
const pdf3 = await gen.pdf({ format: 'Letter', landscape: true });
await gen.setContent(invoiceHtml(300));
const pdf300 = await gen.pdf({ format: 'A4' });
writeFileSync(`${out}/one.pdf`, pdf1);
execFileSync('qpdf', ['--encrypt', 'secret', 'owner', '256', '--', `${out}/one.pdf`, `${out}/enc.pdf`]);
execFileSync('qpdf', ['--encrypt', '', 'owner', '256', '--', `${out}/one.pdf`, `${out}/owneronly.pdf`]);
const encrypted = readFileSync(`${out}/enc.pdf`);
const ownerOnly = readFileSync(`${out}/owneronly.pdf`);

const canvasImage = async (type) => Buffer.from(await gen.evaluate(async (type) => {
  const c = new OffscreenCanvas(300, 200);
  const g = c.getContext('2d');
  g.fillStyle = '#fff'; g.fillRect(0, 0, 300, 200);
  g.fillStyle = '#c00'; g.fillRect(0, 0, 300, 40);
  g.fillStyle = '#000'; g.font = 'bold 28px sans-serif'; g.fillText('TOP of photo', 20, 100);
  const b = await c.convertToBlob({ type, quality: 0.9 });
  return [...new Uint8Array(await b.arrayBuffer())];
}, type));
const jpegPlain = await canvasImage('image/jpeg');
const png = await canvasImage('image/png');
// EXIF APP1 with Orientation = 6 (rotate 90° clockwise to view)
const tiffHdr = Buffer.from([0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0, 0]);
const exif = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiffHdr]);
const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, (exif.length + 2) >> 8, (exif.length + 2) & 0xff]), exif]);
const jpegExif6 = Buffer.concat([jpegPlain.subarray(0, 2), app1, jpegPlain.subarray(2)]);

// TIFF: page 1 (400x300 RGB, blue top band), a reduced-resolution thumbnail IFD, page 2 (200x500)
function tiff(pages) {
  const parts = []; let size = 8;
  const layout = pages.map((p) => { const strip = size; size += p.w * p.h * 3; const bps = size; size += 6; const ifd = size; size += 2 + 10 * 12 + 4; return { ...p, strip, bps, ifd }; });
  const buf = Buffer.alloc(size);
  buf.write('MM', 0, 'latin1'); buf.writeUInt16BE(42, 2); buf.writeUInt32BE(layout[0].ifd, 4);
  layout.forEach((p, i) => {
    for (let y = 0; y < p.h; y++) for (let x = 0; x < p.w; x++) {
      const o = p.strip + (y * p.w + x) * 3;
      const band = y < p.h / 5;
      buf[o] = band ? 0 : p.r; buf[o + 1] = band ? 80 : p.g; buf[o + 2] = band ? 200 : p.b;
    }
    buf.writeUInt16BE(8, p.bps); buf.writeUInt16BE(8, p.bps + 2); buf.writeUInt16BE(8, p.bps + 4);
    const entries = [[254, 4, 1, p.sub ?? 0], [256, 3, 1, p.w], [257, 3, 1, p.h], [258, 3, 3, p.bps], [259, 3, 1, 1], [262, 3, 1, 2], [273, 4, 1, p.strip], [277, 3, 1, 3], [278, 3, 1, p.h], [279, 4, 1, p.w * p.h * 3]];
    buf.writeUInt16BE(entries.length, p.ifd);
    entries.forEach(([tag, type, count, value], n) => {
      const e = p.ifd + 2 + n * 12;
      buf.writeUInt16BE(tag, e); buf.writeUInt16BE(type, e + 2); buf.writeUInt32BE(count, e + 4);
      if (type === 3 && count === 1) buf.writeUInt16BE(value, e + 8); else buf.writeUInt32BE(value, e + 8);
    });
    buf.writeUInt32BE(i + 1 < layout.length ? layout[i + 1].ifd : 0, p.ifd + 2 + entries.length * 12);
  });
  return buf;
}
const tiff2 = tiff([{ w: 400, h: 300, r: 240, g: 230, b: 200 }, { w: 40, h: 30, r: 0, g: 0, b: 0, sub: 1 }, { w: 200, h: 500, r: 200, g: 240, b: 200 }]);
writeFileSync(`${out}/two.tiff`, tiff2);
const xml = Buffer.from('<?xml version="1.0"?><Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"/>');
const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'), Buffer.alloc(200, 7)]);
await gen.close();

// ---- run through the real client + worker
const page = await ctx.newPage();
page.on('console', (m) => console.log('  [console]', m.type(), m.text().slice(0, 300)));
page.on('pageerror', (e) => console.log('  [pageerror]', e.message));
await page.goto('http://localhost:5199/tmp-preview-harness.html');
await page.waitForFunction(() => window.harnessReady === true);

const cases = [
  ['pdf 1 page A4', pdf1, 'pdf'],
  ['pdf 3 pages Letter landscape', pdf3, 'pdf'],
  ['pdf 3 pages, maxPdfPages 2', pdf3, 'pdf', { limits: { maxPdfPages: 2 } }],
  ['pdf truncated (first 60%)', pdf3.subarray(0, Math.floor(pdf3.length * 0.6)), 'pdf'],
  ['pdf truncated (first 2 KB)', pdf3.subarray(0, 2048), 'pdf'],
  ['not a pdf (garbage)', Buffer.alloc(5000, 0x41), 'pdf'],
  ['pdf encrypted (user password)', encrypted, 'pdf'],
  ['pdf owner-password only', ownerOnly, 'pdf'],
  ['pdf 300 pages', pdf300, 'pdf'],
  ['jpeg exif orientation 6 (300x200 stored)', jpegExif6, 'jpeg'],
  ['png 300x200', png, 'png'],
  ['png, maxImagePixels 1000', png, 'png', { limits: { maxImagePixels: 1000 } }],
  ['jpeg truncated', jpegPlain.subarray(0, 400), 'jpeg'],
  ['tiff 2 pages + thumb IFD', tiff2, 'tiff'],
  ['tiff truncated', tiff2.subarray(0, 1000), 'tiff'],
  ['heic (undecodable in Chromium)', heic, 'heic'],
  ['ubl xml', xml, 'ubl'],
  ['pdf 300 pages, timeout 300 ms', pdf300, 'pdf', { timeoutMs: 300 }],
  ['pdf 300 pages, abort after 100 ms', pdf300, 'pdf', { abortAfterMs: 100 }],
  ['pdf 1 page after abort (fresh worker)', pdf1, 'pdf'],
];
const only = process.argv[2];
for (const [name, bytes, kind, options] of cases) {
  if (only && !name.includes(only)) continue;
  const r = await page.evaluate(([b64, kind, options]) => window.harness.run(b64, kind, options), [Buffer.from(bytes).toString('base64'), kind, options ?? {}]);
  const slug = name.replace(/[^a-z0-9]+/gi, '-').slice(0, 40);
  if (r.thumbPng) { writeFileSync(`${out}/${slug}.png`, Buffer.from(r.thumbPng, 'base64')); delete r.thumbPng; }
  console.log(`${name} [${bytes.length} B]:`, JSON.stringify(r));
}
// parallel: two at once on the pool
const t0 = Date.now();
const both = await page.evaluate(([a, b]) => Promise.all([window.harness.run(a, 'pdf'), window.harness.run(b, 'tiff')]), [Buffer.from(pdf3).toString('base64'), tiff2.toString('base64')]);
console.log('parallel pdf+tiff:', Date.now() - t0, 'ms', both.map((r) => r.pageCount ?? r.error));
const workers = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('vendor/pdfjs')).map((e) => e.name.replace(location.origin, '')));
console.log('pdf.js assets fetched:', workers);
await browser.close();
