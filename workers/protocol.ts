// Types shared by worker entry points and their main-thread clients (comlink APIs).
import type { DocumentErrorInfo } from '../src/domain/document-error.ts';
import type { DocumentPreview, PreviewInput } from '../src/pipeline/render-preview.ts';

/** `bytes` is transferred to the worker: the sender's buffer is detached afterwards. */
export type PreviewRequest = PreviewInput;

export type PreviewResult =
  | ({ readonly ok: true } & DocumentPreview)
  | { readonly ok: false; readonly error: DocumentErrorInfo };

export interface PreviewWorkerApi {
  renderPreview(request: PreviewRequest): Promise<PreviewResult>;
}
