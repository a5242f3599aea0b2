// Runs one document's job under a Web Lock, step by step. The lock (released by the browser when a
// tab dies) tells a job another tab is working on from one orphaned by a reload or crash.
import type { AppDatabase } from '../db/database.ts';
import { getDocument } from '../db/documents.ts';
import { completeJobStep, failJob, getJob, markJobRunning } from '../db/job-queue.ts';
import { toDocumentErrorInfo } from '../domain/document-error.ts';
import type { DocumentId, JobId } from '../domain/ids.ts';
import type { StepName } from '../domain/job.ts';

export interface StepContext {
  readonly db: AppDatabase;
  readonly documentId: DocumentId;
  readonly signal: AbortSignal;
  /** Progress inside the step, e.g. pages read so far; `detail` names what is happening. */
  readonly progress: (done: number, total: number, detail?: string) => void;
}

export type StepHandler = (context: StepContext) => Promise<void>;

/** The part of navigator.locks the runner needs; injectable for tests and old browsers. */
export interface LockManagerLike {
  request<T>(
    name: string,
    options: { ifAvailable?: boolean },
    callback: (lock: unknown) => Promise<T>,
  ): Promise<T>;
}

export type RunOutcome = 'done' | 'failed' | 'busy' | 'gone' | 'cancelled';

export interface RunJobOptions {
  readonly db: AppDatabase;
  readonly jobId: JobId;
  readonly handlers: ReadonlyMap<StepName, StepHandler>;
  readonly locks: LockManagerLike;
  readonly signal: AbortSignal;
  readonly stepLabels: Readonly<Record<StepName, string>>;
  readonly onStep?: (step: StepName, index: number, total: number) => void;
  readonly onStepProgress?: (step: StepName, done: number, total: number, detail?: string) => void;
  readonly now?: () => number;
}

/** A job interrupted this many times is assumed to crash the tab and is failed, not retried forever. */
export const maxInterruptedAttempts = 3;

export const jobLockName = (jobId: JobId): string => `invoice-capture:job:${jobId}`;

export async function runJob(options: RunJobOptions): Promise<RunOutcome> {
  const { jobId, locks } = options;
  return locks.request(jobLockName(jobId), { ifAvailable: true }, async (lock) => {
    if (!lock) return 'busy';
    return runLockedJob(options);
  });
}

async function runLockedJob(options: RunJobOptions): Promise<RunOutcome> {
  const { db, jobId, handlers, signal, stepLabels, onStep, onStepProgress } = options;
  const now = options.now ?? Date.now;
  const job = await getJob(db, jobId);
  if (!job || job.status === 'done' || job.status === 'failed') return 'gone';
  if (!(await getDocument(db, job.documentId))) return 'gone';
  if (job.status === 'running' && job.attempts >= maxInterruptedAttempts) {
    await failJob(
      db,
      jobId,
      {
        code: 'worker-crashed',
        message: `Processing stopped ${job.attempts} times without finishing, so this document may be too much for this device. It is kept; you can retry it.`,
      },
      now(),
    );
    return 'failed';
  }
  await markJobRunning(db, jobId, now());
  for (let index = job.nextStep; index < job.steps.length; index++) {
    const step = job.steps[index] as StepName;
    if (signal.aborted) return cancel(options, now());
    onStep?.(step, index, job.steps.length);
    const started = performance.now();
    try {
      const handler = handlers.get(step);
      if (!handler) throw new Error(`no handler is registered for step "${step}"`);
      const progress = (done: number, total: number, detail?: string) =>
        onStepProgress?.(step, done, total, detail);
      await handler({ db, documentId: job.documentId, signal, progress });
    } catch (error) {
      if (signal.aborted) return cancel(options, now());
      await failJob(db, jobId, toDocumentErrorInfo(error, stepLabels[step]), now());
      return 'failed';
    }
    await completeJobStep(db, jobId, index, now(), performance.now() - started);
  }
  return 'done';
}

async function cancel(options: RunJobOptions, now: number): Promise<RunOutcome> {
  await failJob(
    options.db,
    options.jobId,
    {
      code: 'cancelled',
      message: 'Processing was cancelled. The document is kept; retry it any time.',
    },
    now,
  );
  return 'cancelled';
}
