// Where the self-hosted OCR engine files are served (same origin, precached; see vite.config.ts):
//   vendor/tesseract/worker.min.js                 tesseract.js/dist/worker.min.js
//   vendor/tesseract/core/tesseract-core-*-lstm.wasm.js  tesseract.js-core (wasm inlined; the worker
//                                                  picks relaxed-SIMD, SIMD or plain by feature test)
//   vendor/tesseract/lang/<lang>.traineddata.gz    @tesseract.js-data/<lang>/4.0.0_best_int

import { ocrLanguageOptions, type OcrLanguage } from '../domain/settings.ts';

export interface OcrAssetUrls {
  readonly workerPath: string;
  /** A folder: tesseract.js chooses the core build for this CPU itself. */
  readonly corePath: string;
  readonly langPath: string;
}

export function ocrAssetUrls(base: string = import.meta.env.BASE_URL): OcrAssetUrls {
  // Absolute, because the engine's worker resolves them against its own script URL.
  const root = new URL(`${base}vendor/tesseract/`, globalThis.location.href).href;
  return { workerPath: `${root}worker.min.js`, corePath: `${root}core/`, langPath: `${root}lang/` };
}

/** "eng+deu" or ['eng', 'deu'] → ['eng', 'deu']; undefined when any part is not shipped. */
export function parseOcrLanguages(
  languages: string | readonly string[],
): OcrLanguage[] | undefined {
  const parts = (typeof languages === 'string' ? languages.split('+') : [...languages]).filter(
    (part) => part !== '',
  );
  const known = (part: string): part is OcrLanguage =>
    (ocrLanguageOptions as readonly string[]).includes(part);
  return parts.length > 0 && parts.every(known) ? parts : undefined;
}
