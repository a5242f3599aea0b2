// The benchmark's outputs: per-document predictions, timings.json, and the printed table.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toBench } from '../../src/einvoice/to-bench.ts';
import type { Invoice } from '../../src/domain/invoice.ts';
import type { StoredState } from './app-driver.ts';
import { round, stageStats, type StageStats } from './stats.ts';

export const stageNames = ['pdfText', 'render', 'prepare', 'ocr', 'model', 'total'] as const;

export interface DocumentOutcome {
  readonly id: string;
  readonly pages: number;
  readonly source: string;
  readonly totalMs: number;
  readonly error: string | null;
}

export interface Timings {
  readonly documents: number;
  readonly pages: number;
  readonly pagesPerMinute: number;
  readonly peakHeapMB: number;
  readonly peakRssMB: number;
  readonly backend: string;
  readonly wallMs: number;
  readonly stages: Record<string, StageStats>;
  readonly perDocument: DocumentOutcome[];
  native?: { medianMs: number; ratio: number; browserMedianMs: number; images: number };
  /** Share of a digital PDF's text-layer words that OCR found on its ~scan / ~photo copy. */
  ocrWordAccuracy?: Record<string, { documents: number; words: number; accuracy: number }>;
}

export const idOf = (fileName: string): string => fileName.replace(/\.[^.]+$/, '');

/** Writes OUT/<id>.json for every input file, in the prediction schema of the bench README. */
export function writePredictions(
  out: string,
  fileNames: readonly string[],
  state: StoredState,
): void {
  mkdirSync(out, { recursive: true });
  const byName = new Map(state.documents.map((document) => [document.name, document]));
  const results = new Map(state.results.map((result) => [result.documentId, result]));
  for (const fileName of fileNames) {
    const document = byName.get(fileName);
    const result = document && results.get(document.id);
    const prediction = result ? toBench(result.invoice as Invoice) : {};
    writeFileSync(
      join(out, `${idOf(fileName)}.json`),
      JSON.stringify(
        { id: idOf(fileName), source: result?.source ?? null, ...prediction },
        null,
        1,
      ),
    );
  }
}

export function summarise(
  fileNames: readonly string[],
  state: StoredState,
  refused: ReadonlyMap<string, string>,
  run: { wallMs: number; peakHeapMB: number; peakRssMB: number; backend: string },
): Timings {
  const byName = new Map(state.documents.map((document) => [document.name, document]));
  const jobs = new Map(state.jobs.map((job) => [job.documentId, job]));
  const results = new Map(state.results.map((result) => [result.documentId, result]));
  const stageValues: Record<string, number[]> = Object.fromEntries(stageNames.map((s) => [s, []]));
  for (const model of state.pageModels) {
    let total = 0;
    for (const stage of stageNames) {
      const value = model.timings[stage];
      if (stage === 'total' || value === undefined) continue;
      stageValues[stage].push(value);
      total += value;
    }
    stageValues.total.push(total);
  }
  const perDocument = fileNames.map((fileName): DocumentOutcome => {
    const document = byName.get(fileName);
    const job = document && jobs.get(document.id);
    const pages = state.pageModels.filter((model) => model.documentId === document?.id);
    const totalMs = Object.values(job?.stepDurations ?? {}).reduce((a, b) => a + b, 0);
    const error =
      refused.get(fileName) ??
      (document?.status === 'failed' ? (document.error?.message ?? 'failed') : null) ??
      (document && document.status !== 'ready' ? `not finished (${document.status})` : null);
    return {
      id: idOf(fileName),
      pages: document?.pageCount ?? pages.length,
      source: (document && results.get(document.id)?.source) ?? pages[0]?.source ?? 'none',
      totalMs: round(totalMs),
      error: document ? error : (error ?? 'not imported'),
    };
  });
  const pages = state.pageModels.length;
  return {
    documents: fileNames.length,
    pages,
    pagesPerMinute: round(run.wallMs > 0 ? (pages * 60_000) / run.wallMs : 0),
    peakHeapMB: round(run.peakHeapMB),
    peakRssMB: round(run.peakRssMB),
    backend: run.backend,
    wallMs: round(run.wallMs, 0),
    stages: Object.fromEntries(stageNames.map((stage) => [stage, stageStats(stageValues[stage])])),
    perDocument,
  };
}

export function printTable(timings: Timings): void {
  const pad = (value: string | number, width: number) => String(value).padStart(width);
  console.log('\nstage        pages   median ms   p90 ms');
  for (const [stage, stats] of Object.entries(timings.stages)) {
    if (stats.count === 0) continue;
    console.log(
      `${stage.padEnd(10)} ${pad(stats.count, 7)} ${pad(stats.medianMs, 11)} ${pad(stats.p90Ms, 8)}`,
    );
  }
  const failures = timings.perDocument.filter((document) => document.error);
  console.log(
    `\ndocuments ${timings.documents}, pages ${timings.pages}, ${timings.pagesPerMinute} pages/min, ` +
      `wall ${round(timings.wallMs / 1000)} s, peak JS heap ${timings.peakHeapMB} MB, ` +
      `peak browser RSS ${timings.peakRssMB} MB, backend ${timings.backend}`,
  );
  if (timings.native) {
    console.log(
      `native tesseract: median ${timings.native.medianMs} ms/page vs browser ` +
        `${timings.native.browserMedianMs} ms → ratio ${timings.native.ratio} (${timings.native.images} images)`,
    );
  }
  for (const [variant, accuracy] of Object.entries(timings.ocrWordAccuracy ?? {})) {
    console.log(
      `OCR word accuracy on ~${variant}: ${round(accuracy.accuracy * 100)}% of ` +
        `${accuracy.words} text-layer words (${accuracy.documents} documents)`,
    );
  }
  console.log(`failures: ${failures.length}`);
  for (const failure of failures) console.log(`  ${failure.id}: ${failure.error}`);
}
