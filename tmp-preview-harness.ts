import { createPreviewClient } from './src/clients/preview-client.ts';
import { defaultLimits, type Limits } from './src/domain/limits.ts';
import type { FileKind } from './src/domain/file-kind.ts';

const client = createPreviewClient();
const fromB64 = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)).buffer;
const toB64 = (buf: ArrayBuffer) => {
  let s = '';
  const u = new Uint8Array(buf);
  for (let i = 0; i < u.length; i += 0x8000) s += String.fromCharCode(...u.subarray(i, i + 0x8000));
  return btoa(s);
};
async function toPng(buf: ArrayBuffer, type: string) {
  const bmp = await createImageBitmap(new Blob([buf], { type }));
  const c = new OffscreenCanvas(bmp.width, bmp.height);
  c.getContext('2d')!.drawImage(bmp, 0, 0);
  return toB64(await (await c.convertToBlob({ type: 'image/png' })).arrayBuffer());
}
interface RunOptions { limits?: Partial<Limits>; timeoutMs?: number; abortAfterMs?: number; width?: number }
(window as unknown as Record<string, unknown>).harness = {
  async run(b64: string, kind: FileKind, options: RunOptions = {}) {
    const c = options.timeoutMs ? createPreviewClient({ timeoutMs: options.timeoutMs }) : client;
    const controller = new AbortController();
    if (options.abortAfterMs !== undefined) setTimeout(() => controller.abort(), options.abortAfterMs);
    const bytes = fromB64(b64);
    const started = performance.now();
    const result = await c.renderPreview(
      { bytes, kind, limits: { ...defaultLimits, ...options.limits }, thumbnailWidth: options.width ?? 240 },
      controller.signal,
    );
    const ms = Math.round(performance.now() - started);
    const detached = bytes.byteLength === 0;
    if (!result.ok) return { ms, detached, error: result.error };
    return {
      ms,
      detached,
      pageCount: result.pageCount,
      pages: result.pages.length > 4 ? [...result.pages.slice(0, 3), `… ${result.pages.length} pages`] : result.pages,
      thumbType: result.thumbnail.type,
      thumbBytes: result.thumbnail.bytes.byteLength,
      thumbPng: await toPng(result.thumbnail.bytes, result.thumbnail.type),
    };
  },
};
(window as unknown as Record<string, unknown>).harnessReady = true;
