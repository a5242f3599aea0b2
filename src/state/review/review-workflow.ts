// The review decisions: approve, reject, and re-run extraction (the job's reading steps are queued
// again; page words already stored are reused, so it is quick, and the new result needs review).
import type { AppDatabase } from '../../db/database.ts';
import { getJobForDocument, requeueJob } from '../../db/job-queue.ts';
import { setReviewStatus } from '../../db/review.ts';
import type { InvoiceDocument, ReviewStatus } from '../../domain/document.ts';
import type { DocumentId } from '../../domain/ids.ts';
import { documentSteps } from '../../domain/job.ts';
import { publish } from '../app-events.ts';

export async function decide(
  db: AppDatabase,
  documentId: DocumentId,
  status: ReviewStatus,
): Promise<InvoiceDocument | undefined> {
  const [updated] = await setReviewStatus(db, [documentId], status, Date.now());
  publish({ type: 'documents-changed' });
  return updated;
}

/** Steps that read the document again; the preview (page count, thumbnail) stays as it is. */
export const extractionSteps = documentSteps.filter((step) => step !== 'render-preview');

export async function rerunExtraction(db: AppDatabase, documentId: DocumentId): Promise<boolean> {
  const job = await getJobForDocument(db, documentId);
  if (!job || job.status === 'running') return false;
  const now = Date.now();
  await requeueJob(db, job.id, extractionSteps, now);
  await setReviewStatus(db, [documentId], 'needs-review', now);
  publish({ type: 'documents-changed' });
  publish({ type: 'jobs-changed' });
  return true;
}
