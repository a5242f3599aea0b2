import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { closeAppDatabase, openAppDatabase, type AppDatabase } from '../../../src/db/database.ts';
import { getDocument } from '../../../src/db/documents.ts';
import { getJob, listUnfinishedJobs, markJobRunning } from '../../../src/db/job-queue.ts';
import { DocumentError } from '../../../src/domain/document-error.ts';
import type { StepName } from '../../../src/domain/job.ts';
import type { JobId } from '../../../src/domain/ids.ts';
import { defaultLimits } from '../../../src/domain/limits.ts';
import { importFile } from '../../../src/state/import-files.ts';
import {
  jobLockName,
  maxInterruptedAttempts,
  runJob,
  type LockManagerLike,
  type StepHandler,
} from '../../../src/state/job-runner.ts';

const stepLabels = {
  'render-preview': 'Rendering the preview',
  'read-pages': 'Reading the pages',
  'read-einvoice': 'Reading the e-invoice',
  'extract-fields': 'Reading the fields',
} as const;

/** A lock manager where some names are held by "another tab". */
function fakeLocks(heldElsewhere = new Set<string>()): LockManagerLike {
  return {
    request: (name, options, callback) =>
      callback(options.ifAvailable && heldElsewhere.has(name) ? null : { name }),
  };
}

const pdfBytes = new TextEncoder().encode('%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF');

async function databaseWithOneJob(): Promise<{ db: AppDatabase; jobId: JobId }> {
  const db = await openAppDatabase(crypto.randomUUID());
  const outcome = await importFile(
    db,
    { name: 'a.pdf', size: pdfBytes.byteLength, arrayBuffer: async () => pdfBytes.slice().buffer },
    defaultLimits,
  );
  if (outcome.status !== 'stored') throw new Error('fixture not stored');
  const [job] = await listUnfinishedJobs(db);
  if (!job) throw new Error('no job');
  return { db, jobId: job.id };
}

/** The handler under test on the first step; the other steps do nothing. */
function handlers(handler: StepHandler): Map<StepName, StepHandler> {
  const idle: StepHandler = async () => undefined;
  return new Map<StepName, StepHandler>([
    ['render-preview', handler],
    ['read-pages', idle],
    ['read-einvoice', idle],
    ['extract-fields', idle],
  ]);
}

afterEach(() => closeAppDatabase());

describe('runJob', () => {
  it('runs every step, then marks the job done and the document ready', async () => {
    const { db, jobId } = await databaseWithOneJob();
    const seen: string[] = [];
    const outcome = await runJob({
      db,
      jobId,
      handlers: handlers(async ({ documentId }) => void seen.push(documentId)),
      locks: fakeLocks(),
      signal: new AbortController().signal,
      stepLabels,
    });
    const job = await getJob(db, jobId);
    expect(outcome).toBe('done');
    expect(seen).toHaveLength(1);
    expect(job?.status).toBe('done');
    expect((await getDocument(db, job!.documentId))?.status).toBe('ready');
  });

  it('leaves a job alone while another tab holds its lock', async () => {
    const { db, jobId } = await databaseWithOneJob();
    let ran = false;
    const outcome = await runJob({
      db,
      jobId,
      handlers: handlers(async () => void (ran = true)),
      locks: fakeLocks(new Set([jobLockName(jobId)])),
      signal: new AbortController().signal,
      stepLabels,
    });
    expect(outcome).toBe('busy');
    expect(ran).toBe(false);
    expect((await getJob(db, jobId))?.status).toBe('pending');
  });

  it('resumes a job left running by a closed tab at the step it was in', async () => {
    const { db, jobId } = await databaseWithOneJob();
    await markJobRunning(db, jobId, Date.now()); // the tab died here
    const outcome = await runJob({
      db,
      jobId,
      handlers: handlers(async () => undefined),
      locks: fakeLocks(),
      signal: new AbortController().signal,
      stepLabels,
    });
    expect(outcome).toBe('done');
    expect((await getJob(db, jobId))?.attempts).toBe(2);
  });

  it('fails a job, keeping the document, with the step error for the person', async () => {
    const { db, jobId } = await databaseWithOneJob();
    const outcome = await runJob({
      db,
      jobId,
      handlers: handlers(async () => {
        throw new DocumentError(
          'corrupt',
          'This PDF is damaged or incomplete and cannot be opened.',
        );
      }),
      locks: fakeLocks(),
      signal: new AbortController().signal,
      stepLabels,
    });
    const job = await getJob(db, jobId);
    const document = await getDocument(db, job!.documentId);
    expect(outcome).toBe('failed');
    expect(job?.error?.code).toBe('corrupt');
    expect(document?.status).toBe('failed');
    expect(document?.error?.message).toMatch(/damaged/);
  });

  it('names the step when an unexpected error escapes it', async () => {
    const { db, jobId } = await databaseWithOneJob();
    await runJob({
      db,
      jobId,
      handlers: handlers(async () => {
        throw new TypeError('boom');
      }),
      locks: fakeLocks(),
      signal: new AbortController().signal,
      stepLabels,
    });
    expect((await getJob(db, jobId))?.error?.message).toBe(
      'Rendering the preview failed unexpectedly: boom',
    );
  });

  it('gives up on a job that keeps getting interrupted instead of crashing forever', async () => {
    const { db, jobId } = await databaseWithOneJob();
    for (let i = 0; i < maxInterruptedAttempts; i++) await markJobRunning(db, jobId, Date.now());
    let ran = false;
    const outcome = await runJob({
      db,
      jobId,
      handlers: handlers(async () => void (ran = true)),
      locks: fakeLocks(),
      signal: new AbortController().signal,
      stepLabels,
    });
    expect(outcome).toBe('failed');
    expect(ran).toBe(false);
    expect((await getJob(db, jobId))?.error?.code).toBe('worker-crashed');
  });

  it('cancels between steps when aborted, keeping the document', async () => {
    const { db, jobId } = await databaseWithOneJob();
    const controller = new AbortController();
    const outcome = await runJob({
      db,
      jobId,
      handlers: handlers(async () => {
        controller.abort();
        throw new DOMException('aborted', 'AbortError');
      }),
      locks: fakeLocks(),
      signal: controller.signal,
      stepLabels,
    });
    const job = await getJob(db, jobId);
    expect(outcome).toBe('cancelled');
    expect(job?.error?.code).toBe('cancelled');
    expect(await getDocument(db, job!.documentId)).toBeDefined();
  });
});
