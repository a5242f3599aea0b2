// The field model's onnxruntime-web session: WebGPU when an adapter exists and the setting allows
// it, WASM otherwise or when WebGPU fails to start. The runtime module is passed in, so the same code
// runs in the model worker (onnxruntime-web/webgpu) and in Node tests (onnxruntime-web's wasm build).
import type * as Ort from 'onnxruntime-web';
import type { InferenceBackend } from '../domain/settings.ts';
import { featureSlots, featurize, type FeatureWord } from './featurize.ts';
import { labelFeatures, type WindowRunner } from './infer-windows.ts';

export type OrtModule = Pick<typeof Ort, 'InferenceSession' | 'Tensor' | 'env'>;
export type ActiveBackend = 'webgpu' | 'wasm';

export interface FieldSession {
  readonly backend: ActiveBackend;
  /** Labels per word (the model's output width). */
  readonly labelCount: number;
  /** Milliseconds to create the session and run it once. */
  readonly startMs: number;
  /** Why WebGPU was not used, when it was asked for or allowed. */
  readonly fallbackReason?: string;
  readonly run: WindowRunner;
  release(): Promise<void>;
}

export interface SessionOptions {
  readonly preference: InferenceBackend;
  /** Whether navigator.gpu gave an adapter. */
  readonly webGpuAdapter: boolean;
  /** WASM threads; more than 1 needs cross-origin isolation. */
  readonly threads: number;
}

/** Whether this context has a WebGPU adapter (software adapters count). */
export async function hasWebGpuAdapter(gpu: GPU | undefined): Promise<boolean> {
  try {
    return (await gpu?.requestAdapter()) != null;
  } catch {
    return false;
  }
}

async function open(
  ort: OrtModule,
  model: Uint8Array,
  backend: ActiveBackend,
): Promise<FieldSession> {
  const started = performance.now();
  const session = await ort.InferenceSession.create(model, {
    executionProviders: [backend],
    graphOptimizationLevel: 'all',
  });
  const run: WindowRunner = async (ids, boxes, words) => {
    const feeds = {
      ids: new ort.Tensor('int32', ids.slice(), [1, words, featureSlots]),
      boxes: new ort.Tensor('int32', boxes.slice(), [1, words, 4]),
    };
    const output = await session.run(feeds);
    const logits = output.logits ?? Object.values(output)[0];
    if (!logits) throw new Error('The field model gave no output.');
    const data = (await logits.getData()) as Float32Array;
    for (const tensor of Object.values(output)) tensor.dispose();
    return data;
  };
  // A run on a page-sized input compiles kernels and sizes buffers now, before real pages come,
  // and proves the backend works.
  const probe = featurize(
    Array.from({ length: 160 }, (_, i) => ({
      text: i % 3 === 0 ? 'Invoice' : String(i * 7),
      x0: (i % 8) / 8,
      y0: Math.floor(i / 8) / 20,
      x1: (i % 8) / 8 + 0.1,
      y1: Math.floor(i / 8) / 20 + 0.01,
      line: Math.floor(i / 8),
    })),
  );
  const labelCount = (await run(probe.ids, probe.boxes, 160)).length / 160;
  return {
    backend,
    labelCount,
    startMs: performance.now() - started,
    run,
    release: () => session.release(),
  };
}

/** One session on the best backend the setting and the device allow. */
export async function createFieldSession(
  ort: OrtModule,
  model: Uint8Array,
  options: SessionOptions,
): Promise<FieldSession> {
  ort.env.wasm.numThreads = Math.max(1, options.threads);
  ort.env.wasm.proxy = false;
  let fallbackReason: string | undefined;
  if (options.preference !== 'wasm') {
    if (options.webGpuAdapter) {
      try {
        return await open(ort, model, 'webgpu');
      } catch (error) {
        fallbackReason = `WebGPU failed to start: ${String(error)}`;
      }
    } else fallbackReason = 'no WebGPU adapter';
  }
  const session = await open(ort, model, 'wasm');
  return fallbackReason ? { ...session, fallbackReason } : session;
}

export interface PageLabels {
  /** words × labelCount raw scores. */
  readonly logits: Float32Array;
  readonly labelCount: number;
  /** Milliseconds for features and inference of this page. */
  readonly ms: number;
}

/** Scores for every word of a page, windowed per models/FEATURES.md. */
export async function labelPageWords(
  session: FieldSession,
  words: readonly FeatureWord[],
): Promise<PageLabels> {
  const started = performance.now();
  const features = featurize(words);
  const logits = await labelFeatures(features, session.labelCount, session.run);
  return { logits, labelCount: session.labelCount, ms: performance.now() - started };
}
