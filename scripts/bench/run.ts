// `npm run bench`: builds the app, serves it, imports every document of DIR/docs in headless
// Chromium through the file chooser, waits for processing, then writes predictions and timings.
import { chromium, type Page } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';
import { chromiumArgs, chromiumPath, chromiumWebGpuArgs } from '../chromium.ts';
import {
  configureApp,
  importFiles,
  installOcrImageReader,
  readBinary,
  readOcrImages,
  readPageModels,
  readStoredState,
  type StoredState,
} from './app-driver.ts';
import { writeExports, type BenchExportDocument } from './export.ts';
import type { InvoiceDocument } from '../../src/domain/document.ts';
import type { Invoice } from '../../src/domain/invoice.ts';
import { pageHeapMb, profileRssMb } from './memory.ts';
import { prepareTessdata, runNativeOcr } from './native.ts';
import { parseOptions } from './options.ts';
import { ocrWordAccuracy } from './ocr-accuracy.ts';
import { idOf, printTable, summarise, writePredictions } from './report.ts';
import { percentile, round } from './stats.ts';

const root = resolve(import.meta.dirname, '../..');
const options = parseOptions(process.argv.slice(2), root);
const stallLimitMs = 10 * 60_000;

async function main(): Promise<void> {
  if (!existsSync(chromiumPath)) {
    console.error(
      `Chromium not found at ${chromiumPath}: apt-get install -y chromium, or set CHROME_PATH.`,
    );
    process.exit(1);
  }
  if (options.build) await build({ root, logLevel: 'warn' });
  const server = await preview({ root, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
  const profile = mkdtempSync(join(tmpdir(), 'invoice-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: options.backend === 'webgpu' ? chromiumWebGpuArgs : chromiumArgs,
    headless: true,
    acceptDownloads: true,
  });
  try {
    // tsx keeps function names with a __name helper that functions sent to the page also call.
    await context.addInitScript('globalThis.__name = (fn) => fn;');
    await context.addInitScript(installOcrImageReader);
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto(url);
    await page.getByTestId('file-input').waitFor({ state: 'attached' });
    await configureApp(page, {
      useEmbeddedXml: !options.ignoreEmbeddedXml,
      ocrWorkers: options.workers,
      keepOcrImages: options.compareNative,
      ...(options.backend === 'auto' ? {} : { inferenceBackend: options.backend }),
      ...(options.languages ? { ocrLanguages: options.languages } : {}),
    });
    const fileNames = readdirSync(join(options.data, 'docs'))
      .filter((name) => !name.startsWith('.') && (!options.only || options.only.test(name)))
      .sort()
      .slice(0, options.limit);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    let peakHeapMB = 0;
    let peakRssMB = 0;
    const sample = async () => {
      peakHeapMB = Math.max(peakHeapMB, await pageHeapMb(cdp).catch(() => 0));
      peakRssMB = Math.max(peakRssMB, profileRssMb(profile));
    };
    console.log(`benchmark: ${fileNames.length} documents from ${options.data}`);
    const started = performance.now();
    await importFiles(
      page,
      fileNames.map((name) => join(options.data, 'docs', name)),
    );
    const refused = await refusedFiles(page, fileNames);
    await waitUntilProcessed(page, fileNames.length - refused.size, sample);
    const wallMs = performance.now() - started;
    const state = await readStoredState(page, true);

    rmSync(options.out, { recursive: true, force: true });
    writePredictions(options.out, fileNames, state);
    const backend = await page.evaluate(
      () => document.documentElement.dataset.inferenceBackend ?? 'none',
    );
    const timings = summarise(fileNames, state, refused, {
      wallMs,
      peakHeapMB,
      peakRssMB,
      backend,
    });
    if (options.compareNative) timings.native = await compareNative(page, state);
    timings.ocrWordAccuracy = ocrWordAccuracy(state);
    if (options.exportFormats.length > 0) await exportAll(page, fileNames, state);
    if (options.keepPages) await keepPages(page, fileNames, state);
    writeFileSync(join(options.out, 'timings.json'), JSON.stringify(timings, null, 1));
    printTable(timings);
    console.log(`\npredictions and timings.json written to ${options.out}`);
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The page words of every document read from its pages, so extraction can be replayed in Node. */
async function keepPages(page: Page, fileNames: readonly string[], state: StoredState) {
  const folder = join(options.out, 'pages');
  mkdirSync(folder, { recursive: true });
  const byName = new Map(state.documents.map((document) => [document.name, document.id]));
  for (const fileName of fileNames) {
    const documentId = byName.get(fileName);
    if (!documentId) continue;
    const models = await readPageModels(page, documentId);
    writeFileSync(join(folder, `${idOf(fileName)}.json`), JSON.stringify(models));
  }
}

/** Files the app refused at intake name themselves in an error notice. */
async function refusedFiles(
  page: Page,
  fileNames: readonly string[],
): Promise<Map<string, string>> {
  const alerts = await page.locator('.notice.error').allInnerTexts();
  const refused = new Map<string, string>();
  for (const name of fileNames) {
    const alert = alerts.find((text) => text.includes(`“${name}”`));
    if (alert) refused.set(name, alert.replace(/\s*×\s*$/, ''));
  }
  return refused;
}

async function waitUntilProcessed(page: Page, expected: number, sample: () => Promise<void>) {
  let lastProgress = performance.now();
  let lastFinished = -1;
  for (;;) {
    await sample();
    const state = await readStoredState(page);
    const finished = state.documents.filter((d) => d.status === 'ready' || d.status === 'failed');
    if (finished.length >= expected && state.documents.length >= expected) return state;
    if (finished.length !== lastFinished) {
      lastFinished = finished.length;
      lastProgress = performance.now();
      process.stdout.write(`\r  ${finished.length}/${expected} documents processed`);
    }
    if (performance.now() - lastProgress > stallLimitMs) {
      console.error(`\nno progress for ${stallLimitMs / 60_000} minutes; reporting what finished`);
      return state;
    }
    await page.waitForTimeout(1000);
  }
}

/** `--export`: every processed document's exports under OUT/export/<format>/. */
async function exportAll(page: Page, fileNames: readonly string[], state: StoredState) {
  const results = new Map(state.results.map((result) => [result.documentId, result]));
  const docs: BenchExportDocument[] = [];
  for (const document of state.documents) {
    const result = results.get(document.id);
    if (!result || !fileNames.includes(document.name)) continue;
    const original = await readBinary(page, 'originals', document.id, 'file');
    const pageImages = [];
    for (let index = 0; index < (document.pageCount ?? 0); index++) {
      const image = await readBinary(page, 'pages', [document.id, index], 'image');
      if (image) pageImages.push(image);
    }
    docs.push({
      id: idOf(document.name),
      document: document as unknown as InvoiceDocument,
      invoice: result.invoice as Invoice,
      ...(original ? { original } : {}),
      pageImages,
    });
  }
  for (const summary of await writeExports(options.out, options.exportFormats, docs)) {
    console.log(`export ${summary.format}: ${summary.written} written, ${summary.refused} refused`);
  }
}

async function compareNative(page: Page, state: Awaited<ReturnType<typeof readStoredState>>) {
  const images = await readOcrImages(page);
  const names = new Map(state.documents.map((d) => [d.id, idOf(d.name)]));
  const languages = options.languages ?? ['eng', 'deu'];
  const tessdata = join(tmpdir(), 'invoice-bench-tessdata');
  prepareTessdata(root, languages, tessdata);
  const native = runNativeOcr(
    images.map((image) => ({
      name: `${names.get(image.documentId) ?? image.documentId}-p${image.index + 1}`,
      image: image.bytes,
    })),
    languages,
    tessdata,
    join(tmpdir(), 'invoice-bench-native'),
  );
  const kept = new Set(images.map((image) => `${image.documentId}:${image.index}`));
  const browser = state.pageModels
    .filter((model) => kept.has(`${model.documentId}:${model.index}`) && model.timings.ocr)
    .map((model) => model.timings.ocr)
    .sort((a, b) => a - b);
  const browserMedianMs = round(percentile(browser, 0.5));
  return {
    medianMs: native.medianMs,
    images: native.images,
    browserMedianMs,
    ratio: native.medianMs > 0 ? round(browserMedianMs / native.medianMs, 2) : 0,
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
