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
    const db = await openAppDb();
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
    const db = await openAppDb();
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

/** One document's stored page models with their words, for replaying extraction outside. */
export async function readPageModels(page: Page, documentId: string): Promise<unknown[]> {
  return page.evaluate(async (documentId) => {
    const db = await openAppDb();
    const models = await new Promise<unknown[]>((resolve, reject) => {
      const request = db
        .transaction('pageModels')
        .objectStore('pageModels')
        .index('byDocument')
        .getAll(documentId);
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    db.close();
    return models;
  }, documentId);
}

/** Prepared OCR images kept by the app (setting keepOcrImages), as PGM bytes per page. */
export async function readOcrImages(
  page: Page,
): Promise<{ documentId: string; index: number; bytes: Buffer }[]> {
  const images: { documentId: string; index: number; bytes: Buffer }[] = [];
  const keys = await page.evaluate(() => ocrImagePages(null));
  // One image per call: a whole batch of 9 MB images does not fit in one message.
  for (const [documentId, index] of keys) {
    const base64 = await page.evaluate((key) => ocrImagePages(key), [documentId, index] as const);
    images.push({ documentId, index, bytes: Buffer.from(base64, 'base64') });
  }
  return images;
}

/** Defined in the page by `installOcrImageReader`; declared here for the type checker. */
declare function openAppDb(): Promise<IDBDatabase>;
declare function ocrImagePages(key: null): Promise<[string, number][]>;
declare function ocrImagePages(key: readonly [string, number]): Promise<string>;

/**
 * Page-side helpers, installed before the app loads: the app's database, kept OCR images,
 * originals and page images (one binary per call, as base64).
 */
export const installOcrImageReader = `
  globalThis.openAppDb = () =>
    new Promise((resolve, reject) => {
      const request = indexedDB.open('invoice-capture');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  globalThis.readStoredBinary = async (store, key, field) => {
    const db = await openAppDb();
    const record = await new Promise((resolve) => {
      const request = db.transaction(store).objectStore(store).get(key);
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    const binary = record && record[field];
    if (!binary) return null;
    const bytes = new Uint8Array(binary.bytes);
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { type: binary.type, base64: btoa(text) };
  };
  globalThis.ocrImagePages = async (key) => {
    const db = await openAppDb();
    const store = db.transaction('pages').objectStore('pages');
    const read = (request) => new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
    if (key === null) {
      const pages = await read(store.getAll());
      db.close();
      return pages.filter((page) => page.ocrImage).map((page) => [page.documentId, page.index]);
    }
    const page = await read(store.get(key));
    db.close();
    const bytes = new Uint8Array(page.ocrImage.bytes);
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    return btoa(binary);
  };
`;

declare function readStoredBinary(
  store: string,
  key: unknown,
  field: string,
): Promise<{ type: string; base64: string } | null>;

/** A stored binary (an original, a page image) read through the page, or undefined. */
export async function readBinary(
  page: Page,
  store: 'originals' | 'pages',
  key: string | readonly [string, number],
  field: 'file' | 'image',
): Promise<{ bytes: ArrayBuffer; type: string } | undefined> {
  const found = await page.evaluate(([store, key, field]) => readStoredBinary(store, key, field), [
    store,
    key,
    field,
  ] as const);
  if (!found) return undefined;
  const buffer = Buffer.from(found.base64, 'base64');
  return {
    bytes: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength),
    type: found.type,
  };
}
