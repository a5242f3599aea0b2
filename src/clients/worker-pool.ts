// A small pool of workers, one call per worker at a time. A call that times out, is aborted or whose
// worker dies takes only its own worker down (terminated, replaced on demand); idle workers are
// terminated after a while so an idle tab holds no decoder memory.

export interface PooledWorker<Api> {
  readonly api: Api;
  terminate(): void;
}

export interface WorkerPoolOptions<Api> {
  /** Starts a worker; calls `onCrash` when it dies (error event). */
  spawn(onCrash: (detail: string) => void): PooledWorker<Api>;
  maxWorkers: number;
  idleMs: number;
}

export interface RunOptions {
  readonly signal?: AbortSignal;
  /** Counted from when the call reaches a worker, not while it waits for one. */
  readonly timeoutMs: number;
}

export type RunOutcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: 'timeout' | 'cancelled' }
  | { readonly ok: false; readonly reason: 'crashed' | 'failed'; readonly detail: string };

export interface WorkerPool<Api> {
  run<T>(task: (api: Api) => Promise<T>, options: RunOptions): Promise<RunOutcome<T>>;
  /** Terminates every worker; calls in flight or waiting end as 'cancelled'. The pool stays usable. */
  dispose(): void;
}

interface Slot<Api> {
  readonly worker: PooledWorker<Api>;
  idleTimer?: ReturnType<typeof setTimeout>;
  onCrash?: (detail: string) => void;
}

export function createWorkerPool<Api>(options: WorkerPoolOptions<Api>): WorkerPool<Api> {
  const idle: Slot<Api>[] = [];
  const waiting: ((granted: boolean) => void)[] = [];
  const running = new Set<() => void>();
  let permits = Math.max(1, options.maxWorkers);

  function spawnSlot(): Slot<Api> {
    const slot: Slot<Api> = {
      worker: options.spawn((detail) => {
        if (slot.onCrash) slot.onCrash(detail);
        else discardIdle(slot);
      }),
    };
    return slot;
  }

  function discardIdle(slot: Slot<Api>): void {
    clearTimeout(slot.idleTimer);
    const index = idle.indexOf(slot);
    if (index >= 0) idle.splice(index, 1);
    slot.worker.terminate();
  }

  function acquirePermit(signal?: AbortSignal): Promise<boolean> {
    if (permits > 0) {
      permits--;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const grant = (granted: boolean) => {
        signal?.removeEventListener('abort', onAbort);
        resolve(granted);
      };
      const onAbort = () => {
        const index = waiting.indexOf(grant);
        if (index >= 0) waiting.splice(index, 1);
        resolve(false);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      waiting.push(grant);
    });
  }

  function releasePermit(): void {
    const next = waiting.shift();
    if (next) next(true);
    else permits++;
  }

  function park(slot: Slot<Api>): void {
    slot.onCrash = undefined;
    slot.idleTimer = setTimeout(() => discardIdle(slot), options.idleMs);
    idle.push(slot);
  }

  async function run<T>(task: (api: Api) => Promise<T>, runOptions: RunOptions) {
    const { signal, timeoutMs } = runOptions;
    if (signal?.aborted || !(await acquirePermit(signal))) {
      return { ok: false, reason: 'cancelled' } as const;
    }
    let slot: Slot<Api>;
    try {
      slot = idle.pop() ?? spawnSlot();
    } catch (error) {
      releasePermit();
      return { ok: false, reason: 'crashed', detail: String(error) } as const;
    }
    clearTimeout(slot.idleTimer);
    return new Promise<RunOutcome<T>>((resolve) => {
      const finish = (outcome: RunOutcome<T>) => {
        if (!running.delete(cancel)) return;
        clearTimeout(timer);
        signal?.removeEventListener('abort', cancel);
        if (outcome.ok) park(slot);
        else slot.worker.terminate();
        releasePermit();
        resolve(outcome);
      };
      const cancel = () => finish({ ok: false, reason: 'cancelled' });
      running.add(cancel);
      const timer = setTimeout(() => finish({ ok: false, reason: 'timeout' }), timeoutMs);
      signal?.addEventListener('abort', cancel, { once: true });
      slot.onCrash = (detail) => finish({ ok: false, reason: 'crashed', detail });
      task(slot.worker.api).then(
        (value) => finish({ ok: true, value }),
        (error: unknown) => finish({ ok: false, reason: 'failed', detail: String(error) }),
      );
    });
  }

  function dispose(): void {
    for (const grant of waiting.splice(0)) grant(false);
    for (const cancel of [...running]) cancel();
    for (const slot of [...idle]) discardIdle(slot);
  }

  return { run, dispose };
}
