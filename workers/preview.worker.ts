// Preview worker: wires comlink to the preview pipeline stage; every failure comes back as data.
import * as Comlink from 'comlink';
import { toDocumentErrorInfo } from '../src/domain/document-error.ts';
import { renderPreview } from '../src/pipeline/render-preview.ts';
import type { PreviewRequest, PreviewResult, PreviewWorkerApi } from './protocol.ts';

const api: PreviewWorkerApi = {
  async renderPreview(request: PreviewRequest): Promise<PreviewResult> {
    try {
      const preview = await renderPreview(request);
      return Comlink.transfer({ ok: true, ...preview }, [preview.thumbnail.bytes]);
    } catch (error) {
      return { ok: false, error: toDocumentErrorInfo(error, 'Rendering the preview') };
    }
  },
};

Comlink.expose(api);
