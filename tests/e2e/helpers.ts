import { expect, type Page } from '@playwright/test';
import type { TestFile } from './fixtures.ts';

export async function addFiles(page: Page, files: readonly TestFile[]): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(files.map((file) => ({ ...file })));
}

export const documentRows = (page: Page) => page.getByTestId('document-row');

export async function expectAllReady(page: Page, count: number): Promise<void> {
  await expect(documentRows(page)).toHaveCount(count);
  for (const row of await documentRows(page).all()) {
    await expect(row).toHaveAttribute('data-status', 'ready');
  }
}

/** SHA-256 of every stored original, read straight from IndexedDB. */
export async function storedOriginalHashes(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('invoice-capture');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    const originals = await new Promise<{ file: { bytes: ArrayBuffer } }[]>((resolve, reject) => {
      const request = db.transaction('originals').objectStore('originals').getAll();
      request.onsuccess = () => resolve(request.result as { file: { bytes: ArrayBuffer } }[]);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    db.close();
    const hashes = await Promise.all(
      originals.map(async (original) => {
        const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', original.file.bytes));
        return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
      }),
    );
    return hashes.sort();
  });
}

/** Waits until the service worker has installed and controls the page (reloading once if needed). */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}
