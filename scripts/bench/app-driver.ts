// Drives the built app the way a user does (file chooser import) and reads back what it stored.
// Reading IndexedDB directly keeps the app free of benchmark hooks.
import type { Page } from '@playwright/test';

export interface StoredState {
  readonly documents: readonly {
    id: string;
    name: string;
    kind: string;
    status: string;
    pageCount?: number;
    error?: { code: string; message: string };
  }[];
  readonly jobs: readonly {
    documentId: string;
    status: string;
    stepDurations?: Record<string, number>;
  }[];
  readonly pageModels: readonly {
    documentId: string;
    index: number;
    source: string;
    words: number;
    /** Word texts, only when read with `withWords`. */
    texts?: string[];
    timings: Record<string, number>;
  }[];
  readonly results: readonly { documentId: string; source: string; invoice: unknown }[];
}

/** Merges `patch` into the stored settings, then reloads so the app starts with them. */
export async function configureApp(page: Page, patch: Record<string, unknown>): Promise<void> {
  await page.evaluate(async (settingsPatch) => {
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
    store.put({ ...(current as object), ...settingsPatch }, 'app');
    await new Promise((resolve) => (store.transaction.oncomplete = resolve));
    db.close();
  }, patch);
  await page.reload();
  await page.getByTestId('file-input').waitFor({ state: 'attached' });
}

export async function importFiles(page: Page, paths: readonly string[], batch = 25): Promise<void> {
  for (let start = 0; start < paths.length; start += batch) {
    await page.getByTestId('file-input').setInputFiles(paths.slice(start, start + batch));
    // Intake stores one file after another; wait before handing over the next batch.
    await page.getByText(/Storing \d+ file/).waitFor({ state: 'detached', timeout: 600_000 });
  }
}

export async function readStoredState(page: Page, withWords = false): Promise<StoredState> {
  return page.evaluate(async (withWords) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('invoice-capture');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    const all = (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        if (!db.objectStoreNames.contains(store)) return resolve([]);
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(new Error(String(request.error)));
      });
    const [documents, jobs, pageModels, results] = await Promise.all(
      ['documents', 'jobs', 'pageModels', 'results'].map(all),
    );
    db.close();
    type Model = { words: { text: string }[] } & Record<string, unknown>;
    return {
      documents,
      jobs,
      // Words stay in the page: only their count is needed here.
      pageModels: (pageModels as Model[]).map(({ words, ...model }) => ({
        ...model,
        words: words.length,
        ...(withWords ? { texts: words.map((word) => word.text) } : {}),
      })),
      results,
    } as unknown as StoredState;
  }, withWords);
}

/** Prepared OCR images kept by the app (setting keepOcrImages), as PGM bytes per page. */
export async function readOcrImages(
  page: Page,
): Promise<{ documentId: string; index: number; bytes: number[] }[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('invoice-capture');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    const pages = await new Promise<
      { documentId: string; index: number; ocrImage?: { bytes: ArrayBuffer } }[]
    >((resolve) => {
      const request = db.transaction('pages').objectStore('pages').getAll();
      request.onsuccess = () => resolve(request.result as never);
    });
    db.close();
    return pages
      .filter((page) => page.ocrImage)
      .map((page) => ({
        documentId: page.documentId,
        index: page.index,
        bytes: Array.from(new Uint8Array(page.ocrImage!.bytes)),
      }));
  });
}
