// Command line of `npm run bench`; the interface is fixed, other datasets are judged through it.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export interface BenchOptions {
  readonly data: string;
  readonly out: string;
  readonly ignoreEmbeddedXml: boolean;
  readonly backend: 'auto' | 'wasm' | 'webgpu';
  readonly workers: number;
  readonly compareNative: boolean;
  readonly languages?: readonly string[];
  readonly exportFormats: readonly string[];
  readonly build: boolean;
  readonly limit?: number;
  readonly only?: RegExp;
  readonly keepPages: boolean;
}

export const usage = `usage: npm run bench -- [--data DIR] [--out OUT] [--ignore-embedded-xml]
       [--backend wasm|webgpu] [--workers N] [--compare-native] [--languages eng+deu]
       [--export ubl,cii,...] [--no-build] [--limit N] [--only REGEX] [--keep-pages]
  --data      folder with docs/ (and gt/, index.csv); default ../shared/bench/dev when present
  --out       where <id>.json predictions and timings.json are written; default bench-out
  --ignore-embedded-xml  read PDFs from their pages even when they carry e-invoice XML
  --backend   field model backend (default: the app's choice, WebGPU when available)
  --workers   OCR workers (default: the app's choice from the processor count)
  --compare-native  also OCR the same prepared page images with the tesseract CLI
  --languages OCR languages joined by + (default: the app's setting)
  --limit / --only  process only some documents (debugging)
  --keep-pages  also write OUT/pages/<id>.json (page words) for scripts/bench/replay.ts`;

export function parseOptions(argv: readonly string[], root: string): BenchOptions {
  const value = (name: string): string | undefined => {
    const index = argv.indexOf(name);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  if (argv.includes('--help')) {
    console.log(usage);
    process.exit(0);
  }
  const defaultData = resolve(root, '../shared/bench/dev');
  const data = resolve(value('--data') ?? defaultData);
  if (!existsSync(resolve(data, 'docs'))) {
    console.error(`No documents: ${data}/docs does not exist.\n${usage}`);
    process.exit(2);
  }
  const backend = value('--backend') ?? 'auto';
  if (backend !== 'auto' && backend !== 'wasm' && backend !== 'webgpu') {
    console.error(`--backend must be wasm or webgpu, not ${backend}`);
    process.exit(2);
  }
  const workers = Number(value('--workers') ?? 0);
  const limit = value('--limit');
  const only = value('--only');
  return {
    data,
    out: resolve(value('--out') ?? resolve(root, 'bench-out')),
    ignoreEmbeddedXml: argv.includes('--ignore-embedded-xml'),
    backend,
    workers: Number.isInteger(workers) && workers >= 0 ? workers : 0,
    compareNative: argv.includes('--compare-native'),
    ...(value('--languages') ? { languages: value('--languages')!.split('+') } : {}),
    exportFormats: value('--export')?.split(',').filter(Boolean) ?? [],
    build: !argv.includes('--no-build'),
    ...(limit ? { limit: Number(limit) } : {}),
    ...(only ? { only: new RegExp(only) } : {}),
    keepPages: argv.includes('--keep-pages'),
  };
}
