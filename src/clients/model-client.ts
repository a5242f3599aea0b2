// Main-thread client of the model worker. One worker holds the field model's session; pages are
// labelled one at a time on it (a second document waits), and a worker kept idle for a few minutes
// is terminated. The backend in use is exposed and published on <html data-inference-backend>,
// where diagnostics and the benchmark read it.
import * as Comlink from 'comlink';
import { DocumentError } from '../domain/document-error.ts';
import type { InferenceBackend } from '../domain/settings.ts';
import type { FeatureWord } from '../pipeline/featurize.ts';
import type {
  ActiveBackend,
  ModelResult,
  ModelWorkerApi,
  PageLabelling,
} from '../../workers/model-protocol.ts';
import { createWorkerPool, type RunOutcome } from './worker-pool.ts';

export interface ModelClientOptions {
  /** Per page, from when the worker takes it (model download and session start included). */
  readonly timeoutMs?: number;
  /** The worker (and its session) is terminated after this long without a call. Default 5 min. */
  readonly idleMs?: number;
  /** Where the model is served; default the self-hosted models/field-model.onnx. */
  readonly modelUrl?: string;
}

export interface LabelOptions {
  readonly backend: InferenceBackend;
  readonly signal?: AbortSignal;
  /** A text layer's page: its table, if any, is read a second time row by row. */
  readonly tableRows?: boolean;
}

export interface ModelClient {
  /** Label scores for one page's words; rejects with a DocumentError. */
  labelPage(words: readonly FeatureWord[], options: LabelOptions): Promise<PageLabelling>;
  /** The backend of the last page labelled, once one was. */
  readonly backend: ActiveBackend | undefined;
  dispose(): void;
}

export function fieldModelUrl(base: string = import.meta.env.BASE_URL): string {
  return new URL(`${base}models/field-model.onnx`, globalThis.location.href).href;
}

export function createModelClient(options: ModelClientOptions = {}): ModelClient {
  const timeoutMs = options.timeoutMs ?? 120_000;
  let backend: ActiveBackend | undefined;
  const pool = createWorkerPool<Comlink.Remote<ModelWorkerApi>>({
    maxWorkers: 1,
    idleMs: options.idleMs ?? 300_000,
    spawn(onCrash) {
      const worker = new Worker(new URL('../../workers/model.worker.ts', import.meta.url), {
        type: 'module',
        name: 'model',
      });
      worker.addEventListener('error', (event) => onCrash(event.message || 'no details'));
      worker.addEventListener('messageerror', () => onCrash('a message could not be read'));
      return { api: Comlink.wrap<ModelWorkerApi>(worker), terminate: () => worker.terminate() };
    },
  });

  async function labelPage(
    words: readonly FeatureWord[],
    { backend: preference, signal, tableRows = false }: LabelOptions,
  ): Promise<PageLabelling> {
    const modelUrl = options.modelUrl ?? fieldModelUrl();
    const request = { words: words.map(plainWord), backend: preference, modelUrl, tableRows };
    const outcome = await pool.run<ModelResult<PageLabelling>>(
      async (api) => await api.labelPage(request),
      { signal, timeoutMs },
    );
    if (!outcome.ok) throw failure(outcome, timeoutMs);
    if (!outcome.value.ok)
      throw new DocumentError(outcome.value.error.code, outcome.value.error.message);
    publish(outcome.value.value.backend);
    return outcome.value.value;
  }

  function publish(active: ActiveBackend): void {
    backend = active;
    if (typeof document !== 'undefined') document.documentElement.dataset.inferenceBackend = active;
  }

  return {
    labelPage,
    get backend() {
      return backend;
    },
    dispose: () => pool.dispose(),
  };
}

/** Only what the features need crosses to the worker (page words carry more). */
function plainWord(word: FeatureWord): FeatureWord {
  return { text: word.text, x0: word.x0, y0: word.y0, x1: word.x1, y1: word.y1, line: word.line };
}

function failure(outcome: RunOutcome<unknown>, timeoutMs: number): DocumentError {
  if (outcome.ok) return new DocumentError('internal', 'Reading the fields failed unexpectedly.');
  switch (outcome.reason) {
    case 'timeout':
      return new DocumentError(
        'timeout',
        `Reading the fields took longer than ${Math.ceil(timeoutMs / 1000)} s and was stopped.`,
      );
    case 'cancelled':
      return new DocumentError('cancelled', 'Reading the fields was cancelled.');
    case 'crashed':
    case 'failed':
      return new DocumentError(
        outcome.reason === 'crashed' ? 'worker-crashed' : 'internal',
        `Reading the fields stopped unexpectedly (${outcome.detail}).`,
      );
  }
}
