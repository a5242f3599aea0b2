import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { invoiceUbl, sampleInvoice } from '../fixtures/sample-invoice.ts';
import { makeTestFiles, type TestFiles } from './fixtures.ts';
import { cspListenerScript, guardContext } from './guards.ts';
import {
  addFiles,
  documentRows,
  expectAllReady,
  storedOriginalHashes,
  waitForServiceWorkerControl,
} from './helpers.ts';

let files: TestFiles;

test.beforeAll(async ({ browser }) => {
  files = await makeTestFiles(browser);
});

const sha256 = (buffer: Buffer) => createHash('sha256').update(buffer).digest('hex');

test('imports PDF, JPEG and XML, refuses a bogus file, keeps everything across reloads and offline', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL });
  const guard = guardContext(context, new URL(baseURL ?? '').origin);
  await context.addInitScript(cspListenerScript);
  const page = await context.newPage();
  guard.watch(page);
  await page.goto('/');

  await addFiles(page, [files.pdf, files.jpeg, files.xml, files.bogus]);
  await expect(page.getByRole('alert').filter({ hasText: 'quarterly-report.pdf' })).toContainText(
    'ZIP archive',
  );
  await expectAllReady(page, 3);
  await expect(documentRows(page).filter({ hasText: files.pdf.name }).locator('img')).toBeVisible();

  // The same bytes again are recognised, not stored twice.
  await addFiles(page, [{ ...files.pdf, name: 'copy-of-invoice.pdf' }]);
  await expect(page.getByText('is already in the inbox')).toBeVisible();
  await expect(documentRows(page)).toHaveCount(3);

  await page.reload();
  await expectAllReady(page, 3);

  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText('Offline — everything still works')).toBeVisible();
  await expectAllReady(page, 3);
  const offlineXml = Buffer.from(invoiceUbl({ ...sampleInvoice, number: 'INV-OFFLINE-1' }));
  await addFiles(page, [{ name: 'offline.xml', mimeType: 'application/xml', buffer: offlineXml }]);
  await expectAllReady(page, 4);

  expect(
    await page.evaluate(() => (window as { __cspViolations?: string[] }).__cspViolations),
  ).toEqual([]);
  guard.assertClean();
  await context.close();
});

test('a job interrupted by closing the page finishes when the app is opened again', async ({
  browser,
  baseURL,
}) => {
  // Without a service worker every request is visible to the route below.
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto('/');
  // Hold the preview worker's script so the job is caught inside its step.
  await context.route(/preview\.worker/, () => undefined);
  await addFiles(page, [files.pdf]);
  await expect(documentRows(page)).toHaveAttribute('data-status', 'processing');
  await page.close();

  await context.unrouteAll({ behavior: 'ignoreErrors' });
  const reopened = await context.newPage();
  await reopened.goto('/');
  await expectAllReady(reopened, 1);
  await context.close();
});

test('backup, clear all site data, restore: every original is byte-identical', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, acceptDownloads: true });
  const origin = new URL(baseURL ?? '').origin;
  const guard = guardContext(context, origin);
  const page = await context.newPage();
  guard.watch(page);
  await page.goto('/');
  await addFiles(page, [files.pdf, files.jpeg, files.xml]);
  await expectAllReady(page, 3);
  const expected = [files.pdf, files.jpeg, files.xml].map((file) => sha256(file.buffer)).sort();
  expect(await storedOriginalHashes(page)).toEqual(expected);

  await page.getByRole('button', { name: 'Settings' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^invoice-capture-backup-\d{4}-\d{2}-\d{2}\.zip$/);
  const backupPath = await download.path();

  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
  await page.reload();
  await expect(page.getByText('No documents yet')).toBeVisible();

  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByTestId('restore-input').setInputFiles(backupPath);
  await expect(page.getByText(/Restored 3 documents/)).toBeVisible();
  await page.getByRole('button', { name: 'Inbox' }).click();
  await expectAllReady(page, 3);
  expect(await storedOriginalHashes(page)).toEqual(expected);

  // Restoring the same backup again adds nothing.
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByTestId('restore-input').setInputFiles(backupPath);
  await expect(page.getByText(/Restored 0 documents/)).toBeVisible();

  // A damaged backup is refused and changes nothing.
  const damaged = Buffer.from(await readFile(backupPath));
  damaged[Math.floor(damaged.length / 2)] ^= 0xff;
  await page.getByTestId('restore-input').setInputFiles({
    name: 'damaged-backup.zip',
    mimeType: 'application/zip',
    buffer: damaged,
  });
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was changed' })).toBeVisible();
  expect(await storedOriginalHashes(page)).toEqual(expected);
  guard.assertClean();
  await context.close();
});

test('a damaged PDF fails alone with a clear reason and a Retry, the rest of the batch completes', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto('/');
  const truncated = {
    ...files.pdf,
    name: 'truncated.pdf',
    buffer: files.pdf.buffer.subarray(0, 600),
  };
  await addFiles(page, [truncated, files.jpeg]);
  const damaged = documentRows(page).filter({ hasText: 'truncated.pdf' });
  await expect(damaged).toHaveAttribute('data-status', 'failed');
  await expect(damaged.getByRole('alert')).toContainText('damaged or incomplete');
  await expect(damaged.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expect(documentRows(page).filter({ hasText: files.jpeg.name })).toHaveAttribute(
    'data-status',
    'ready',
  );

  // The app keeps working: the stored original is kept and the document can be deleted and undone.
  await damaged.getByRole('button', { name: 'Delete truncated.pdf' }).click();
  await expect(documentRows(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(documentRows(page)).toHaveCount(2);
  await context.close();
});
