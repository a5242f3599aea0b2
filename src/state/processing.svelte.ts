// The processing queue of this tab: picks unfinished jobs from IndexedDB, runs a few at once, and
// exposes per-document progress. Other tabs run their own queue; Web Locks keep them apart.
import type { AppDatabase } from '../db/database.ts';
import { getJobForDocument, listUnfinishedJobs, retryJob } from '../db/job-queue.ts';
import type { DocumentId, JobId } from '../domain/ids.ts';
import type { StepName } from '../domain/job.ts';
import { publish, subscribe } from './app-events.ts';
import { jobLockName, runJob, type LockManagerLike, type StepHandler } from './job-runner.ts';

export interface DocumentProgress {
  readonly step: StepName;
  /** Position of the step in the job, and how many steps it has. */
  readonly index: number;
  readonly total: number;
  /** Progress inside the step (e.g. pages), when the step reports it. */
  readonly done?: number;
  readonly of?: number;
  readonly detail?: string;
}

export const stepLabels: Readonly<Record<StepName, string>> = {
  'render-preview': 'Rendering the preview',
  'read-pages': 'Reading the pages',
  'read-einvoice': 'Reading the e-invoice',
  'extract-fields': 'Reading the fields',
};

// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a registry, never rendered
const handlers = new Map<StepName, StepHandler>();

/** Processing stages register the function that runs their step. */
export function registerStep(step: StepName, handler: StepHandler): void {
  handlers.set(step, handler);
}

/** Without Web Locks (old browsers) a tab runs jobs alone; two such tabs may repeat a step. */
const soloLocks: LockManagerLike = {
  request: (_name, _options, callback) => callback(true),
};

function availableLocks(): LockManagerLike {
  return typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : soloLocks;
}

export class ProcessingQueue {
  progress = $state<Record<string, DocumentProgress>>({});
  #db: AppDatabase | undefined;
  #concurrency = 2;
  // Bookkeeping only; the UI reads `progress`.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #running = new Map<JobId, AbortController>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #busyElsewhere = new Set<JobId>();
  #pumping = false;
  #pumpAgain = false;

  start(db: AppDatabase, concurrency: number): void {
    this.#db = db;
    this.#concurrency = Math.max(1, concurrency);
    subscribe((event) => {
      if (event.type === 'jobs-changed') void this.pump();
    });
    void this.pump();
  }

  setConcurrency(concurrency: number): void {
    this.#concurrency = Math.max(1, concurrency);
    void this.pump();
  }

  /** Looks for runnable jobs; called on start, after imports, and when another tab finishes one. */
  async pump(): Promise<void> {
    const db = this.#db;
    if (!db) return;
    if (this.#pumping) {
      this.#pumpAgain = true;
      return;
    }
    this.#pumping = true;
    try {
      do {
        this.#pumpAgain = false;
        const jobs = await listUnfinishedJobs(db);
        for (const job of jobs) {
          if (this.#running.size >= this.#concurrency) break;
          if (this.#running.has(job.id) || this.#busyElsewhere.has(job.id)) continue;
          this.#launch(db, job.id, job.documentId);
        }
      } while (this.#pumpAgain);
    } finally {
      this.#pumping = false;
    }
  }

  #launch(db: AppDatabase, jobId: JobId, documentId: DocumentId): void {
    const controller = new AbortController();
    this.#running.set(jobId, controller);
    const locks = availableLocks();
    void runJob({
      db,
      jobId,
      handlers,
      locks,
      signal: controller.signal,
      stepLabels,
      onStep: (step, index, total) => {
        this.progress[documentId] = { step, index, total };
        publish({ type: 'documents-changed' });
      },
      onStepProgress: (step, done, of, detail) => {
        const current = this.progress[documentId];
        if (current?.step === step) {
          this.progress[documentId] = { ...current, done, of, ...(detail ? { detail } : {}) };
        }
      },
    })
      .then((outcome) => {
        if (outcome === 'busy') this.#watchElsewhere(jobId);
        else publish({ type: 'documents-changed' });
      })
      .catch((error: unknown) => console.error('Job runner failed', error))
      .finally(() => {
        this.#running.delete(jobId);
        delete this.progress[documentId];
        void this.pump();
      });
  }

  /** Another tab holds the job: wait for its lock to be released (done, or the tab died), then look again. */
  #watchElsewhere(jobId: JobId): void {
    this.#busyElsewhere.add(jobId);
    void availableLocks()
      .request(jobLockName(jobId), {}, () => Promise.resolve())
      .then(() => {
        this.#busyElsewhere.delete(jobId);
        void this.pump();
      });
  }

  cancel(documentId: DocumentId): void {
    const db = this.#db;
    if (!db) return;
    void getJobForDocument(db, documentId).then((job) => {
      if (job) this.#running.get(job.id)?.abort();
    });
  }

  async retry(documentId: DocumentId): Promise<void> {
    const db = this.#db;
    if (!db) return;
    const job = await getJobForDocument(db, documentId);
    if (!job) return;
    await retryJob(db, job.id, Date.now());
    publish({ type: 'jobs-changed' });
  }
}

export const processing = new ProcessingQueue();
