// Export end to end: two generated XRechnung invoices are imported and approved, exported to CSV
// from "Export approved", to DATEV with the client's numbers set in the dialog, and to XRechnung
// from the selection; the one without a Leitweg-ID is refused with the field named, fixed in
// review and exported from there. The downloads are read.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { SampleInvoice } from '../fixtures/sample-invoice.ts';
import { xrechnungTotals, xrechnungUbl } from '../fixtures/xrechnung-invoice.ts';
import type { TestFile } from './fixtures.ts';
import { cspListenerScript, guardContext } from './guards.ts';
import { addFiles, documentRows } from './helpers.ts';

const invoiceA: SampleInvoice = {
  number: 'XR-2024-0101',
  seller: 'Nordlicht Papier GmbH',
  buyer: 'Stadtverwaltung Bremen',
  issueDate: '2024-04-02',
  lines: [
    { description: 'Recycled paper A4, 500 sheets', quantity: 20, unitPrice: 4.95 },
    { description: 'Ring binders, blue', quantity: 12, unitPrice: 2.4 },
  ],
};
const invoiceB: SampleInvoice = {
  ...invoiceA,
  number: 'XR-2024-0102',
  issueDate: '2024-04-05',
  lines: [{ description: 'Toner cartridge, black', quantity: 3, unitPrice: 61.5 }],
};
const leitwegId = '04011000-12345-34';

const xmlFile = (name: string, xml: string): TestFile => ({
  name,
  mimeType: 'application/xml',
  buffer: Buffer.from(xml),
});
// B lacks the buyer reference (BT-10) that XRechnung requires.
const fileA = xmlFile('xrechnung-a.xml', xrechnungUbl(invoiceA));
const fileB = xmlFile('xrechnung-b.xml', xrechnungUbl(invoiceB, null));

const dialog = (page: Page) => page.getByTestId('export-dialog');
const row = (page: Page, name: string) => documentRows(page).filter({ hasText: name });

/** Clicks the dialog's export button and returns the downloaded file's name and text. */
async function exportAndDownload(page: Page): Promise<{ name: string; text: string }> {
  const downloadEvent = page.waitForEvent('download');
  await dialog(page).getByTestId('export-run').click();
  const download: Download = await downloadEvent;
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** Invoice number and payable amount of a UBL invoice, read by the browser's own XML parser. */
function readUbl(page: Page, xml: string): Promise<{ id: string; payable: string; ref: string }> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const cbc = 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2';
    const first = (name: string) => doc.getElementsByTagNameNS(cbc, name)[0]?.textContent ?? '';
    if (doc.getElementsByTagName('parsererror').length > 0) throw new Error('not XML');
    return { id: first('ID'), payable: first('PayableAmount'), ref: first('BuyerReference') };
  }, xml);
}

test('export: CSV of approved invoices, XRechnung refusal fixed in review, all marked exported', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
  const guard = guardContext(context, new URL(baseURL ?? '').origin);
  await context.addInitScript(cspListenerScript);
  const page = await context.newPage();
  guard.watch(page);
  await page.goto('/');
  await addFiles(page, [fileA, fileB]);
  for (const file of [fileA, fileB]) {
    await expect(row(page, file.name)).toHaveAttribute('data-review', 'needs-review', {
      timeout: 60_000,
    });
  }

  // Approve both from the inbox.
  await page.getByRole('checkbox', { name: 'Select all' }).check();
  await page.getByRole('button', { name: 'Approve (2)' }).click();
  for (const file of [fileA, fileB]) {
    await expect(row(page, file.name)).toHaveAttribute('data-review', 'approved');
  }
  await page.getByRole('checkbox', { name: 'Select all' }).uncheck();

  // CSV of everything approved: ";" and decimal comma, "Gross total" moved before "VAT total".
  const exportApproved = page.getByRole('button', { name: 'Export approved' });
  await exportApproved.click();
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByTestId('export-count')).toHaveText('2 invoices will be exported.');
  await dialog(page).getByLabel('Format', { exact: true }).selectOption('csv');
  await dialog(page).getByLabel('Delimiter').selectOption(';');
  await dialog(page).getByLabel('Decimal separator').selectOption(',');
  await dialog(page).getByRole('button', { name: 'Move Gross total up' }).click();
  await expect(dialog(page).getByRole('button', { name: 'Move Gross total up' })).toBeFocused();
  const csv = await exportAndDownload(page);
  expect(csv.name).toMatch(/_invoices-csv_2\.csv$/);
  const [header = [], ...rows] = Papa.parse<string[]>(csv.text, {
    delimiter: ';',
    skipEmptyLines: true,
  }).data;
  const column = (name: string) => header.indexOf(name);
  expect(column('Gross total')).toBe(column('VAT total') - 1);
  const byNumber = new Map(rows.map((cells) => [cells[column('Invoice number')], cells]));
  expect(rows).toHaveLength(2);
  for (const invoice of [invoiceA, invoiceB]) {
    const cells = byNumber.get(invoice.number) ?? [];
    const { net, gross } = xrechnungTotals(invoice);
    expect(cells[column('Gross total')]).toBe(gross.replace('.', ','));
    expect(cells[column('Net total')]).toBe(net.replace('.', ','));
  }
  await expect(dialog(page).getByTestId('export-result')).toContainText(
    `2 invoices exported to “${csv.name}”`,
  );
  await dialog(page).getByRole('button', { name: 'Done' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(exportApproved).toBeFocused();
  for (const file of [fileA, fileB]) {
    await expect(row(page, file.name)).toHaveAttribute('data-review', 'exported');
  }

  // DATEV of the selection with the tax advisor's numbers: a wrong one is explained and blocks.
  await page.getByRole('checkbox', { name: 'Select all' }).check();
  await page.getByRole('button', { name: 'Export… (2)' }).click();
  await dialog(page).getByLabel('Format', { exact: true }).selectOption('datev');
  const consultant = dialog(page).getByLabel('Consultant number (Beraternummer)');
  await consultant.fill('99');
  await consultant.press('Enter');
  await expect(consultant).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog(page)).toContainText('Enter a consultant number from 1001 to 9999999.');
  await expect(dialog(page).getByTestId('export-run')).toBeDisabled();
  await consultant.fill('29098');
  await consultant.press('Enter');
  const client = dialog(page).getByLabel('Client number (Mandantennummer)');
  await client.fill('55003');
  await client.press('Enter');
  await expect(consultant).not.toHaveAttribute('aria-invalid', 'true');
  await page.setViewportSize({ width: 390, height: 844 });
  const panelOverflow = await dialog(page).evaluate(
    (element) => element.scrollWidth - element.clientWidth,
  );
  expect(panelOverflow).toBeLessThanOrEqual(0);
  const panelAxe = await new AxeBuilder({ page })
    .include('[data-testid="export-dialog"]')
    .analyze();
  expect(
    panelAxe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id),
  ).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 800 });
  const datev = await exportAndDownload(page);
  expect(datev.name).toMatch(/_EXTF_.*\.csv$/);
  const extf = (datev.text.split('\r\n')[0] ?? '').split(';');
  expect(extf.slice(0, 1).concat(extf.slice(10, 12))).toEqual(['"EXTF"', '29098', '55003']);
  await dialog(page).getByRole('button', { name: 'Done' }).click();
  await expect(dialog(page)).toBeHidden();

  // XRechnung of the selection (re-export is allowed): B is refused, with the field named.
  await page.getByRole('checkbox', { name: 'Select all' }).check();
  await page.getByRole('button', { name: 'Export… (2)' }).click();
  await dialog(page).getByLabel('Format', { exact: true }).selectOption('xrechnung-ubl');
  const first = await exportAndDownload(page);
  expect(first.name).toBe(`2024-04-02_Nordlicht-Papier-GmbH_${invoiceA.number}.xml`);
  expect(await readUbl(page, first.text)).toEqual({
    id: invoiceA.number,
    payable: xrechnungTotals(invoiceA).gross,
    ref: leitwegId,
  });
  const result = dialog(page).getByTestId('export-result');
  await expect(result).toContainText('1 invoice exported to');
  const refused = result.getByTestId('export-refused').locator('li[data-document]');
  await expect(refused).toHaveCount(1);
  await expect(refused).toContainText(fileB.name);
  await expect(refused.locator('li[data-field="buyerReference"]')).toContainText(
    'Buyer reference:',
  );
  await expect(refused).toContainText('Leitweg-ID');
  await expect(refused).toContainText('BR-DE-15');

  // The dialog works at phone width: nothing wider than the screen, no serious a11y violations.
  await page.setViewportSize({ width: 390, height: 844 });
  await dialog(page).getByRole('button', { name: 'Back to the options' }).click();
  const overflow = await dialog(page).evaluate(
    (element) => element.scrollWidth - element.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const axe = await new AxeBuilder({ page }).include('[data-testid="export-dialog"]').analyze();
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id),
  ).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 800 });
  await dialog(page).getByTestId('export-run').click();
  await expect(refused).toHaveCount(1);

  // "Open in review" goes to B at the buyer reference; fill it and export from the review.
  await refused.getByRole('button', { name: `Open ${fileB.name} in review` }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(page).toHaveURL(/#\/review\/[\w-]+$/);
  const buyerReference = page.locator('#field-buyerReference');
  await expect(buyerReference).toBeFocused();
  await buyerReference.fill(leitwegId);
  await buyerReference.press('Enter');
  const reviewExport = page
    .getByTestId('review')
    .getByRole('button', { name: 'Export', exact: true });
  await reviewExport.click();
  await expect(dialog(page).getByLabel('Format', { exact: true })).toHaveValue('xrechnung-ubl');
  await expect(dialog(page).getByTestId('export-count')).toHaveText('1 invoice will be exported.');
  const second = await exportAndDownload(page);
  expect(await readUbl(page, second.text)).toEqual({
    id: invoiceB.number,
    payable: xrechnungTotals(invoiceB).gross,
    ref: leitwegId,
  });
  await expect(dialog(page).getByTestId('export-result')).toContainText('1 invoice exported to');
  await expect(dialog(page).getByTestId('export-refused')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(reviewExport).toBeFocused();
  await expect(page.getByTestId('review').getByTestId('status')).toHaveText('Exported');

  // Both documents are exported in the inbox, also after a reload.
  await page.getByRole('button', { name: 'Back to the inbox' }).click();
  await page.reload();
  for (const file of [fileA, fileB]) {
    await expect(row(page, file.name)).toHaveAttribute('data-review', 'exported');
    await expect(row(page, file.name).getByTestId('status')).toHaveText('Exported');
  }

  expect(
    await page.evaluate(() => (window as { __cspViolations?: string[] }).__cspViolations),
  ).toEqual([]);
  guard.assertClean();
  await context.close();
});
