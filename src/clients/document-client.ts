// Main-thread client of the document worker. An open document holds one pooled worker (up to
// `maxWorkers` documents at once; more wait) and its page calls run one after another on it. A
// call that times out, is aborted or whose worker dies fails alone: the worker is terminated, and
// the next call of that document reopens it in a fresh worker from the bytes the client kept.
import * as Comlink from 'comlink';
import type { DocumentErrorCode } from '../domain/document-error.ts';
import type {
  DocumentHandle,
  DocumentOpenRequest,
  DocumentPage,
  DocumentPageRequest,
  DocumentResult,
  DocumentWorkerApi,
  OpenedDocument,
} from '../../workers/document-protocol.ts';
import { createWorkerPool, type PooledWorker, type RunOutcome } from './worker-pool.ts';

type Api = Comlink.Remote<DocumentWorkerApi>;

export interface DocumentClientOptions {
  /** Per open call, from when a worker picks it up. Default 60 s. */
  readonly openTimeoutMs?: number;
  /** Per page call, from when it starts on the worker. Default 120 s. */
  readonly pageTimeoutMs?: number;
  /** Documents open at once, one worker each. Default 2. */
  readonly maxWorkers?: number;
  /** A document with no call for this long gives its worker back (reopened on demand). Default 30 s. */
  readonly sessionIdleMs?: number;
  /** A worker nobody uses is terminated after this long. Default 30 s. */
  readonly idleMs?: number;
  /** Starts a worker; for tests. */
  readonly spawn?: (onCrash: (detail: string) => void) => PooledWorker<Api>;
}

export interface DocumentClient {
  open(request: DocumentOpenRequest, signal?: AbortSignal): Promise<DocumentResult<OpenedDocument>>;
  page(request: DocumentPageRequest, signal?: AbortSignal): Promise<DocumentResult<DocumentPage>>;
  /** Frees the document and, once idle, its worker. Never rejects. */
  close(handle: DocumentHandle): Promise<void>;
  /** Terminates every worker; pending calls end as 'cancelled'. */
  dispose(): void;
}

interface Lease {
  readonly api: Api;
  /** Settles when the worker is given back, terminated or has crashed. */
  readonly ended: Promise<RunOutcome<void>>;
  readonly kill: () => void;
  readonly giveBack: () => void;
  handle?: DocumentHandle;
}

interface Session {
  readonly request: DocumentOpenRequest;
  lease?: Lease;
  queue: Promise<unknown>;
  /** Calls queued or running. */
  pending: number;
  closed: boolean;
  idleTimer?: ReturnType<typeof setTimeout>;
}

type Failure = { readonly ok: false; readonly error: { code: DocumentErrorCode; message: string } };
type Called<T> = { readonly ok: true; readonly value: T } | Failure;

const forever = 2 ** 31 - 1;

export function createDocumentClient(options: DocumentClientOptions = {}): DocumentClient {
  const openTimeoutMs = options.openTimeoutMs ?? 60_000;
  const pageTimeoutMs = options.pageTimeoutMs ?? 120_000;
  const sessionIdleMs = options.sessionIdleMs ?? 30_000;
  const pool = createWorkerPool<Api>({
    maxWorkers: options.maxWorkers ?? 2,
    idleMs: options.idleMs ?? 30_000,
    spawn: options.spawn ?? spawnWorker,
  });
  const sessions = new Map<DocumentHandle, Session>();
  let nextHandle = 1;

  /** Waits for a worker and keeps it until given back or killed. */
  async function lease(signal?: AbortSignal): Promise<Called<Lease>> {
    const stop = new AbortController();
    const onAbort = () => stop.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    let giveBack = () => {};
    let granted: (api: Api) => void = () => {};
    const gotWorker = new Promise<Api>((resolve) => (granted = resolve));
    const ended = pool.run(
      (api) => {
        granted(api);
        return new Promise<void>((resolve) => (giveBack = resolve));
      },
      { signal: stop.signal, timeoutMs: forever },
    );
    const api = await Promise.race([gotWorker, ended.then(() => undefined)]);
    signal?.removeEventListener('abort', onAbort);
    if (!api) return failed(await ended, 'Opening the document');
    const held = { api, ended, kill: () => stop.abort(), giveBack: () => giveBack() };
    return { ok: true, value: held };
  }

  /** One call on a leased worker, raced against its timeout, the caller's abort and a crash. */
  async function call<T>(
    held: Lease,
    work: (api: Api) => Promise<T>,
    timeoutMs: number,
    what: string,
    signal?: AbortSignal,
  ): Promise<Called<T>> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let onAbort = () => {};
    const stopped = new Promise<Failure>((resolve) => {
      const timedOut = () => resolve(failed({ ok: false, reason: 'timeout' }, what, timeoutMs));
      timer = setTimeout(timedOut, timeoutMs);
      onAbort = () => resolve(failed({ ok: false, reason: 'cancelled' }, what));
      if (signal?.aborted) onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    const lost = held.ended.then((outcome) =>
      failed(outcome.ok ? { ok: false, reason: 'cancelled' } : outcome, what),
    );
    const done = work(held.api).then(
      (value): Called<T> => ({ ok: true, value }),
      (error: unknown) => failed({ ok: false, reason: 'failed', detail: String(error) }, what),
    );
    const result = await Promise.race([done, stopped, lost]);
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
    // A worker whose call did not come back cleanly is not trusted with another one.
    if (!result.ok) held.kill();
    return result;
  }

  /** The session's worker with the document open on it, reopened there if it was lost. */
  async function ensureOpen(
    session: Session,
    first: boolean,
    signal?: AbortSignal,
  ): Promise<Called<{ held: Lease; opened?: OpenedDocument }>> {
    if (session.lease?.handle !== undefined) return { ok: true, value: { held: session.lease } };
    const leased = await lease(signal);
    if (!leased.ok) return leased;
    const held = leased.value;
    session.lease = held;
    void held.ended.then(() => {
      if (session.lease === held) session.lease = undefined;
    });
    const bytes = session.request.bytes.slice(0);
    const request = Comlink.transfer({ ...session.request, bytes, attachments: first }, [bytes]);
    const what = 'Opening the document';
    // Comlink's Remote splits a promised union into a union of promises; await joins it again.
    const work = async (api: Api): Promise<DocumentResult<OpenedDocument>> =>
      await api.open(request);
    const called = await call(held, work, openTimeoutMs, what, signal);
    if (!called.ok) return called;
    if (!called.value.ok) {
      held.giveBack();
      return called.value;
    }
    held.handle = called.value.value.handle;
    return { ok: true, value: { held, opened: called.value.value } };
  }

  function serial<T>(session: Session, work: () => Promise<T>): Promise<T> {
    clearTimeout(session.idleTimer);
    session.pending++;
    const result = session.queue.then(work, work);
    const settled = () => {
      session.pending--;
      armIdle(session);
    };
    session.queue = result.then(settled, settled);
    return result;
  }

  /** A document left open without calls gives its worker back; the next call reopens it. */
  function armIdle(session: Session): void {
    clearTimeout(session.idleTimer);
    if (session.closed || session.pending > 0 || !session.lease) return;
    session.idleTimer = setTimeout(
      () => void serial(session, () => release(session)),
      sessionIdleMs,
    );
  }

  async function release(session: Session): Promise<void> {
    const held = session.lease;
    session.lease = undefined;
    if (!held) return;
    const handle = held.handle;
    if (handle !== undefined) {
      const closed = await call(held, (api) => api.close(handle), 10_000, 'Closing the document');
      if (!closed.ok) return; // call() terminated the worker already
    }
    held.giveBack();
  }

  async function open(
    request: DocumentOpenRequest,
    signal?: AbortSignal,
  ): Promise<DocumentResult<OpenedDocument>> {
    const session: Session = { request, queue: Promise.resolve(), pending: 0, closed: false };
    const opened = await ensureOpen(session, true, signal);
    if (!opened.ok) return opened;
    const handle = nextHandle++;
    sessions.set(handle, session);
    armIdle(session);
    const { pageCount = 0, attachments = [] } = opened.value.opened ?? {};
    return { ok: true, value: { handle, pageCount, attachments } };
  }

  function page(
    request: DocumentPageRequest,
    signal?: AbortSignal,
  ): Promise<DocumentResult<DocumentPage>> {
    const session = sessions.get(request.handle);
    if (!session) return Promise.resolve(failure('internal', 'This document is not open.'));
    return serial(session, async () => {
      const opened = await ensureOpen(session, false, signal);
      if (!opened.ok) return opened;
      const { held } = opened.value;
      const handle = held.handle ?? 0;
      const what = `Reading page ${request.index + 1}`;
      const called = await call(
        held,
        async (api): Promise<DocumentResult<DocumentPage>> =>
          await api.page({ ...request, handle }),
        pageTimeoutMs,
        what,
        signal,
      );
      return called.ok ? called.value : called;
    });
  }

  async function close(handle: DocumentHandle): Promise<void> {
    const session = sessions.get(handle);
    sessions.delete(handle);
    if (!session) return;
    session.closed = true;
    await serial(session, () => release(session));
  }

  function dispose(): void {
    for (const session of sessions.values()) {
      session.closed = true;
      clearTimeout(session.idleTimer);
    }
    sessions.clear();
    pool.dispose();
  }

  return { open, page, close, dispose };
}

function spawnWorker(onCrash: (detail: string) => void): PooledWorker<Api> {
  const worker = new Worker(new URL('../../workers/document.worker.ts', import.meta.url), {
    type: 'module',
    name: 'document',
  });
  worker.addEventListener('error', (event) => onCrash(event.message || 'no details'));
  worker.addEventListener('messageerror', () => onCrash('a message could not be read'));
  return { api: Comlink.wrap<DocumentWorkerApi>(worker), terminate: () => worker.terminate() };
}

function failed(outcome: RunOutcome<unknown>, what: string, timeoutMs = 0): Failure {
  if (outcome.ok) return failure('internal', `${what} failed unexpectedly.`);
  switch (outcome.reason) {
    case 'timeout':
      return failure(
        'timeout',
        `${what} took longer than ${Math.ceil(timeoutMs / 1000)} s and was stopped. The file may be too large or complex for this device.`,
      );
    case 'cancelled':
      return failure('cancelled', `${what} was cancelled.`);
    case 'crashed':
      return failure(
        'worker-crashed',
        `${what} stopped unexpectedly (${outcome.detail}). The file may be too large for this device; try again.`,
      );
    case 'failed':
      return failure('internal', `${what} failed unexpectedly: ${outcome.detail}`);
  }
}

function failure(code: DocumentErrorCode, message: string): Failure {
  return { ok: false, error: { code, message } };
}
