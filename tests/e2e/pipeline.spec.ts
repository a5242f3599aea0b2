import { expect, test, type Page } from '@playwright/test';
import { invoiceHtml } from '../fixtures/sample-invoice.ts';
import { addFiles, documentRows, expectAllReady } from './helpers.ts';

interface StoredPageModel {
  documentId: string;
  index: number;
  source: string;
  words: { text: string }[];
  timings: Record<string, number>;
}

/** Page models straight from IndexedDB, ordered by document name and page. */
async function storedPageModels(page: Page): Promise<(StoredPageModel & { name: string })[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('invoice-capture');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
      });
    const documents = await all<{ id: string; name: string }>('documents');
    const models = await all<StoredPageModel>('pageModels');
    db.close();
    const names = new Map(documents.map((document) => [document.id, document.name]));
    return models
      .map((model) => ({ ...model, name: names.get(model.documentId) ?? '' }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.index - b.index);
  });
}

/** Puts every job back before its "read-pages" step, as "re-run extraction" does. */
async function requeueFromReadPages(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('invoice-capture');
      request.onsuccess = () => resolve(request.result);
    });
    const tx = db.transaction(['jobs', 'documents'], 'readwrite');
    const jobs = tx.objectStore('jobs');
    const documents = tx.objectStore('documents');
    const jobList = jobs.getAll();
    jobList.onsuccess = () => {
      for (const job of jobList.result as { steps: string[] }[]) {
        jobs.put({ ...job, status: 'pending', nextStep: job.steps.indexOf('read-pages') });
      }
    };
    // Queued documents show the re-run; the test waits for them to be ready again.
    const documentList = documents.getAll();
    documentList.onsuccess = () => {
      for (const document of documentList.result as object[]) {
        documents.put({ ...document, status: 'queued' });
      }
    };
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  });
}

async function makeDocuments(page: Page) {
  await page.setContent(
    `${invoiceHtml()}<div style="page-break-before: always"></div>${invoiceHtml()}`,
  );
  const pdf = await page.pdf({ format: 'A4' });
  await page.setViewportSize({ width: 800, height: 1100 });
  await page.setContent(invoiceHtml());
  const sheet = await page.screenshot({ type: 'png' });
  // A phone photo: the sheet slightly turned on a dark desk, lit unevenly.
  const photo = await page.evaluate(async (png) => {
    const image = await createImageBitmap(new Blob([new Uint8Array(png)], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(1300, 1600);
    const context = canvas.getContext('2d')!;
    const desk = context.createLinearGradient(0, 0, 1300, 1600);
    desk.addColorStop(0, '#3b3026');
    desk.addColorStop(1, '#17120d');
    context.fillStyle = desk;
    context.fillRect(0, 0, 1300, 1600);
    context.translate(650, 800);
    context.rotate((4 * Math.PI) / 180);
    context.drawImage(image, -image.width / 2, -image.height / 2);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
    return Array.from(new Uint8Array(await blob.arrayBuffer()));
  }, Array.from(sheet));
  return {
    pdf: { name: 'two-pages.pdf', mimeType: 'application/pdf', buffer: pdf },
    photo: { name: 'phone-photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(photo) },
  };
}

test('a two-page PDF and a phone photo become stored page models; re-running never re-OCRs', async ({
  browser,
  baseURL,
}) => {
  const maker = await browser.newPage();
  const files = await makeDocuments(maker);
  await maker.close();

  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto('/');
  await addFiles(page, [files.pdf, files.photo]);

  // Watch the progress bars while the documents are processed.
  const stepsSeen = new Set<string>();
  await expect
    .poll(
      async () => {
        for (const step of await page
          .getByTestId('progress')
          .evaluateAll((bars) => bars.map((bar) => bar.getAttribute('data-step') ?? ''))) {
          stepsSeen.add(step);
        }
        // Both rows must exist: `every` over no rows yet is vacuously true.
        return documentRows(page).evaluateAll(
          (rows) =>
            rows.length === 2 && rows.every((row) => row.getAttribute('data-status') === 'ready'),
        );
      },
      { intervals: [100], timeout: 120_000 },
    )
    .toBe(true);
  expect(stepsSeen).toContain('read-pages');
  await expectAllReady(page, 2);

  const models = await storedPageModels(page);
  const pdfPages = models.filter((model) => model.name === files.pdf.name);
  const photoPages = models.filter((model) => model.name === files.photo.name);
  expect(pdfPages.map((model) => model.source)).toEqual(['text-layer', 'text-layer']);
  expect(pdfPages[0]?.words.map((word) => word.text)).toContain('INV-2024-0042');
  expect(photoPages).toHaveLength(1);
  expect(photoPages[0]?.source).toBe('ocr');
  const photoText = photoPages[0]?.words.map((word) => word.text).join(' ') ?? '';
  expect(photoText).toContain('Invoice');
  expect(photoText).toMatch(/INV-2024-0042|Nordlicht/);

  // Re-run extraction from the page-reading step and reload: stored pages are not read again.
  await requeueFromReadPages(page);
  await page.reload();
  await expectAllReady(page, 2);
  const again = await storedPageModels(page);
  // Reading stages keep their original timings: nothing was rendered or OCRed again.
  const readingTimings = (list: StoredPageModel[]) =>
    list.map(({ timings }) => [timings.pdfText, timings.render, timings.prepare, timings.ocr]);
  expect(readingTimings(again)).toEqual(readingTimings(models));
  await context.close();
});
