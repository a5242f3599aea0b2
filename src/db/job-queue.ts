// Persistence side of the job queue. Every job change also sets its document's status, in the
// same transaction, so the inbox never shows a status the queue does not have.
import type { DocumentErrorInfo } from '../domain/document-error.ts';
import type { InvoiceDocument } from '../domain/document.ts';
import type { DocumentId, JobId } from '../domain/ids.ts';
import type { Job, StepName } from '../domain/job.ts';
import { requestAll, writeTransaction, type AppDatabase } from './database.ts';
import { patchRecord } from './records.ts';

/** Jobs still to do (pending, or running when the app stopped), oldest first. */
export async function listUnfinishedJobs(db: AppDatabase): Promise<Job[]> {
  const [pending, running] = await Promise.all([
    db.getAllFromIndex('jobs', 'byStatus', 'pending'),
    db.getAllFromIndex('jobs', 'byStatus', 'running'),
  ]);
  return [...pending, ...running].sort((a, b) => a.createdAt - b.createdAt);
}

export function getJob(db: AppDatabase, id: JobId): Promise<Job | undefined> {
  return db.get('jobs', id);
}

export function getJobForDocument(
  db: AppDatabase,
  documentId: DocumentId,
): Promise<Job | undefined> {
  return db.getFromIndex('jobs', 'byDocument', documentId);
}

// Each change below returns the job as stored, or undefined if the job no longer exists.

export function markJobRunning(db: AppDatabase, id: JobId, now: number): Promise<Job | undefined> {
  return changeJob(db, id, (job) => ({
    ...job,
    status: 'running',
    attempts: job.attempts + 1,
    updatedAt: now,
  }));
}

/**
 * Records that step `stepIndex` finished, and how long it took (for diagnostics and the
 * benchmark); repeated or out-of-order calls change nothing.
 */
export function completeJobStep(
  db: AppDatabase,
  id: JobId,
  stepIndex: number,
  now: number,
  durationMs?: number,
): Promise<Job | undefined> {
  return changeJob(db, id, (job) => {
    if (job.nextStep !== stepIndex) return job;
    const nextStep = stepIndex + 1;
    const finished = nextStep >= job.steps.length;
    const step = job.steps[stepIndex];
    const stepDurations =
      durationMs === undefined || step === undefined
        ? job.stepDurations
        : { ...job.stepDurations, [step]: (job.stepDurations?.[step] ?? 0) + durationMs };
    return patchRecord(job, {
      nextStep,
      status: finished ? 'done' : job.status,
      error: finished ? undefined : job.error,
      updatedAt: now,
      stepDurations,
    });
  });
}

export function failJob(
  db: AppDatabase,
  id: JobId,
  error: DocumentErrorInfo,
  now: number,
): Promise<Job | undefined> {
  return changeJob(db, id, (job) => ({ ...job, status: 'failed', error, updatedAt: now }));
}

/** Puts a failed job back in the queue; it resumes at the step that failed. */
export function retryJob(db: AppDatabase, id: JobId, now: number): Promise<Job | undefined> {
  return changeJob(db, id, (job) =>
    job.status === 'failed'
      ? patchRecord(job, { status: 'pending', error: undefined, updatedAt: now })
      : job,
  );
}

/** Queues the job again to run `steps` from the first one. */
export function requeueJob(
  db: AppDatabase,
  id: JobId,
  steps: readonly StepName[],
  now: number,
): Promise<Job | undefined> {
  return changeJob(db, id, (job) =>
    patchRecord(job, {
      steps: [...steps],
      nextStep: 0,
      status: 'pending',
      attempts: 0,
      error: undefined,
      updatedAt: now,
    }),
  );
}

function changeJob(
  db: AppDatabase,
  id: JobId,
  change: (job: Job) => Job,
): Promise<Job | undefined> {
  return writeTransaction(db, ['jobs', 'documents'], async (tx) => {
    const job = await tx.objectStore('jobs').get(id);
    if (!job) return undefined;
    const updated = change(job);
    if (updated === job) return job;
    const documents = tx.objectStore('documents');
    const document = await documents.get(job.documentId);
    await requestAll<unknown>([
      () => tx.objectStore('jobs').put(updated),
      ...(document ? [() => documents.put(withJobStatus(document, updated))] : []),
    ]);
    return updated;
  });
}

function withJobStatus(document: InvoiceDocument, job: Job): InvoiceDocument {
  switch (job.status) {
    case 'pending':
      return patchRecord(document, { status: 'queued', error: undefined });
    case 'running':
      return patchRecord(document, { status: 'processing', error: undefined });
    case 'done':
      return patchRecord(document, { status: 'ready', error: undefined });
    case 'failed':
      return patchRecord(document, { status: 'failed', error: job.error });
  }
}
