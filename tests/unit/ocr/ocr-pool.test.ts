// The OCR pool with tesseract.js replaced by fakes: parameters, languages, and failures that take
// down only their own engine.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOcrPool, defaultOcrWorkers } from '../../../src/clients/ocr-pool.ts';
import { DocumentError } from '../../../src/domain/document-error.ts';
import { greyImage } from '../../../src/pipeline/prepare-grey.ts';

const tesseract = vi.hoisted(() => ({ createWorker: vi.fn() }));
vi.mock('tesseract.js', () => ({ default: { ...tesseract, OEM: { LSTM_ONLY: 1 } } }));

/** Stands in for the engine's Web Worker, which tesseract.js constructs synchronously. */
class FakeWebWorker extends EventTarget {
  static made: FakeWebWorker[] = [];
  terminated = false;
  constructor() {
    super();
    FakeWebWorker.made.push(this);
  }
  terminate() {
    this.terminated = true;
  }
}

const box = { x0: 10, y0: 20, x1: 50, y1: 40 };
const page = {
  confidence: 87,
  blocks: [
    { paragraphs: [{ lines: [{ words: [{ text: 'Total', confidence: 90, bbox: box }] }] }] },
  ],
};

const assets = { workerPath: '/w.js', corePath: '/core/', langPath: '/lang/' };
const image = greyImage(200, 100, new Uint8ClampedArray(200 * 100).fill(255));

beforeEach(() => {
  FakeWebWorker.made = [];
  vi.stubGlobal('Worker', FakeWebWorker);
  // tesseract.js builds its Web Worker before its first await.
  tesseract.createWorker.mockReset();
  tesseract.createWorker.mockImplementation(() => {
    new Worker('/w.js');
    return new Promise(() => undefined);
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** The next engine tesseract.js starts: its Web Worker at once, then the engine. */
function startingEngine(recognize = vi.fn(async () => ({ data: page }))) {
  const engine = {
    recognize,
    reinitialize: vi.fn(async () => ({})),
    terminate: vi.fn(async () => ({})),
  };
  tesseract.createWorker.mockImplementationOnce(async () => {
    new Worker('/w.js');
    return engine;
  });
  return engine;
}

describe('OCR pool', () => {
  it('reads a page as PGM with the chosen layout mode and resolution, self-hosted and LSTM only', async () => {
    const engine = startingEngine();
    const pool = createOcrPool({ size: 1, assets });
    const result = await pool.recognize(image, { languages: ['deu', 'eng'], dpi: 287 });
    expect(result).toMatchObject({ width: 200, height: 100, confidence: 0.87 });
    expect(result.words).toEqual([
      {
        text: 'Total',
        box,
        norm: { x0: 0.05, y0: 0.2, x1: 0.25, y1: 0.4 },
        confidence: 0.9,
        line: 0,
        block: 0,
      },
    ]);
    const [languages, oem, options] = tesseract.createWorker.mock.calls[0] as [
      string,
      number,
      Record<string, unknown>,
    ];
    expect([languages, oem]).toEqual(['deu+eng', 1]);
    expect(options).toMatchObject({
      ...assets,
      workerBlobURL: false,
      gzip: true,
      legacyCore: false,
      legacyLang: false,
      cacheMethod: 'none',
    });
    const [input, params, output] = engine.recognize.mock.calls[0] as unknown as [
      Uint8Array,
      object,
      object,
    ];
    expect(new TextDecoder().decode(input.subarray(0, 2))).toBe('P5');
    expect(params).toEqual({ tessedit_pageseg_mode: '3', user_defined_dpi: '287' });
    expect(output).toEqual({ blocks: true, text: false });
  });

  it('keeps an engine for the next page and re-initialises it only for other languages', async () => {
    const engine = startingEngine();
    const pool = createOcrPool({ size: 1, assets });
    await pool.recognize(image, { languages: 'eng' });
    await pool.recognize(image, { languages: 'eng' });
    expect(engine.reinitialize).not.toHaveBeenCalled();
    await pool.recognize(image, { languages: 'fra+eng' });
    expect(engine.reinitialize).toHaveBeenCalledWith('fra+eng', 1);
    expect(tesseract.createWorker).toHaveBeenCalledTimes(1);
  });

  it('refuses a language the app does not ship, starting nothing', async () => {
    const pool = createOcrPool({ size: 1, assets });
    await expect(pool.recognize(image, { languages: 'klingon' })).rejects.toMatchObject({
      code: 'internal',
    });
    expect(tesseract.createWorker).not.toHaveBeenCalled();
  });

  it('terminates the engine of an aborted call, and starts a fresh one for the next', async () => {
    const pool = createOcrPool({ size: 1, assets });
    const controller = new AbortController();
    const reading = pool.recognize(image, { languages: 'eng', signal: controller.signal });
    await vi.waitFor(() => expect(FakeWebWorker.made).toHaveLength(1));
    controller.abort();
    await expect(reading).rejects.toMatchObject({ code: 'cancelled' });
    expect(FakeWebWorker.made[0]?.terminated).toBe(true);
    startingEngine();
    await expect(pool.recognize(image, { languages: 'eng' })).resolves.toMatchObject({
      width: 200,
    });
    expect(FakeWebWorker.made).toHaveLength(2);
  });

  it('fails a hung call with a timeout, terminating only that engine', async () => {
    vi.useFakeTimers();
    const pool = createOcrPool({ size: 2, assets, timeoutMs: 1000 });
    const hung = pool.recognize(image, { languages: 'eng' });
    await vi.advanceTimersByTimeAsync(0);
    startingEngine();
    const fine = pool.recognize(image, { languages: 'eng' });
    const failed = expect(hung).rejects.toBeInstanceOf(DocumentError);
    await vi.advanceTimersByTimeAsync(1001);
    await failed;
    await expect(hung).rejects.toMatchObject({ code: 'timeout' });
    await expect(fine).resolves.toMatchObject({ confidence: 0.87 });
    expect(FakeWebWorker.made.map((worker) => worker.terminated)).toEqual([true, false]);
  });

  it('reports a crashed engine and an engine error as the call failing', async () => {
    const pool = createOcrPool({ size: 1, assets });
    const crashing = pool.recognize(image, { languages: 'eng' });
    await vi.waitFor(() => expect(FakeWebWorker.made).toHaveLength(1));
    FakeWebWorker.made[0]?.dispatchEvent(
      Object.assign(new Event('error'), { message: 'out of memory' }),
    );
    const error = await crashing.catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'worker-crashed' });
    expect(String((error as DocumentError).message)).toContain('out of memory');
    startingEngine(vi.fn(async () => Promise.reject(new Error('RuntimeError: unreachable'))));
    await expect(pool.recognize(image, { languages: 'eng' })).rejects.toMatchObject({
      code: 'internal',
    });
  });

  it('reads a poorly read page turned by 180° too when asked, keeping the better reading', async () => {
    const upside = { ...page, confidence: 30 };
    const recognize = vi
      .fn()
      .mockResolvedValueOnce({ data: upside })
      .mockResolvedValueOnce({ data: page })
      .mockResolvedValueOnce({ data: upside });
    startingEngine(recognize);
    const pool = createOcrPool({ size: 1, assets });
    const marked = greyImage(2, 1, Uint8ClampedArray.from([0, 255]));
    const result = await pool.recognize(marked, { languages: 'eng', retryUpsideDown: true });
    expect(result).toMatchObject({ turned: 180, confidence: 0.87 });
    const second = recognize.mock.calls[1]?.[0] as Uint8Array;
    expect([...second.subarray(-2)]).toEqual([255, 0]);
    // Without the option, a poor reading is what comes back.
    const plain = await pool.recognize(marked, { languages: 'eng' });
    expect(plain).toMatchObject({ turned: 0, confidence: 0.3 });
  });

  it('reads a page that still reads poorly with bolder ink when asked, keeping it if clearly better', async () => {
    const faint = { ...page, confidence: 60 };
    const recognize = vi
      .fn()
      .mockResolvedValueOnce({ data: faint })
      .mockResolvedValueOnce({ data: page })
      .mockResolvedValueOnce({ data: faint })
      .mockResolvedValueOnce({ data: { ...page, confidence: 61 } });
    startingEngine(recognize);
    const pool = createOcrPool({ size: 1, assets });
    const dotted = greyImage(3, 1, Uint8ClampedArray.from([255, 0, 255]));
    const bold = await pool.recognize(dotted, { languages: 'eng', retryBold: true });
    expect(bold).toMatchObject({ turned: 0, confidence: 0.87 });
    expect([...(recognize.mock.calls[1]?.[0] as Uint8Array).subarray(-3)]).toEqual([0, 0, 0]);
    // A reading barely surer is not worth the merged strokes of bolder ink.
    const kept = await pool.recognize(dotted, { languages: 'eng', retryBold: true });
    expect(kept).toMatchObject({ confidence: 0.6 });
    expect([...(recognize.mock.calls[2]?.[0] as Uint8Array).subarray(-3)]).toEqual([255, 0, 255]);
  });

  it('sizes itself to the cores, leaving one for the page, at most four', () => {
    vi.stubGlobal('navigator', { hardwareConcurrency: 2 });
    expect(defaultOcrWorkers()).toBe(1);
    vi.stubGlobal('navigator', { hardwareConcurrency: 16 });
    expect(defaultOcrWorkers()).toBe(4);
    expect(createOcrPool({ assets }).size).toBe(4);
  });
});
