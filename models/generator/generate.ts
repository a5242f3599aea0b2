// CLI: npx tsx models/generator/generate.ts --seed 1 --count 2000 --out DIR [--pdf] [--png] [--workers 2]
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runShard, type ShardOptions, type ShardResult } from './render/shard.ts';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    count: { type: 'string', default: '100' },
    start: { type: 'string', default: '0' },
    out: { type: 'string' },
    pdf: { type: 'boolean', default: false },
    png: { type: 'boolean', default: false },
    dpi: { type: 'string', default: '150' },
    workers: { type: 'string', default: '1' },
    concurrency: { type: 'string', default: '3' },
    family: { type: 'string' },
    shard: { type: 'string' },
  },
});

if (!values.out) {
  process.stderr.write(
    'usage: generate.ts --seed 1 --count 2000 --out DIR [--pdf] [--png] [--workers 2]\n',
  );
  process.exit(2);
}

const options: ShardOptions = {
  seed: Number(values.seed),
  start: Number(values.start),
  count: Number(values.count),
  shard: 0,
  shards: Math.max(1, Number(values.workers)),
  out: values.out,
  pdf: values.pdf,
  png: values.png,
  dpi: Number(values.dpi),
  concurrency: Math.max(1, Number(values.concurrency)),
  ...(values.family ? { family: values.family } : {}),
};

function merge(results: ShardResult[]): ShardResult {
  const add = (a: Record<string, number>, b: Record<string, number>): Record<string, number> => {
    for (const [k, v] of Object.entries(b)) a[k] = (a[k] ?? 0) + v;
    return a;
  };
  return results.reduce(
    (a, r) => ({
      docs: a.docs + r.docs,
      retries: a.retries + r.retries,
      families: add(a.families, r.families),
      labels: add(a.labels, r.labels),
    }),
    { docs: 0, retries: 0, families: {}, labels: {} },
  );
}

async function main(): Promise<void> {
  if (values.shard !== undefined) {
    // Child process: run one shard and report back to the parent.
    const result = await runShard({ ...options, shard: Number(values.shard) });
    process.send?.(result);
    return;
  }
  mkdirSync(options.out, { recursive: true });
  const t0 = performance.now();
  let done = 0;
  const progress = (): void => {
    done++;
    if (done % 100 === 0)
      process.stderr.write(
        `${done}/${options.count} ${(done / ((performance.now() - t0) / 1000)).toFixed(1)} docs/s\n`,
      );
  };
  const shards = Array.from({ length: options.shards }, (_, shard) =>
    options.shards === 1
      ? runShard({ ...options, onProgress: progress })
      : new Promise<ShardResult>((resolve, reject) => {
          const child = fork(process.argv[1] ?? '', [
            ...process.argv.slice(2),
            '--shard',
            String(shard),
          ]);
          child.on('message', (m) => resolve(m as ShardResult));
          child.on('exit', (code) =>
            code ? reject(new Error(`shard ${shard} exited with ${code}`)) : undefined,
          );
        }),
  );
  const result = merge(await Promise.all(shards));
  const seconds = (performance.now() - t0) / 1000;
  const summary = {
    ...options,
    onProgress: undefined,
    seconds: Math.round(seconds * 10) / 10,
    docsPerSecond: Math.round((result.docs / seconds) * 100) / 100,
    ...result,
  };
  writeFileSync(join(options.out, 'summary.json'), JSON.stringify(summary, null, 2));
  process.stderr.write(
    `${result.docs} documents in ${seconds.toFixed(1)} s (${summary.docsPerSecond} docs/s), ${result.retries} re-layouts\n`,
  );
}

await main();
