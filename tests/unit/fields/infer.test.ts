// Windows over long pages and the choice of backend, with a fake runtime in place of onnxruntime.
import { describe, expect, it } from 'vitest';
import { featureSlots, featurize } from '../../../src/pipeline/featurize.ts';
import {
  createFieldSession,
  isVertical,
  labelPageWords,
  type ActiveBackend,
  type FieldSession,
  type OrtModule,
} from '../../../src/pipeline/infer-session.ts';
import { bestWindowOf, labelFeatures, wordWindows } from '../../../src/pipeline/infer-windows.ts';

describe('windows (models/FEATURES.md: 512 words, stride 384)', () => {
  it('uses one window for a short page and overlapping full windows for a long one', () => {
    expect(wordWindows(0)).toEqual([]);
    expect(wordWindows(300)).toEqual([{ start: 0, end: 300 }]);
    expect(wordWindows(512)).toEqual([{ start: 0, end: 512 }]);
    expect(wordWindows(600)).toEqual([
      { start: 0, end: 512 },
      { start: 88, end: 600 },
    ]);
    expect(wordWindows(1000)).toEqual([
      { start: 0, end: 512 },
      { start: 384, end: 896 },
      { start: 488, end: 1000 },
    ]);
  });

  it('takes each word from the window where it is farthest from an edge', () => {
    const windows = wordWindows(1000);
    const best = bestWindowOf(1000, windows);
    // Word 700 sits 195 words from the edge of window 1, 212 from that of window 2.
    expect([best[0], best[300], best[500], best[700], best[999]]).toEqual([0, 0, 1, 2, 2]);
  });

  it('stitches window outputs back into one row per word', async () => {
    const words = Array.from({ length: 700 }, (_, i) => ({
      text: `w${i}`,
      x0: 0,
      y0: i / 700,
      x1: 0.1,
      y1: i / 700 + 0.001,
      line: i,
    }));
    const features = featurize(words);
    const calls: number[] = [];
    // The fake model scores each word with its position inside the window.
    const logits = await labelFeatures(features, 2, async (ids, boxes, count) => {
      expect(ids).toHaveLength(count * featureSlots);
      expect(boxes).toHaveLength(count * 4);
      calls.push(count);
      return Float32Array.from({ length: count * 2 }, (_, k) => Math.floor(k / 2));
    });
    expect(calls).toEqual([512, 512]);
    expect(logits[2 * 100]).toBe(100); // first window, position 100
    expect(logits[2 * 600]).toBe(600 - 188); // second window starts at 188
  });
});

/** A stand-in for onnxruntime-web whose session creation can be made to fail per backend. */
function fakeRuntime(failing: ActiveBackend[] = []): {
  load: (backend: ActiveBackend) => Promise<OrtModule>;
  loaded: ActiveBackend[];
} {
  const loaded: ActiveBackend[] = [];
  const load = async (backend: ActiveBackend) => {
    loaded.push(backend);
    const runtime = {
      env: { wasm: {} },
      Tensor: class {
        constructor(
          readonly type: string,
          readonly data: Int32Array,
          readonly dims: number[],
        ) {}
      },
      InferenceSession: {
        create: async () => {
          if (failing.includes(backend)) throw new Error(`${backend} unavailable`);
          return {
            run: async (feeds: { ids: { dims: number[] } }) => ({
              logits: {
                getData: async () => new Float32Array(feeds.ids.dims[1]! * 55),
                dispose: () => undefined,
              },
            }),
            release: async () => undefined,
          };
        },
      },
    };
    return runtime as unknown as OrtModule;
  };
  return { load, loaded };
}

describe('createFieldSession', () => {
  const model = new Uint8Array(8);

  it.each([
    ['auto', 'hardware', 'webgpu'],
    ['auto', 'software', 'wasm'],
    ['auto', 'none', 'wasm'],
    ['webgpu', 'software', 'webgpu'],
    ['webgpu', 'none', 'wasm'],
    ['wasm', 'hardware', 'wasm'],
  ] as const)('setting %s with a %s adapter runs on %s', async (preference, adapter, expected) => {
    const runtime = fakeRuntime();
    const session = await createFieldSession(runtime.load, model, {
      preference,
      adapter,
      threads: 1,
    });
    expect(session.backend).toBe(expected);
    expect(session.labelCount).toBe(55);
    expect(runtime.loaded).toEqual([expected]);
  });

  it('falls back to WASM when the WebGPU session cannot start, and says why', async () => {
    const runtime = fakeRuntime(['webgpu']);
    const session = await createFieldSession(runtime.load, model, {
      preference: 'auto',
      adapter: 'hardware',
      threads: 1,
    });
    expect(session.backend).toBe('wasm');
    expect(session.fallbackReason).toContain('webgpu unavailable');
    expect(runtime.loaded).toEqual(['webgpu', 'wasm']);
  });
});

describe('vertical text', () => {
  const word = (text: string, x0: number, y0: number, x1: number, y1: number, line: number) => ({
    text,
    x0,
    y0,
    x1,
    y1,
    line,
  });

  it('tells text set up the margin from short words and ordinary lines', () => {
    expect(isVertical(word('Copyright', 0.03, 0.36, 0.04, 0.39, 0))).toBe(true);
    expect(isVertical(word('Trennblätter', 0.31, 0.34, 0.4, 0.355, 1))).toBe(false);
    expect(isVertical(word('1', 0.31, 0.34, 0.315, 0.355, 1))).toBe(false);
  });

  it('is left out of the model and scored as outside every field', async () => {
    const words = [
      word('Copyright', 0.03, 0.36, 0.04, 0.39, 0),
      word('Joghurt', 0.31, 0.39, 0.37, 0.4, 1),
      word('Banane', 0.37, 0.39, 0.43, 0.4, 1),
    ];
    const seen: number[] = [];
    const session: FieldSession = {
      backend: 'wasm',
      labelCount: 3,
      startMs: 0,
      release: () => Promise.resolve(),
      // The fake model says label 2 for every word it reads.
      run: (_ids, _boxes, count) => {
        seen.push(count);
        return Promise.resolve(
          Float32Array.from({ length: count * 3 }, (_, k) => (k % 3 === 2 ? 5 : 0)),
        );
      },
    };
    const { logits } = await labelPageWords(session, words);
    expect(seen).toEqual([2]);
    const best = [0, 1, 2].map((i) => {
      const row = [...logits.subarray(i * 3, i * 3 + 3)];
      return row.indexOf(Math.max(...row));
    });
    expect(best).toEqual([0, 2, 2]);
  });
});
