// The review workspace end to end: correct a generated invoice by clicking its words, fix a line,
// approve, reload; the inbox on 1,000 records; accessibility and screenshots of the main screens.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { makeTestFiles, type TestFiles } from './fixtures.ts';
import { cspListenerScript, guardContext } from './guards.ts';
import { addFiles, documentRows } from './helpers.ts';
import { seedInbox, seedRecords } from './review-helpers.ts';

let files: TestFiles;
const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };

test.beforeAll(async ({ browser }) => {
  files = await makeTestFiles(browser);
});

const field = (page: Page, id: string) => page.locator(`#field-${id}`);
const word = (page: Page, text: string) => page.locator(`[data-word="${text}"]`).first();

/** Waits until the document left the queue (the field model may still be missing: then it fails). */
async function processed(page: Page, name: string): Promise<void> {
  await expect(documentRows(page).filter({ hasText: name })).toHaveAttribute(
    'data-status',
    /ready|failed/,
    { timeout: 60_000 },
  );
}

async function dragAcross(page: Page, from: string, to: string): Promise<void> {
  const start = await word(page, from).boundingBox();
  const end = await word(page, to).boundingBox();
  if (!start || !end) throw new Error('words not on screen');
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 8 });
  await page.mouse.up();
}

async function approveCurrent(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Approve', exact: true }).click();
  const confirm = page.getByRole('button', { name: 'Approve anyway' });
  if (await confirm.isVisible().catch(() => false)) await confirm.click();
}

test('review: fill fields by clicking words, fix a line item, approve, reload — all kept', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, viewport: desktop });
  const guard = guardContext(context, new URL(baseURL ?? '').origin);
  await context.addInitScript(cspListenerScript);
  const page = await context.newPage();
  guard.watch(page);
  await page.goto('/');
  await addFiles(page, [files.pdf]);
  await processed(page, files.pdf.name);

  await documentRows(page).getByRole('link').click();
  await expect(page).toHaveURL(/#\/review\/[\w-]+$/);
  const reviewUrl = page.url();
  await expect(word(page, 'INV-2024-0042')).toBeAttached();

  // A wrong value, corrected by clicking the right word on the page.
  await field(page, 'invoiceNumber').fill('WRONG-1');
  await field(page, 'invoiceNumber').press('Enter');
  await expect(field(page, 'invoiceNumber')).toHaveValue('WRONG-1');
  await field(page, 'invoiceNumber').click();
  await word(page, 'INV-2024-0042').click();
  await expect(field(page, 'invoiceNumber')).toHaveValue('INV-2024-0042');
  await expect(field(page, 'invoiceNumber')).toBeFocused();

  // Dragging over several words fills a field with their text; the outline follows.
  await field(page, 'seller-address-lines-0-').click();
  await dragAcross(page, 'Hafenstraße', 'Hamburg');
  await expect(field(page, 'seller-address-lines-0-')).toHaveValue('Hafenstraße 12, 20457 Hamburg');
  await expect(page.locator('.outline[data-field="seller.address.lines[0]"]')).toHaveCount(1);

  // A date clicked on the page becomes an ISO date in the date picker.
  await field(page, 'dueDate').focus();
  await word(page, '2024-03-15').click();
  await expect(field(page, 'dueDate')).toHaveValue('2024-03-15');

  // Fix the line items: a new line filled from the page, its quantity typed.
  const lines = page.getByTestId('line-item');
  const before = await lines.count();
  await page.getByRole('button', { name: 'Add line' }).click();
  await expect(lines).toHaveCount(before + 1);
  const added = `lines-${before}-`;
  await field(page, `${added}name`).click();
  await dragAcross(page, 'Ring', 'blue');
  await field(page, `${added}lineTotal`).click();
  await word(page, '28.80').click();
  await field(page, `${added}quantity`).fill('12');
  await field(page, `${added}quantity`).press('Enter');
  await expect(field(page, `${added}name`)).toHaveValue('Ring binders, blue');
  await expect(field(page, `${added}lineTotal`)).toHaveValue('28.80');

  // Undo and redo are exact.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(field(page, `${added}quantity`)).toHaveValue('');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(field(page, `${added}quantity`)).toHaveValue('12');

  await approveCurrent(page);
  await expect(page.getByText('Approved.')).toBeVisible();

  // Everything survives a reload of the review URL.
  await page.goto(reviewUrl);
  await page.reload();
  await expect(field(page, 'invoiceNumber')).toHaveValue('INV-2024-0042');
  await expect(field(page, 'seller-address-lines-0-')).toHaveValue('Hafenstraße 12, 20457 Hamburg');
  await expect(field(page, `${added}name`)).toHaveValue('Ring binders, blue');
  await expect(field(page, `${added}quantity`)).toHaveValue('12');
  await expect(page.getByTestId('review').getByTestId('status')).toHaveText('Approved');
  await page.getByTestId('audit').locator('summary').click();
  await expect(page.getByTestId('audit')).toContainText('Invoice number');
  await expect(page.getByTestId('audit')).toContainText('WRONG-1');

  // The inbox shows the decision and the corrected values.
  await page.getByRole('button', { name: 'Back to the inbox' }).click();
  const row = documentRows(page).first();
  await expect(row).toHaveAttribute('data-review', 'approved');
  await expect(row).toContainText('INV-2024-0042');

  expect(
    await page.evaluate(() => (window as { __cspViolations?: string[] }).__cspViolations),
  ).toEqual([]);
  guard.assertClean();
  await context.close();
});

test('keyboard: next field, shortcuts help, next document, Esc back to the inbox', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, viewport: desktop });
  const page = await context.newPage();
  await page.goto('/');
  await seedInbox(page, seedRecords(5));
  await documentRows(page).first().getByRole('link').click();
  await expect(field(page, 'invoiceNumber')).toHaveValue('R-100004');

  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.locator('input:focus, select:focus')).toHaveCount(1);
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcut-help')).toBeVisible();
  await expect(page.getByTestId('shortcut-help')).toContainText(
    'Approve and open the next document',
  );
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shortcut-help')).toBeHidden();

  await page.keyboard.press('Alt+ArrowRight');
  await expect(field(page, 'invoiceNumber')).toHaveValue('R-100003');
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(field(page, 'invoiceNumber')).toHaveValue('R-100004');

  // Ctrl+Enter approves and opens the next document waiting for review.
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('Approved.')).toBeVisible();
  await expect(field(page, 'invoiceNumber')).not.toHaveValue('R-100004');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('inbox')).toBeVisible();
  await expect(documentRows(page).filter({ hasText: 'R-100004' })).toHaveAttribute(
    'data-review',
    'approved',
  );
  await context.close();
});

test('inbox: search, filters and sorting over 1,000 records, rendered virtually', async ({
  browser,
  baseURL,
}) => {
  const records = seedRecords(1000);
  const context = await browser.newContext({ baseURL, viewport: desktop });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByText('No documents yet')).toBeVisible();
  await seedInbox(page, records);
  const count = page.getByTestId('inbox-count');
  await expect(count).toHaveText('1000 documents');
  expect(await documentRows(page).count()).toBeLessThan(60);

  const search = page.getByTestId('inbox-search');
  await search.fill('R-100123');
  await expect(count).toHaveText('1 of 1000 documents');
  await expect(documentRows(page)).toContainText('R-100123');

  const target = records[321];
  if (!target) throw new Error('no record');
  const sameAmount = records.filter((r) => r.gross.includes(target.gross)).length;
  await search.fill(target.gross.replace('.', ','));
  await expect(count).toHaveText(`${sameAmount} of 1000 documents`);
  await expect(documentRows(page).filter({ hasText: target.number })).toHaveCount(1);

  await search.fill('alpen');
  const alpen = records.filter((r) => r.seller === 'Alpen Kaffee AG');
  await expect(count).toHaveText(`${alpen.length} of 1000 documents`);
  await search.fill('');

  await page.getByRole('button', { name: 'Approved', exact: true }).click();
  const approved = records.filter((r) => r.review === 'approved');
  await expect(count).toHaveText(`${approved.length} of 1000 documents`);

  await page.getByTestId('filter-from').fill('2023-03-01');
  await page.getByTestId('filter-to').fill('2023-03-31');
  const march = approved.filter((r) => r.issueDate >= '2023-03-01' && r.issueDate <= '2023-03-31');
  await expect(count).toHaveText(`${march.length} of 1000 documents`);
  for (const row of await documentRows(page).all()) {
    await expect(row).toHaveAttribute('data-review', 'approved');
  }

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByTestId('filter-seller').fill('Rhein');
  const rhein = records.filter((r) => r.seller === 'Rhein Energie AG');
  await expect(count).toHaveText(`${rhein.length} of 1000 documents`);
  await page.getByTestId('filter-seller').fill('');

  const byGross = [...records].sort((a, b) => Number(a.gross) - Number(b.gross));
  await page.getByRole('button', { name: 'Gross' }).click();
  await expect(documentRows(page).first()).toContainText(byGross[0]?.number ?? '');
  await page.getByRole('button', { name: 'Gross' }).click();
  await expect(documentRows(page).first()).toContainText(byGross.at(-1)?.number ?? '');

  // Scrolling to the end renders the last rows, still without rendering all of them.
  await page.getByRole('rowgroup', { name: 'Documents' }).evaluate((element) => {
    element.scrollTop = element.scrollHeight;
  });
  await expect(documentRows(page).filter({ hasText: byGross[0]?.number ?? '' })).toHaveCount(1);
  expect(await documentRows(page).count()).toBeLessThan(60);
  await context.close();
});

async function checkAccessibility(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `${screen}: serious or critical accessibility violations`).toEqual([]);
}

async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

test('main screens: no serious accessibility violations; screenshots at desktop and phone width', async ({
  browser,
  baseURL,
}, testInfo) => {
  const context = await browser.newContext({ baseURL, viewport: desktop });
  const page = await context.newPage();
  await page.goto('/');
  await seedInbox(page, seedRecords(240));
  await addFiles(page, [files.pdf, files.xml]);

  // The processing view while the PDF is being read (best effort: it may finish first).
  await page.getByRole('navigation').getByRole('button', { name: 'Processing' }).click();
  await expect(page.getByRole('heading', { name: 'Processing' })).toBeVisible();
  await page
    .getByTestId('progress')
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  await screenshot(page, testInfo, 'processing-desktop');
  await page.setViewportSize(phone);
  await screenshot(page, testInfo, 'processing-phone');
  await page.setViewportSize(desktop);
  await page.getByRole('navigation').getByRole('button', { name: 'Inbox' }).click();

  await processed(page, files.pdf.name);
  await processed(page, files.xml.name);
  const dismiss = page.getByRole('button', { name: 'OK', exact: true });
  if (await dismiss.isVisible().catch(() => false)) await dismiss.click();
  const pdfRow = documentRows(page).filter({ hasText: files.pdf.name });
  const pdfHref = (await pdfRow.getByRole('link').getAttribute('href')) ?? '';
  const xmlHref =
    (await documentRows(page)
      .filter({ hasText: files.xml.name })
      .getByRole('link')
      .getAttribute('href')) ?? '';

  for (const [size, viewport] of [
    ['desktop', desktop],
    ['phone', phone],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.goto('/#/inbox');
    await expect(documentRows(page).first()).toBeVisible();
    await checkAccessibility(page, `inbox (${size})`);
    await screenshot(page, testInfo, `inbox-${size}`);

    await page.goto(`/${pdfHref}`);
    await expect(word(page, 'INV-2024-0042')).toBeAttached();
    if (size === 'desktop') {
      await field(page, 'totals-grossTotal').focus();
      await page.waitForTimeout(400);
    }
    await checkAccessibility(page, `review (${size})`);
    await screenshot(page, testInfo, `review-${size}`);

    await page.goto(`/${xmlHref}`);
    await expect(page.getByTestId('einvoice-view')).toBeVisible();
    await checkAccessibility(page, `e-invoice review (${size})`);
    await screenshot(page, testInfo, `review-einvoice-${size}`);

    await page.goto('/#/settings');
    await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
    await checkAccessibility(page, `settings (${size})`);
    await screenshot(page, testInfo, `settings-${size}`);
  }

  // The interface in German: dates and amounts follow the locale, the choice survives a reload.
  await page.setViewportSize(desktop);
  await page.getByTestId('language').selectOption('de');
  await expect(page.getByRole('heading', { name: 'Einstellungen' })).toBeVisible();
  await page.goto('/#/inbox');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Eingang' })).toBeVisible();
  await checkAccessibility(page, 'inbox (German)');
  await screenshot(page, testInfo, 'inbox-desktop-de');
  await page.goto(`/${pdfHref}`);
  await expect(word(page, 'INV-2024-0042')).toBeAttached();
  await screenshot(page, testInfo, 'review-desktop-de');
  await context.close();
});
