// CLI: npx tsx models/generator/degrade-images.ts --in DIR [--out DIR] [--mode scan|photo|both] [--seed 1]
// Writes <id>~<mode>-p<n>.jpg and <id>~<mode>.json (boxes moved with the image, plus OCR noise).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { degradeWords } from './degrade.ts';
import { degradeImage, photoParams, scanParams, transformPageBoxes } from './degrade-image.ts';
import { hashSeed } from './rng.ts';
import type { GeneratedDoc } from './types.ts';

const { values } = parseArgs({
  options: {
    in: { type: 'string' },
    out: { type: 'string' },
    mode: { type: 'string', default: 'both' },
    seed: { type: 'string', default: '1' },
  },
});

if (!values.in) {
  process.stderr.write(
    'usage: degrade-images.ts --in DIR [--out DIR] [--mode scan|photo|both] [--seed 1]\n',
  );
  process.exit(2);
}
const input = values.in;
const out = values.out ?? input;
const modes =
  values.mode === 'both'
    ? (['scan', 'photo'] as const)
    : ([values.mode as 'scan' | 'photo'] as const);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
});
const page = await browser.newPage();
await page.setContent('<!doctype html><title>degrade</title>');
let count = 0;
const t0 = performance.now();
for (const file of readdirSync(input).filter((f) => /^s\d+-\d+\.json$/.test(f))) {
  const doc = JSON.parse(readFileSync(join(input, file), 'utf8')) as GeneratedDoc;
  for (const mode of modes) {
    const pages = [];
    for (const [i, p] of doc.pages.entries()) {
      const png = join(input, `${doc.id}-p${i + 1}.png`);
      if (!existsSync(png)) continue;
      const seed = hashSeed(Number(values.seed), doc.id, mode, i);
      const params = mode === 'scan' ? scanParams(seed) : photoParams(seed);
      writeFileSync(
        join(out, `${doc.id}~${mode}-p${i + 1}.jpg`),
        await degradeImage(page, readFileSync(png), params),
      );
      pages.push(degradeWords(transformPageBoxes(p, params), seed, { rotateDeg: 0 }));
    }
    if (!pages.length) continue;
    writeFileSync(
      join(out, `${doc.id}~${mode}.json`),
      JSON.stringify({ ...doc, id: `${doc.id}~${mode}`, pages }),
    );
    count++;
  }
}
await browser.close();
process.stderr.write(
  `${count} degraded documents in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
);
