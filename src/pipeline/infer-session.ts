// The field model's onnxruntime-web session: WebGPU when an adapter exists and the setting allows
// it, WASM otherwise or when WebGPU fails to start. The runtime is loaded through a function, so the
// same code runs in the model worker (onnxruntime-web/webgpu or /wasm) and in Node tests.
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
  /** The adapter navigator.gpu gave: 'auto' takes only a hardware one, 'webgpu' any. */
  readonly adapter: WebGpuAdapter;
  /** WASM threads; more than 1 needs cross-origin isolation. */
  readonly threads: number;
}

export type WebGpuAdapter = 'hardware' | 'software' | 'none';

/** What WebGPU adapter this context has; a software one (SwiftShader) is far slower than WASM. */
export async function webGpuAdapter(gpu: GPU | undefined): Promise<WebGpuAdapter> {
  try {
    const adapter = await gpu?.requestAdapter();
    if (!adapter) return 'none';
    const info = adapter.info as GPUAdapterInfo & { isFallbackAdapter?: boolean };
    const software = info.isFallbackAdapter === true || /swiftshader/i.test(info.architecture);
    return software ? 'software' : 'hardware';
  } catch {
    return 'none';
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

/**
 * Loads the runtime build for a backend: the WebGPU build carries an asyncify wasm that runs the
 * WASM backend several times slower than the plain build, so each backend gets its own.
 */
export type RuntimeLoader = (backend: ActiveBackend) => Promise<OrtModule>;

/** One session on the best backend the setting and the device allow. */
export async function createFieldSession(
  load: RuntimeLoader,
  model: Uint8Array,
  options: SessionOptions,
): Promise<FieldSession> {
  const start = async (backend: ActiveBackend) => {
    const ort = await load(backend);
    ort.env.wasm.numThreads = Math.max(1, options.threads);
    ort.env.wasm.proxy = false;
    return open(ort, model, backend);
  };
  const usable =
    options.preference === 'webgpu' ? options.adapter !== 'none' : options.adapter === 'hardware';
  let fallbackReason: string | undefined;
  if (options.preference !== 'wasm') {
    if (usable) {
      try {
        return await start('webgpu');
      } catch (error) {
        fallbackReason = `WebGPU failed to start: ${String(error)}`;
      }
    } else fallbackReason = `no usable WebGPU adapter (${options.adapter})`;
  }
  const session = await start('wasm');
  return fallbackReason ? { ...session, fallbackReason } : session;
}

export interface PageLabels {
  /** words × labelCount raw scores. */
  readonly logits: Float32Array;
  readonly labelCount: number;
  /** Milliseconds for features and inference of this page. */
  readonly ms: number;
}

/**
 * Text set vertically (a margin note, a printer's imprint, "Copyright …" up the side of the page):
 * at least three letters in a box taller than wide. The model never saw such words in training.
 */
export const isVertical = (word: FeatureWord): boolean =>
  word.text.length >= 3 && word.y1 - word.y0 > 1.5 * (word.x1 - word.x0);

/** What the model says of a word it does not read: outside every field (label 0, "O"). */
const outsideScore = 10;

/** Scores for every word of a page, windowed per models/FEATURES.md; vertical text scores "O". */
export async function labelPageWords(
  session: FieldSession,
  words: readonly FeatureWord[],
): Promise<PageLabels> {
  const started = performance.now();
  const read = words.flatMap((word, index) => (isVertical(word) ? [] : [index]));
  const features = featurize(read.map((index) => words[index]!));
  const scores = await labelFeatures(features, session.labelCount, session.run);
  const n = session.labelCount;
  let logits = scores;
  if (read.length < words.length) {
    logits = new Float32Array(words.length * n);
    for (let i = 0; i < words.length; i++) logits[i * n] = outsideScore;
    read.forEach((index, k) => logits.set(scores.subarray(k * n, (k + 1) * n), index * n));
  }
  return { logits, labelCount: n, ms: performance.now() - started };
}
