// Step "read-einvoice": when a document carries structured data — an XML e-invoice, or XML
// embedded in a PDF — read it exactly, check it against EN 16931 and, for PDFs, against the
// words printed on the page. Such a result has source 'e-invoice' and full confidence.
import { getDocument, getOriginal } from '../../db/documents.ts';
import { getEmbeddedFile } from '../../db/embedded-files.ts';
import { getPageModels } from '../../db/page-models.ts';
import { putResult } from '../../db/results.ts';
import { loadSettings } from '../../db/settings.ts';
import { DocumentError } from '../../domain/document-error.ts';
import type { Finding } from '../../domain/finding.ts';
import { xmlKinds } from '../../domain/file-kind.ts';
import { validateEn16931 } from '../../domain/rules/validate-en16931.ts';
import { compareWithPage } from '../../einvoice/compare-with-page.ts';
import { readEInvoice } from '../../einvoice/read-einvoice.ts';
import type { StepContext } from '../job-runner.ts';

export async function readEInvoiceStep({ db, documentId }: StepContext): Promise<void> {
  const [document, settings] = await Promise.all([getDocument(db, documentId), loadSettings(db)]);
  if (!document) throw new DocumentError('internal', 'This document no longer exists.');
  const standalone = xmlKinds.has(document.kind);
  const source = standalone
    ? await getOriginal(db, documentId)
    : settings.useEmbeddedXml
      ? (await getEmbeddedFile(db, documentId))?.file
      : undefined;
  if (!source) return; // nothing structured: the field model reads the page instead

  const read = readEInvoice(new Uint8Array(source.bytes));
  if (!read.ok) {
    // A broken stand-alone e-invoice is the document's failure; a broken attachment is not.
    if (standalone) throw new DocumentError(read.error.code, read.error.message);
    return;
  }
  const findings: Finding[] = [...read.findings, ...validateEn16931(read.invoice)];
  if (!standalone) {
    const pages = await getPageModels(db, documentId);
    findings.push(
      ...compareWithPage(
        read.invoice,
        pages.map((page) => page.words),
      ),
    );
  }
  await putResult(db, {
    documentId,
    source: 'e-invoice',
    invoice: read.invoice,
    evidence: {},
    findings,
    syntax: read.syntax,
    ...(read.profile ? { profile: read.profile } : {}),
    createdAt: Date.now(),
  });
}
