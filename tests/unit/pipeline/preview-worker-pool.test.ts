// The pool behind the preview client (src/clients/worker-pool.ts), with fake workers and timers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWorkerPool, type PooledWorker } from '../../../src/clients/worker-pool.ts';

interface FakeApi {
  work(label: string): Promise<string>;
}

/** A worker whose calls finish only when the test says so. */
class FakeWorker implements PooledWorker<FakeApi> {
  terminated = false;
  readonly pending = new Map<string, (value: string) => void>();
  readonly api: FakeApi = {
    work: (label) => new Promise((resolve) => this.pending.set(label, resolve)),
  };
  constructor(readonly crash: (detail: string) => void) {}
  finish(label: string): void {
    this.pending.get(label)?.(`done ${label}`);
  }
  terminate(): void {
    this.terminated = true;
  }
}

function setUp(maxWorkers = 1) {
  const workers: FakeWorker[] = [];
  const pool = createWorkerPool<FakeApi>({
    maxWorkers,
    idleMs: 30_000,
    spawn: (onCrash) => {
      const worker = new FakeWorker(onCrash);
      workers.push(worker);
      return worker;
    },
  });
  const run = (label: string, signal?: AbortSignal) =>
    pool.run((api) => api.work(label), { signal, timeoutMs: 120_000 });
  return { pool, workers, run };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('worker pool', () => {
  it('starts workers lazily and reuses an idle one', async () => {
    const { workers, run } = setUp();
    expect(workers).toHaveLength(0);
    const first = run('a');
    await vi.advanceTimersByTimeAsync(0);
    workers[0]?.finish('a');
    expect(await first).toEqual({ ok: true, value: 'done a' });
    const second = run('b');
    await vi.advanceTimersByTimeAsync(0);
    workers[0]?.finish('b');
    expect(await second).toEqual({ ok: true, value: 'done b' });
    expect(workers).toHaveLength(1);
  });

  it('runs one call per worker, up to maxWorkers at once, and queues the rest', async () => {
    const { workers, run } = setUp(2);
    const calls = [run('a'), run('b'), run('c')];
    await vi.advanceTimersByTimeAsync(0);
    expect(workers).toHaveLength(2);
    expect([...(workers[0]?.pending.keys() ?? [])]).toEqual(['a']);
    expect([...(workers[1]?.pending.keys() ?? [])]).toEqual(['b']);
    workers[1]?.finish('b');
    await vi.advanceTimersByTimeAsync(0);
    expect(workers[1]?.pending.has('c')).toBe(true);
    workers[0]?.finish('a');
    workers[1]?.finish('c');
    expect(await Promise.all(calls)).toEqual([
      { ok: true, value: 'done a' },
      { ok: true, value: 'done b' },
      { ok: true, value: 'done c' },
    ]);
  });

  it('times out from when a worker takes the call, terminates it and starts a fresh one next', async () => {
    const { workers, run } = setUp();
    const slow = run('slow');
    const queued = run('queued');
    await vi.advanceTimersByTimeAsync(119_999);
    expect(workers[0]?.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await slow).toEqual({ ok: false, reason: 'timeout' });
    expect(workers[0]?.terminated).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(workers).toHaveLength(2);
    workers[1]?.finish('queued');
    expect(await queued).toEqual({ ok: true, value: 'done queued' });
  });

  it('cancels on abort: a running call terminates its worker, a queued one never starts', async () => {
    const { workers, run } = setUp();
    const running = new AbortController();
    const waiting = new AbortController();
    const first = run('first', running.signal);
    const second = run('second', waiting.signal);
    await vi.advanceTimersByTimeAsync(0);
    waiting.abort();
    expect(await second).toEqual({ ok: false, reason: 'cancelled' });
    running.abort();
    expect(await first).toEqual({ ok: false, reason: 'cancelled' });
    expect(workers[0]?.terminated).toBe(true);
    expect(workers[0]?.pending.has('second')).toBe(false);
    const already = new AbortController();
    already.abort();
    expect(await run('never', already.signal)).toEqual({ ok: false, reason: 'cancelled' });
    expect(workers).toHaveLength(1);
  });

  it('reports a worker that dies as crashed and replaces it', async () => {
    const { workers, run } = setUp();
    const doomed = run('doomed');
    await vi.advanceTimersByTimeAsync(0);
    workers[0]?.crash('Out of memory');
    expect(await doomed).toEqual({ ok: false, reason: 'crashed', detail: 'Out of memory' });
    expect(workers[0]?.terminated).toBe(true);
    const next = run('next');
    await vi.advanceTimersByTimeAsync(0);
    workers[1]?.finish('next');
    expect(await next).toEqual({ ok: true, value: 'done next' });
  });

  it('terminates a worker left idle for idleMs', async () => {
    const { workers, run } = setUp();
    const call = run('a');
    await vi.advanceTimersByTimeAsync(0);
    workers[0]?.finish('a');
    await call;
    await vi.advanceTimersByTimeAsync(29_999);
    expect(workers[0]?.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(workers[0]?.terminated).toBe(true);
  });

  it('dispose cancels running and waiting calls and stays usable', async () => {
    const { pool, workers, run } = setUp();
    const running = run('running');
    const waiting = run('waiting');
    await vi.advanceTimersByTimeAsync(0);
    pool.dispose();
    expect(await running).toEqual({ ok: false, reason: 'cancelled' });
    expect(await waiting).toEqual({ ok: false, reason: 'cancelled' });
    expect(workers[0]?.terminated).toBe(true);
    const later = run('later');
    await vi.advanceTimersByTimeAsync(0);
    workers[1]?.finish('later');
    expect(await later).toEqual({ ok: true, value: 'done later' });
  });
});
