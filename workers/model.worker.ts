// Model worker: wires comlink to the field model pipeline (features, windows, onnxruntime-web).
// One session per worker, created on the first call and kept (a memoised promise); a change of
// the backend setting replaces it.
import * as Comlink from 'comlink';
import { toDocumentErrorInfo } from '../src/domain/document-error.ts';
import type { InferenceBackend } from '../src/domain/settings.ts';
import { fieldLabels } from '../src/pipeline/fields-labels.ts';
import {
  createFieldSession,
  labelPageWords,
  type FieldSession,
  type RuntimeLoader,
  webGpuAdapter,
} from '../src/pipeline/infer-session.ts';
import { labelPageWithTableRows } from '../src/pipeline/infer-table-rows.ts';
import type { ModelWorkerApi } from './model-protocol.ts';

let current: { key: string; session: Promise<FieldSession> } | undefined;

// Each build brings its own wasm (Vite emits both); only the one a backend needs is fetched.
const loadRuntime: RuntimeLoader = (backend) =>
  backend === 'webgpu' ? import('onnxruntime-web/webgpu') : import('onnxruntime-web/wasm');

async function startSession(modelUrl: string, preference: InferenceBackend): Promise<FieldSession> {
  const response = await fetch(modelUrl);
  if (!response.ok) throw new Error(`The field model could not be loaded (${response.status}).`);
  const model = new Uint8Array(await response.arrayBuffer());
  // Threads need SharedArrayBuffer, which only a cross-origin isolated page has.
  const threads = self.crossOriginIsolated ? Math.min(4, navigator.hardwareConcurrency || 1) : 1;
  const adapter = preference === 'wasm' ? 'none' : await webGpuAdapter(navigator.gpu);
  return createFieldSession(loadRuntime, model, { preference, adapter, threads });
}

function sessionFor(modelUrl: string, preference: InferenceBackend): Promise<FieldSession> {
  const key = `${preference} ${modelUrl}`;
  if (current?.key !== key) {
    void current?.session.then((old) => old.release()).catch(() => undefined);
    const session = startSession(modelUrl, preference);
    // A failed start is not kept: the next call tries again.
    session.catch(() => (current = current?.session === session ? undefined : current));
    current = { key, session };
  }
  return current.session;
}

const api: ModelWorkerApi = {
  async labelPage(request) {
    try {
      const started = performance.now();
      const fresh = current?.key !== `${request.backend} ${request.modelUrl}`;
      const session = await sessionFor(request.modelUrl, request.backend);
      const startMs = fresh ? performance.now() - started : undefined;
      const page = request.tableRows
        ? await labelPageWithTableRows(session, request.words, fieldLabels)
        : await labelPageWords(session, request.words);
      const value = {
        ...page,
        backend: session.backend,
        ...(startMs !== undefined ? { startMs } : {}),
        ...(session.fallbackReason ? { fallbackReason: session.fallbackReason } : {}),
      };
      return Comlink.transfer({ ok: true, value }, [page.logits.buffer as ArrayBuffer]);
    } catch (error) {
      return { ok: false, error: toDocumentErrorInfo(error, 'Reading the fields') };
    }
  },
};

Comlink.expose(api);
