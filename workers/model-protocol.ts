// Types shared by the model worker and its main-thread client (comlink API). The worker holds one
// onnxruntime-web session for the field model; pages are labelled one call at a time.
import type { DocumentErrorInfo } from '../src/domain/document-error.ts';
import type { InferenceBackend } from '../src/domain/settings.ts';
import type { FeatureWord } from '../src/pipeline/featurize.ts';
import type { ActiveBackend } from '../src/pipeline/infer-session.ts';

export type { ActiveBackend } from '../src/pipeline/infer-session.ts';

export interface LabelPageRequest {
  /** The page's words in reading order with normalised boxes and visual line ids. */
  readonly words: readonly FeatureWord[];
  /** The setting; 'auto' uses WebGPU when the worker finds an adapter. */
  readonly backend: InferenceBackend;
  /** Absolute URL of the ONNX model (self-hosted, precached). */
  readonly modelUrl: string;
  /** A text layer's page: its table, if any, is read a second time row by row. */
  readonly tableRows?: boolean;
}

export interface PageLabelling {
  /** words × labelCount raw label scores (transferred). */
  readonly logits: Float32Array;
  readonly labelCount: number;
  readonly backend: ActiveBackend;
  /** Features and inference of this page, in milliseconds. */
  readonly ms: number;
  /** Model download, session creation and warm-up, when this call started the session. */
  readonly startMs?: number;
  /** Why WebGPU is not in use although the setting allowed it. */
  readonly fallbackReason?: string;
}

/** Failures come back as data, never as rejections. */
export type ModelResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: DocumentErrorInfo };

export interface ModelWorkerApi {
  labelPage(request: LabelPageRequest): Promise<ModelResult<PageLabelling>>;
}
