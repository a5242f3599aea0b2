// Step "extract-fields": the field model reads every page's words (in the model worker), and the
// labelled words become the invoice: decoded, normalised and resolved across pages, with evidence
// boxes per field. Skipped when an e-invoice already gave exact data. Per-page model time is
// stored in the page model's timings for the benchmark and diagnostics.
import { createModelClient } from '../../clients/model-client.ts';
import type { AppDatabase } from '../../db/database.ts';
import { getPageModels, putPageModel } from '../../db/page-models.ts';
import { getResult, putResult } from '../../db/results.ts';
import { loadSettings } from '../../db/settings.ts';
import { DocumentError } from '../../domain/document-error.ts';
import type { Finding } from '../../domain/finding.ts';
import type { PageModel } from '../../domain/page-model.ts';
import { validateEn16931 } from '../../domain/rules/validate-en16931.ts';
import type { InferenceBackend } from '../../domain/settings.ts';
import { extractFields, type LabelledPage } from '../../pipeline/fields-extract.ts';
import { fieldLabels } from '../../pipeline/fields-labels.ts';
import type { StepContext } from '../job-runner.ts';

const modelClient = createModelClient();

// Arithmetic between values read from the page is worth flagging; "mandatory field missing" and
// code-list rules are not, since a paper invoice carries no codes and the model reads what is printed.
const modelFindingRules = new Set(['BR-CO-14', 'BR-CO-15', 'BR-CO-16', 'BR-CO-17']);

export async function extractFieldsStep(context: StepContext): Promise<void> {
  const { db, documentId, signal, progress } = context;
  if ((await getResult(db, documentId))?.source === 'e-invoice') return;
  const [pages, settings] = await Promise.all([getPageModels(db, documentId), loadSettings(db)]);
  if (pages.length === 0) return; // nothing printed to read (an XML file that failed elsewhere)

  const labelled: LabelledPage[] = [];
  for (const [done, page] of pages.entries()) {
    progress(done, pages.length, 'fields');
    labelled.push(await labelPage(page, settings.inferenceBackend, signal, db));
  }
  progress(pages.length, pages.length, 'fields');
  const extracted = extractFields(labelled, fieldLabels, { locale: navigator.language });
  const findings: Finding[] = validateEn16931(extracted.invoice).filter((finding) =>
    modelFindingRules.has(finding.ruleId),
  );
  await putResult(db, {
    documentId,
    source: 'model',
    invoice: extracted.invoice,
    evidence: extracted.evidence,
    findings,
    createdAt: Date.now(),
  });
}

async function labelPage(
  page: PageModel,
  backend: InferenceBackend,
  signal: AbortSignal,
  db: AppDatabase,
): Promise<LabelledPage> {
  if (page.words.length === 0) return { index: page.index, words: [], logits: new Float32Array() };
  const words = page.words.map((word) => ({ text: word.text, ...word.norm, line: word.line }));
  // XY-cut reading order splits a text layer's table into columns; OCR reads it by rows already.
  const tableRows = page.source === 'text-layer';
  const result = await modelClient.labelPage(words, { backend, signal, tableRows });
  if (result.labelCount !== fieldLabels.length) {
    throw new DocumentError(
      'internal',
      `The field model gives ${result.labelCount} labels per word, but the app expects ${fieldLabels.length}.`,
    );
  }
  // Like the read stages, a page keeps the time of its first run: re-running extraction reads
  // stored pages and adds no new reading time.
  if (page.timings.model === undefined) {
    await putPageModel(db, { ...page, timings: { ...page.timings, model: result.ms } });
  }
  return { index: page.index, words: page.words, logits: result.logits };
}
