// The document client with fake workers: per-document workers, timeouts, crashes and reopening.
import type * as Comlink from 'comlink';
import { describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../../src/clients/document-client.ts';
import type { PooledWorker } from '../../../src/clients/worker-pool.ts';
import { defaultLimits } from '../../../src/domain/limits.ts';
import type { DocumentId } from '../../../src/domain/ids.ts';
import type {
  DocumentOpenRequest,
  DocumentPage,
  DocumentPageRequest,
  DocumentResult,
  DocumentWorkerApi,
  OpenedDocument,
} from '../../../workers/document-protocol.ts';

type Behaviour = 'ok' | 'hang' | 'crash' | 'fail';

/** A worker that answers page calls as `behaviour` says; every worker sees the same plan. */
class FakeWorker implements PooledWorker<Comlink.Remote<DocumentWorkerApi>> {
  terminated = false;
  readonly opened: DocumentOpenRequest[] = [];
  readonly closed: number[] = [];
  constructor(
    readonly crash: (detail: string) => void,
    readonly plan: Map<number, Behaviour>,
  ) {}
  readonly api = {
    open: async (request: DocumentOpenRequest): Promise<DocumentResult<OpenedDocument>> => {
      this.opened.push(request);
      if (request.bytes.byteLength === 0) {
        return { ok: false, error: { code: 'corrupt', message: 'damaged' } };
      }
      return { ok: true, value: { handle: 7, pageCount: 3, attachments: [] } };
    },
    page: (request: DocumentPageRequest): Promise<DocumentResult<DocumentPage>> => {
      const behaviour = this.plan.get(request.index) ?? 'ok';
      this.plan.delete(request.index);
      if (behaviour === 'hang') return new Promise(() => {});
      if (behaviour === 'crash') {
        setTimeout(() => this.crash('out of memory'), 1);
        return new Promise(() => {});
      }
      if (behaviour === 'fail') {
        return Promise.resolve({ ok: false, error: { code: 'corrupt', message: 'bad page' } });
      }
      return Promise.resolve({
        ok: true,
        value: { index: request.index } as unknown as DocumentPage,
      });
    },
    close: async (handle: number) => {
      this.closed.push(handle);
    },
  } as unknown as Comlink.Remote<DocumentWorkerApi>;
  terminate(): void {
    this.terminated = true;
  }
}

function setUp(options: { maxWorkers?: number; sessionIdleMs?: number } = {}) {
  const workers: FakeWorker[] = [];
  const plan = new Map<number, Behaviour>();
  const client = createDocumentClient({
    pageTimeoutMs: 50,
    openTimeoutMs: 50,
    idleMs: 10_000,
    ...options,
    spawn: (onCrash) => {
      const worker = new FakeWorker(onCrash, plan);
      workers.push(worker);
      return worker;
    },
  });
  return { client, workers, plan };
}

const request = (size = 4): DocumentOpenRequest => ({
  documentId: 'doc-1' as DocumentId,
  bytes: new ArrayBuffer(size),
  kind: 'pdf',
  limits: defaultLimits,
});

async function openOk(client: ReturnType<typeof setUp>['client']) {
  const opened = await client.open(request());
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

describe('document client', () => {
  it('opens a document on a worker, reads pages and gives the worker back on close', async () => {
    const { client, workers } = setUp();
    const { handle, pageCount } = await openOk(client);
    expect(pageCount).toBe(3);
    expect(await client.page({ handle, index: 1 })).toEqual({ ok: true, value: { index: 1 } });
    await client.close(handle);
    expect(workers).toHaveLength(1);
    expect(workers[0]?.closed).toEqual([7]);
    expect(workers[0]?.terminated).toBe(false);
    // The worker got a copy of the bytes; the caller's buffer is untouched.
    expect(workers[0]?.opened[0]?.attachments).toBe(true);
    client.dispose();
  });

  it('returns the worker’s own failures without replacing the worker', async () => {
    const { client, workers, plan } = setUp();
    const { handle } = await openOk(client);
    plan.set(0, 'fail');
    const failed = await client.page({ handle, index: 0 });
    expect(failed).toEqual({ ok: false, error: { code: 'corrupt', message: 'bad page' } });
    expect((await client.page({ handle, index: 1 })).ok).toBe(true);
    expect(workers).toHaveLength(1);
    expect(workers[0]?.terminated).toBe(false);
    client.dispose();
  });

  it('fails only the hung call, then reopens the document in a fresh worker', async () => {
    const { client, workers, plan } = setUp();
    const { handle } = await openOk(client);
    plan.set(0, 'hang');
    const hung = await client.page({ handle, index: 0 });
    expect(hung.ok || hung.error.code).toBe('timeout');
    expect(workers[0]?.terminated).toBe(true);
    expect(await client.page({ handle, index: 1 })).toEqual({ ok: true, value: { index: 1 } });
    expect(workers).toHaveLength(2);
    // The reopen skips attachments: they were delivered by the first open.
    expect(workers[1]?.opened[0]?.attachments).toBe(false);
    client.dispose();
  });

  it('reports a crashed worker for its call only', async () => {
    const { client, workers, plan } = setUp();
    const { handle } = await openOk(client);
    plan.set(2, 'crash');
    const crashed = await client.page({ handle, index: 2 });
    expect(crashed.ok || crashed.error.code).toBe('worker-crashed');
    expect(crashed.ok || crashed.error.message).toContain('out of memory');
    expect((await client.page({ handle, index: 2 })).ok).toBe(true);
    expect(workers).toHaveLength(2);
    client.dispose();
  });

  it('cancels a call when its signal aborts', async () => {
    const { client, plan } = setUp();
    const { handle } = await openOk(client);
    plan.set(0, 'hang');
    const controller = new AbortController();
    const pending = client.page({ handle, index: 0 }, controller.signal);
    setTimeout(() => controller.abort(), 5);
    const result = await pending;
    expect(result.ok || result.error.code).toBe('cancelled');
    client.dispose();
  });

  it('passes a failed open through and keeps no session', async () => {
    const { client, workers } = setUp();
    const opened = await client.open(request(0));
    expect(opened).toEqual({ ok: false, error: { code: 'corrupt', message: 'damaged' } });
    expect(workers[0]?.terminated).toBe(false);
    const page = await client.page({ handle: 1, index: 0 });
    expect(page.ok || page.error.code).toBe('internal');
    client.dispose();
  });

  it('holds one worker per open document, and a waiting open starts when one closes', async () => {
    const { client, workers } = setUp({ maxWorkers: 1 });
    const first = await openOk(client);
    let secondDone = false;
    const second = client.open(request()).then((result) => {
      secondDone = true;
      return result;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(secondDone).toBe(false);
    await client.close(first.handle);
    expect((await second).ok).toBe(true);
    expect(workers).toHaveLength(1);
    client.dispose();
  });

  it('gives an idle document’s worker back and reopens it on the next call', async () => {
    const { client, workers } = setUp({ maxWorkers: 1, sessionIdleMs: 10 });
    const { handle } = await openOk(client);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(workers[0]?.closed).toEqual([7]);
    expect((await client.page({ handle, index: 0 })).ok).toBe(true);
    expect(workers[0]?.opened).toHaveLength(2);
    client.dispose();
  });
});
