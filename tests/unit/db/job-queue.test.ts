import { afterEach, describe, expect, it } from 'vitest';
import type { StepName } from '../../../src/domain/job.ts';
import { closeAppDatabase, openAppDatabase, type AppDatabase } from '../../../src/db/database.ts';
import { getDocument, storeNewDocument, type NewDocument } from '../../../src/db/documents.ts';
import {
  completeJobStep,
  failJob,
  getJob,
  getJobForDocument,
  listUnfinishedJobs,
  markJobRunning,
  requeueJob,
  retryJob,
} from '../../../src/db/job-queue.ts';
import { freshDatabase, newCapture } from './factories.ts';

afterEach(() => closeAppDatabase());

// Step names beyond 'render-preview' arrive with later stages; the queue does not care which.
const threeSteps = ['render-preview', 'render-preview', 'render-preview'] as StepName[];

async function stored(db: AppDatabase, content: string, createdAt: number): Promise<NewDocument> {
  const capture = await newCapture(content, createdAt);
  const withSteps = { ...capture, job: { ...capture.job, steps: threeSteps } };
  await storeNewDocument(db, withSteps);
  return withSteps;
}

const documentOf = async (db: AppDatabase, capture: NewDocument) =>
  getDocument(db, capture.document.id);

describe('job queue', () => {
  it('lists pending and running jobs, oldest first', async () => {
    const db = await freshDatabase();
    const later = await stored(db, 'later', 20);
    const earlier = await stored(db, 'earlier', 10);
    const done = await stored(db, 'done', 5);
    await requeueJob(db, done.job.id, ['render-preview'], 30);
    await completeJobStep(db, done.job.id, 0, 31);
    await markJobRunning(db, later.job.id, 40);
    const unfinished = await listUnfinishedJobs(db);
    expect(unfinished.map((job) => job.id)).toEqual([earlier.job.id, later.job.id]);
    expect(await getJobForDocument(db, earlier.document.id)).toEqual(earlier.job);
  });

  it('resumes a job interrupted while running at the step it was in', async () => {
    const db = await freshDatabase();
    const capture = await stored(db, 'a', 1);
    const { id } = capture.job;
    await markJobRunning(db, id, 2);
    await completeJobStep(db, id, 0, 3);
    expect((await documentOf(db, capture))?.status).toBe('processing');

    // The tab crashes here; after a reload the job is still there, running, at step 1.
    await closeAppDatabase(db.name);
    const reopened = await openAppDatabase(db.name);
    expect(reopened).not.toBe(db);
    const [interrupted] = await listUnfinishedJobs(reopened);
    expect(interrupted).toMatchObject({ id, status: 'running', nextStep: 1, attempts: 1 });
  });

  it('advances step by step, ignores repeats, and finishes the document', async () => {
    const db = await freshDatabase();
    const capture = await stored(db, 'a', 1);
    const { id } = capture.job;
    await markJobRunning(db, id, 2);
    expect(await completeJobStep(db, id, 0, 3)).toMatchObject({ nextStep: 1, status: 'running' });
    expect(await completeJobStep(db, id, 0, 4)).toMatchObject({ nextStep: 1, updatedAt: 3 });
    expect(await completeJobStep(db, id, 2, 4)).toMatchObject({ nextStep: 1 });
    await completeJobStep(db, id, 1, 5);
    const finished = await completeJobStep(db, id, 2, 6);
    expect(finished).toMatchObject({ nextStep: 3, status: 'done', updatedAt: 6 });
    expect(await getJob(db, id)).toEqual(finished);
    expect(await documentOf(db, capture)).toMatchObject({ status: 'ready' });
    expect(await listUnfinishedJobs(db)).toEqual([]);
  });

  it('fails, then retries from the failed step', async () => {
    const db = await freshDatabase();
    const capture = await stored(db, 'a', 1);
    const { id } = capture.job;
    await markJobRunning(db, id, 2);
    await completeJobStep(db, id, 0, 3);
    const error = { code: 'timeout', message: 'Reading this page took too long.' } as const;
    expect(await failJob(db, id, error, 4)).toMatchObject({ status: 'failed', error });
    expect(await documentOf(db, capture)).toMatchObject({ status: 'failed', error });
    expect(await listUnfinishedJobs(db)).toEqual([]);

    const retried = await retryJob(db, id, 5);
    expect(retried).toMatchObject({ status: 'pending', nextStep: 1, attempts: 1 });
    expect(retried).not.toHaveProperty('error');
    const document = await documentOf(db, capture);
    expect(document).toMatchObject({ status: 'queued' });
    expect(document).not.toHaveProperty('error');
    expect(await markJobRunning(db, id, 6)).toMatchObject({ status: 'running', attempts: 2 });
  });

  it('requeues a job to run all its steps again', async () => {
    const db = await freshDatabase();
    const capture = await stored(db, 'a', 1);
    const { id } = capture.job;
    await markJobRunning(db, id, 2);
    for (const step of [0, 1, 2]) await completeJobStep(db, id, step, 3);
    const requeued = await requeueJob(db, id, ['render-preview'], 7);
    expect(requeued).toMatchObject({ status: 'pending', nextStep: 0, steps: ['render-preview'] });
    expect(await documentOf(db, capture)).toMatchObject({ status: 'queued' });
    expect((await listUnfinishedJobs(db)).map((job) => job.id)).toEqual([id]);
  });

  it('returns undefined for a job that no longer exists', async () => {
    const db = await freshDatabase();
    const { job } = await newCapture('never stored');
    expect(await markJobRunning(db, job.id, 1)).toBeUndefined();
    expect(await completeJobStep(db, job.id, 0, 1)).toBeUndefined();
  });
});
