// A pool of tesseract.js engines (each its own Web Worker) on the main thread. One page per engine at
// a time; an engine keeps its languages and is re-initialised only when a call asks for others (the
// most recently used idle engine is taken first, so a batch in one language rarely switches). A call
// that times out, is aborted or whose engine dies terminates that engine only; idle ones stop after 60 s.
import Tesseract from 'tesseract.js';
import { DocumentError } from '../domain/document-error.ts';
import type { PageWord } from '../domain/page-model.ts';
import { encodePgm } from '../pipeline/ocr-input.ts';
import { pageWordsFromBlocks } from '../pipeline/ocr-words.ts';
import {
  boldenInk,
  toGrey,
  turnHalf,
  type GreyImage,
  type RgbaImage,
} from '../pipeline/prepare-grey.ts';
import { ocrAssetUrls, parseOcrLanguages, type OcrAssetUrls } from './ocr-assets.ts';
import { createWorkerPool } from './worker-pool.ts';

export interface OcrPoolOptions {
  /** Engines alive at once; default min(max(1, cores − 1), 4). */
  readonly size?: number;
  /** Per page, from when an engine takes it (its start-up included); default 120 s. */
  readonly timeoutMs?: number;
  /** An idle engine is terminated after this long; default 60 s. */
  readonly idleMs?: number;
  readonly assets?: OcrAssetUrls;
}

export interface OcrCallOptions {
  /** Tesseract language codes, main language first: ['deu', 'eng'] or 'deu+eng'. */
  readonly languages: string | readonly string[];
  readonly signal?: AbortSignal;
  /** Resolution of the image (PreparedImage.dpi); default 300. */
  readonly dpi?: number;
  /** Page segmentation: '3' finds blocks and columns (default), '6' reads one uniform block. */
  readonly pageSegMode?: '3' | '6';
  /** 0..1 while the engine recognises. */
  readonly onProgress?: (fraction: number) => void;
  /**
   * When the page reads poorly (confidence < 0.55; upside-down pages read ~0.3), read it turned by
   * 180° too and keep the better reading (the ink-based upright call fails on all-caps receipts).
   * Not for Blobs.
   */
  readonly retryUpsideDown?: boolean;
  /**
   * When the page still reads poorly (confidence < 0.75), read it with its ink a pixel bolder too
   * and keep the better reading: dot-matrix and faint thermal print read far better so. Not for Blobs.
   */
  readonly retryBold?: boolean;
}

export interface OcrResult {
  /** Boxes in pixels of the image given (for a prepared image: the page model's coordinates). */
  readonly words: PageWord[];
  readonly width: number;
  readonly height: number;
  /** Mean word confidence, 0..1. */
  readonly confidence: number;
  /** Time on the engine, including its start-up when this call started it. */
  readonly ms: number;
  /** 180 when the words were read from (and refer to) the image turned by 180°. */
  readonly turned: 0 | 180;
}

export interface OcrPool {
  /** Rejects with a DocumentError ('timeout', 'cancelled', 'worker-crashed', 'internal'). */
  recognize(image: RgbaImage | GreyImage | Blob, options: OcrCallOptions): Promise<OcrResult>;
  /** Terminates every engine; calls in flight end as 'cancelled'. Later calls start new ones. */
  dispose(): void;
  /** Engines that may run at once. */
  readonly size: number;
}

interface EngineCall extends OcrCallOptions {
  readonly languages: string;
}

interface Engine {
  read(image: Uint8Array | Blob, call: EngineCall): Promise<Tesseract.Page>;
}

export function defaultOcrWorkers(): number {
  return Math.min(Math.max(1, (globalThis.navigator?.hardwareConcurrency ?? 2) - 1), 4);
}

export function createOcrPool(options: OcrPoolOptions = {}): OcrPool {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const size = Math.max(1, options.size ?? defaultOcrWorkers());
  const pool = createWorkerPool<Engine>({
    maxWorkers: size,
    idleMs: options.idleMs ?? 60_000,
    spawn: (onCrash) => spawnEngine(options.assets ?? ocrAssetUrls(), onCrash),
  });

  async function recognize(
    image: RgbaImage | GreyImage | Blob,
    call: OcrCallOptions,
  ): Promise<OcrResult> {
    const languages = parseOcrLanguages(call.languages)?.join('+');
    if (!languages) {
      throw new DocumentError(
        'internal',
        `OCR language "${String(call.languages)}" is not available in this app.`,
      );
    }
    const dimensions = image instanceof Blob ? await blobSize(image) : image;
    const read = async (input: Uint8Array | Blob, turned: 0 | 180): Promise<OcrResult> => {
      const started = { at: 0 };
      const outcome = await pool.run(
        async (engine) => {
          started.at = performance.now();
          return engine.read(input, { ...call, languages });
        },
        { signal: call.signal, timeoutMs },
      );
      if (!outcome.ok) throw failure(outcome, timeoutMs);
      const { width, height } = dimensions;
      return {
        words: pageWordsFromBlocks(outcome.value.blocks, width, height),
        width,
        height,
        confidence: (outcome.value.confidence ?? 0) / 100,
        ms: Math.round(performance.now() - started.at),
        turned,
      };
    };
    if (image instanceof Blob) return read(image, 0);
    const first = await read(encodePgm(image), 0);
    let best = first;
    let ms = first.ms;
    if (call.retryUpsideDown && first.confidence < 0.55) {
      const turned = await read(encodePgm(turnHalf(toGrey(image))), 180);
      if (turned.confidence > first.confidence + 0.1) best = turned;
      ms += turned.ms;
    }
    if (call.retryBold && best.confidence < 0.75) {
      const upright = best.turned === 180 ? turnHalf(toGrey(image)) : toGrey(image);
      const bold = await read(encodePgm(boldenInk(upright)), best.turned);
      // Bolder ink merges the strokes of clean small print: it must read clearly better.
      if (bold.confidence > best.confidence + 0.02) best = bold;
      ms += bold.ms;
    }
    return { ...best, ms };
  }

  return { recognize, dispose: () => pool.dispose(), size };
}

function failure(outcome: { reason: string; detail?: string }, timeoutMs: number): DocumentError {
  switch (outcome.reason) {
    case 'timeout':
      return new DocumentError(
        'timeout',
        `Reading the text took longer than ${Math.ceil(timeoutMs / 1000)} s and was stopped. ` +
          'The page may be too large or too noisy for this device.',
      );
    case 'cancelled':
      return new DocumentError('cancelled', 'Reading the text was cancelled.');
    case 'crashed':
      return new DocumentError(
        'worker-crashed',
        `The text reader stopped unexpectedly (${outcome.detail}). Try again; a very large ` +
          'page may need more memory than this device has.',
      );
    default:
      return new DocumentError('internal', `Reading the text failed: ${outcome.detail}`);
  }
}

function spawnEngine(assets: OcrAssetUrls, onCrash: (detail: string) => void) {
  let raw: Worker | undefined;
  let engine: Promise<Tesseract.Worker> | undefined;
  let languages = '';
  let progress: ((fraction: number) => void) | undefined;

  const start = (initial: string) => {
    const created = captureWorker(() =>
      Tesseract.createWorker(initial, Tesseract.OEM.LSTM_ONLY, {
        ...assets,
        // The CSP allows no blob: scripts; files come from the app's origin, already precached.
        workerBlobURL: false,
        gzip: true,
        legacyCore: false,
        legacyLang: false,
        // The service worker caches the data; tesseract.js's own IndexedDB copy would duplicate it.
        cacheMethod: 'none',
        logger: (message) => {
          if (message.status === 'recognizing text') progress?.(message.progress);
        },
        // Failures reach the call's promise; without this tesseract.js also throws them globally.
        errorHandler: () => undefined,
      }),
    );
    raw = created.worker;
    raw?.addEventListener('error', (event) => onCrash(event.message || 'no details'));
    raw?.addEventListener('messageerror', () => onCrash('a message could not be read'));
    languages = initial;
    return created.result;
  };

  const engineApi: Engine = {
    async read(image, call) {
      engine ??= start(call.languages);
      const worker = await engine;
      if (call.languages !== languages) {
        await worker.reinitialize(call.languages, Tesseract.OEM.LSTM_ONLY);
        languages = call.languages;
      }
      progress = call.onProgress;
      try {
        const params = {
          tessedit_pageseg_mode: call.pageSegMode ?? '3',
          user_defined_dpi: String(Math.round(call.dpi ?? 300)),
        } as unknown as Partial<Tesseract.RecognizeOptions>;
        const { data } = await worker.recognize(image as Blob, params, {
          blocks: true,
          text: false,
        });
        return data;
      } finally {
        progress = undefined;
      }
    },
  };
  const terminate = () => {
    raw?.terminate();
    // Also through tesseract.js once started, so its own bookkeeping lets go of the worker.
    engine?.then((worker) => worker.terminate()).catch(() => undefined);
  };
  return { api: engineApi, terminate };
}

/**
 * Runs `create` while remembering the Web Worker it constructs: tesseract.js hands its worker out only
 * once start-up succeeds, and a start-up that hangs or fails must still be terminable.
 */
function captureWorker<T>(create: () => T): { result: T; worker?: Worker } {
  const Native = globalThis.Worker as typeof Worker | undefined;
  if (!Native) return { result: create() };
  const created: Worker[] = [];
  globalThis.Worker = class extends Native {
    constructor(...args: ConstructorParameters<typeof Worker>) {
      super(...args);
      created.push(this);
    }
  };
  try {
    return { result: create(), worker: created[0] };
  } finally {
    globalThis.Worker = Native;
  }
}

async function blobSize(blob: Blob): Promise<{ width: number; height: number }> {
  const bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  try {
    return { width: bitmap.width, height: bitmap.height };
  } finally {
    bitmap.close();
  }
}
