// Renders one shard of documents (every n-th index) with one browser and writes the files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compose } from '../compose.ts';
import type { GeneratedDoc } from '../types.ts';
import { visibleTruth } from '../truth.ts';
import { Renderer } from './browser.ts';

export interface ShardOptions {
  readonly seed: number;
  readonly start: number;
  readonly count: number;
  readonly shard: number;
  readonly shards: number;
  readonly out: string;
  readonly pdf: boolean;
  readonly png: boolean;
  readonly dpi: number;
  readonly concurrency: number;
  readonly family?: string;
  readonly onProgress?: (done: number) => void;
}

export interface ShardResult {
  readonly docs: number;
  readonly retries: number;
  readonly families: Record<string, number>;
  readonly labels: Record<string, number>;
}

const MAX_ATTEMPTS = 5;

export async function runShard(o: ShardOptions): Promise<ShardResult> {
  mkdirSync(o.out, { recursive: true });
  const renderer = await Renderer.start({ concurrency: o.concurrency, dpi: o.dpi });
  const indices: number[] = [];
  for (let i = o.start + o.shard; i < o.start + o.count; i += o.shards) indices.push(i);
  const result = {
    docs: 0,
    retries: 0,
    families: {} as Record<string, number>,
    labels: {} as Record<string, number>,
  };
  let next = 0;
  const one = async (index: number): Promise<void> => {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const c = compose(o.seed, index, attempt, attempt < MAX_ATTEMPTS - 1 ? o.family : undefined);
      const r = await renderer.render(c.html, c.page, { pdf: o.pdf, png: o.png });
      if (r.pages.some((p) => p.overflow) && attempt < MAX_ATTEMPTS - 1) {
        result.retries++;
        continue;
      }
      const pages = r.pages.map(({ width, height, words }) => ({ width, height, words }));
      const doc: GeneratedDoc = {
        id: c.id,
        seed: c.seed,
        family: c.family,
        locale: c.locale,
        pages,
        truth: visibleTruth(c.invoice, pages, c.lineTotals),
      };
      writeFileSync(join(o.out, `${c.id}.json`), JSON.stringify(doc));
      if (r.pdf) writeFileSync(join(o.out, `${c.id}.pdf`), r.pdf);
      r.png?.forEach((png, p) => writeFileSync(join(o.out, `${c.id}-p${p + 1}.png`), png));
      result.families[c.family] = (result.families[c.family] ?? 0) + 1;
      for (const p of pages)
        for (const w of p.words) result.labels[w.label] = (result.labels[w.label] ?? 0) + 1;
      result.docs++;
      o.onProgress?.(result.docs);
      return;
    }
  };
  const lane = async (): Promise<void> => {
    while (next < indices.length) {
      const index = indices[next++];
      if (index !== undefined) await one(index);
    }
  };
  try {
    await Promise.all(Array.from({ length: o.concurrency }, lane));
  } finally {
    await renderer.close();
  }
  return result;
}
