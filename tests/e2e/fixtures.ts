// Files for the end-to-end tests, rendered by the same Chromium from the project's own HTML.
import type { Browser } from '@playwright/test';
import { invoiceHtml, invoiceUbl } from '../fixtures/sample-invoice.ts';

export interface TestFile {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

export interface TestFiles {
  readonly pdf: TestFile;
  readonly jpeg: TestFile;
  readonly xml: TestFile;
  /** A ZIP archive dressed up as a PDF by its name: must be refused by its bytes. */
  readonly bogus: TestFile;
}

export async function makeTestFiles(browser: Browser): Promise<TestFiles> {
  const page = await browser.newPage({ viewport: { width: 800, height: 1100 } });
  try {
    await page.setContent(invoiceHtml());
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const jpeg = await page.screenshot({ type: 'jpeg', quality: 85, fullPage: true });
    const zipHeader = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]);
    return {
      pdf: { name: 'invoice-0042.pdf', mimeType: 'application/pdf', buffer: pdf },
      jpeg: { name: 'invoice-photo.jpg', mimeType: 'image/jpeg', buffer: jpeg },
      xml: {
        name: 'invoice-0042.xml',
        mimeType: 'application/xml',
        buffer: Buffer.from(invoiceUbl()),
      },
      bogus: {
        name: 'quarterly-report.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.concat([zipHeader, Buffer.alloc(200, 7)]),
      },
    };
  } finally {
    await page.close();
  }
}
