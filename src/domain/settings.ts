import { defaultExportSettings, type ExportSettings } from './export-settings.ts';
import { defaultLimits, type Limits } from './limits.ts';

/** Tesseract language data the app ships (ISO 639-2 codes as tesseract names them). */
export const ocrLanguageOptions = ['eng', 'deu', 'fra', 'nld', 'spa', 'ita'] as const;
export type OcrLanguage = (typeof ocrLanguageOptions)[number];

export type InferenceBackend = 'auto' | 'webgpu' | 'wasm';

export interface Settings {
  readonly limits: Limits;
  /** How many documents are processed at once. */
  readonly concurrency: number;
  /** Languages OCR reads; more languages read more words right but take longer. */
  readonly ocrLanguages: readonly OcrLanguage[];
  /** OCR workers; 0 chooses from the number of processor cores. */
  readonly ocrWorkers: number;
  /** Read the e-invoice XML embedded in PDFs instead of the page (exact data). */
  readonly useEmbeddedXml: boolean;
  /** Where the field model runs; 'auto' uses WebGPU when the device has it. */
  readonly inferenceBackend: InferenceBackend;
  /** Diagnostics: keep the prepared images OCR read (uses more storage). */
  readonly keepOcrImages: boolean;
  /** The export dialog's last choices and the user's CSV presets. */
  readonly export: ExportSettings;
}

export const defaultSettings: Settings = {
  limits: defaultLimits,
  concurrency: 2,
  ocrLanguages: ['eng', 'deu'],
  ocrWorkers: 0,
  useEmbeddedXml: true,
  inferenceBackend: 'auto',
  keepOcrImages: false,
  export: defaultExportSettings,
};
