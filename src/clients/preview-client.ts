// Main-thread client of the preview worker. Calls run in a pool of up to two workers, one call per
// worker: two documents render in parallel (the default processing concurrency), and a timeout or
// an abort terminates only the worker of that call.
import * as Comlink from 'comlink';
import type { PreviewRequest, PreviewResult, PreviewWorkerApi } from '../../workers/protocol.ts';
import { createWorkerPool } from './worker-pool.ts';

export interface PreviewClientOptions {
  /** Per call, from when a worker picks it up. Default 120 s. */
  readonly timeoutMs?: number;
  /** An idle worker is terminated after this long. Default 30 s. */
  readonly idleMs?: number;
  /** Workers alive at once. Default 2. */
  readonly maxWorkers?: number;
}

export interface PreviewClient {
  /** Never rejects: failures, timeouts and aborts come back as `{ ok: false, error }`. */
  renderPreview(request: PreviewRequest, signal?: AbortSignal): Promise<PreviewResult>;
  /** Terminates the workers now; pending calls end as 'cancelled'. Later calls start new workers. */
  dispose(): void;
}

export function createPreviewClient(options: PreviewClientOptions = {}): PreviewClient {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const pool = createWorkerPool<Comlink.Remote<PreviewWorkerApi>>({
    maxWorkers: options.maxWorkers ?? 2,
    idleMs: options.idleMs ?? 30_000,
    spawn(onCrash) {
      const worker = new Worker(new URL('../../workers/preview.worker.ts', import.meta.url), {
        type: 'module',
        name: 'preview',
      });
      worker.addEventListener('error', (event) => onCrash(event.message || 'no details'));
      worker.addEventListener('messageerror', () => onCrash('a message could not be read'));
      return { api: Comlink.wrap<PreviewWorkerApi>(worker), terminate: () => worker.terminate() };
    },
  });

  async function renderPreview(
    request: PreviewRequest,
    signal?: AbortSignal,
  ): Promise<PreviewResult> {
    // Transferred only once a worker takes the call, so a call cancelled while waiting keeps its bytes.
    const outcome = await pool.run<PreviewResult>(
      async (api) => await api.renderPreview(Comlink.transfer(request, [request.bytes])),
      { signal, timeoutMs },
    );
    if (outcome.ok) return outcome.value;
    switch (outcome.reason) {
      case 'timeout':
        return failure(
          'timeout',
          `Rendering the preview took longer than ${Math.ceil(timeoutMs / 1000)} s and was ` +
            'stopped. The file may be too large or complex for this device.',
        );
      case 'cancelled':
        return failure('cancelled', 'Rendering the preview was cancelled.');
      case 'crashed':
        return failure(
          'worker-crashed',
          `The preview renderer stopped unexpectedly (${outcome.detail}). The file may be too ` +
            'large for this device; try again.',
        );
      case 'failed':
        return failure('internal', `Rendering the preview failed unexpectedly: ${outcome.detail}`);
    }
  }

  return { renderPreview, dispose: () => pool.dispose() };
}

function failure(code: 'timeout' | 'cancelled' | 'worker-crashed' | 'internal', message: string) {
  return { ok: false, error: { code, message } } as const;
}
