// The field model in the browser: an imported invoice image is read by OCR, then the model worker
// labels its words and the result is stored with evidence boxes; once on WASM, once on WebGPU
// (Chromium's software adapter, SwiftShader, with --enable-unsafe-webgpu).
import { chromium, expect, test, type Page } from '@playwright/test';
import { chromiumPath, chromiumWebGpuArgs } from '../../scripts/chromium.ts';
import { makeTestFiles, type TestFiles } from './fixtures.ts';
import { cspListenerScript, guardContext } from './guards.ts';
import { addFiles, documentRows } from './helpers.ts';

interface StoredFields {
  readonly results: {
    source: string;
    invoice: { invoiceNumber?: string; totals: Record<string, string> };
    evidence: Record<
      string,
      {
        page: number;
        boxes: { x0: number; y0: number; x1: number; y1: number }[];
        confidence: number;
      }
    >;
  }[];
  readonly modelMs: number[];
}

/** Results and per-page model times, read straight from IndexedDB. */
function readStored(page: Page): Promise<StoredFields> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('invoice-capture');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(new Error(String(request.error)));
      });
    const [results, models] = await Promise.all([
      all<StoredFields['results'][number]>('results'),
      all<{ timings: { model?: number } }>('pageModels'),
    ]);
    db.close();
    return { results, modelMs: models.map((m) => m.timings.model ?? -1) };
  });
}

/** Stores the inference setting the way the app keeps settings, then reloads. */
async function useBackend(page: Page, backend: 'auto' | 'webgpu' | 'wasm'): Promise<void> {
  await page.evaluate(async (inferenceBackend) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('invoice-capture');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    const store = db.transaction('settings', 'readwrite').objectStore('settings');
    const current = await new Promise<unknown>((resolve) => {
      const request = store.get('app');
      request.onsuccess = () => resolve(request.result);
    });
    store.put({ ...(current as object), inferenceBackend }, 'app');
    await new Promise((resolve) => (store.transaction.oncomplete = resolve));
    db.close();
  }, backend);
  await page.reload();
}

let files: TestFiles;

test.beforeAll(async ({ browser }) => {
  files = await makeTestFiles(browser);
});

async function readInvoiceImage(page: Page, backend: 'webgpu' | 'wasm'): Promise<StoredFields> {
  await page.goto('/');
  await page.getByTestId('file-input').waitFor({ state: 'attached' });
  await useBackend(page, backend);
  await addFiles(page, [files.jpeg]);
  // OCR and the model on a busy 2-core machine take longer than the default wait.
  await expect(documentRows(page)).toHaveCount(1);
  await expect(documentRows(page).first()).toHaveAttribute('data-status', 'ready', {
    timeout: 180_000,
  });
  await expect
    .poll(async () => (await readStored(page)).results.length, { timeout: 60_000 })
    .toBe(1);
  return readStored(page);
}

function expectModelResult(stored: StoredFields): void {
  const [result] = stored.results;
  expect(result?.source).toBe('model');
  const evidence = Object.entries(result?.evidence ?? {});
  expect(evidence.length).toBeGreaterThan(3);
  for (const [, found] of evidence) {
    expect(found.page).toBe(0);
    expect(found.boxes.length).toBeGreaterThan(0);
    for (const box of found.boxes) {
      expect(box.x0).toBeGreaterThanOrEqual(0);
      expect(box.x1).toBeLessThanOrEqual(1);
      expect(box.y0).toBeLessThan(box.y1);
    }
    expect(found.confidence).toBeGreaterThan(0);
    expect(found.confidence).toBeLessThanOrEqual(1);
  }
  expect(stored.modelMs.every((ms) => ms > 0)).toBe(true);
}

test('an invoice image is read by the field model on WASM, with evidence boxes', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const context = await browser.newContext({ baseURL });
  const guard = guardContext(context, new URL(baseURL ?? '').origin);
  await context.addInitScript(cspListenerScript);
  const page = await context.newPage();
  guard.watch(page);
  const stored = await readInvoiceImage(page, 'wasm');
  expectModelResult(stored);
  expect(await page.evaluate(() => document.documentElement.dataset.inferenceBackend)).toBe('wasm');
  console.log(
    `WASM: model ${stored.modelMs.join(', ')} ms/page;`,
    JSON.stringify(stored.results[0]?.invoice.totals),
  );
  guard.assertClean();
  await context.close();
});

test('the field model runs on WebGPU when the browser has an adapter', async ({ baseURL }) => {
  test.setTimeout(240_000);
  // Its own browser: the WebGPU switch is a launch argument.
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumWebGpuArgs });
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  // 'auto' passes over a software adapter (slower than WASM); the setting 'webgpu' takes it.
  const stored = await readInvoiceImage(page, 'webgpu');
  expectModelResult(stored);
  expect(await page.evaluate(() => document.documentElement.dataset.inferenceBackend)).toBe(
    'webgpu',
  );
  console.log(`WebGPU: model ${stored.modelMs.join(', ')} ms/page`);
  await browser.close();
});
