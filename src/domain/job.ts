import type { DocumentErrorInfo } from './document-error.ts';
import type { DocumentId, JobId } from './ids.ts';

/** Processing steps, in the order a document goes through them; each step skips documents it does not apply to. */
export type StepName = 'render-preview' | 'read-pages' | 'read-einvoice' | 'extract-fields';

export const documentSteps: readonly StepName[] = [
  'render-preview',
  'read-pages',
  'read-einvoice',
  'extract-fields',
];

export type JobStatus = 'pending' | 'running' | 'done' | 'failed';

/**
 * Processing of one document. `nextStep` only advances after a step's output is stored, so a job
 * interrupted by a reload or a crash resumes at the step it was in.
 */
export interface Job {
  readonly id: JobId;
  readonly documentId: DocumentId;
  readonly steps: readonly StepName[];
  readonly nextStep: number;
  readonly status: JobStatus;
  readonly attempts: number;
  readonly error?: DocumentErrorInfo;
  /** Milliseconds each finished step took (summed over resumed runs). */
  readonly stepDurations?: Partial<Record<StepName, number>>;
  readonly createdAt: number;
  readonly updatedAt: number;
}
