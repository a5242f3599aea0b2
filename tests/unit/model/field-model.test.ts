// The committed field model (models/field-model.onnx) loads in onnxruntime-web's WASM backend, has
// the I/O of models/FEATURES.md, and labels generated pages it was never trained on.
import { readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-web';
import { beforeAll, describe, expect, it } from 'vitest';
import { featureSlots, featurize, type FeatureWord } from '../../../src/pipeline/featurize.ts';

type FixtureWord = [string, number, number, number, number, number, string];

const read = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const { labels } = read('../../../models/labels.json') as { labels: string[] };
const fixture = read('./field-model-fixture.json') as {
  pages: { id: string; family: string; words: FixtureWord[] }[];
};
const modelBytes = readFileSync(new URL('../../../models/field-model.onnx', import.meta.url));

let session: ort.InferenceSession;

beforeAll(async () => {
  ort.env.wasm.numThreads = 1;
  session = await ort.InferenceSession.create(modelBytes, { executionProviders: ['wasm'] });
});

/** The field of each word's top label ('O' for none). */
async function predictFields(words: readonly FeatureWord[]): Promise<string[]> {
  const { ids, boxes } = featurize(words);
  const t = words.length;
  const output = await session.run({
    ids: new ort.Tensor('int32', ids, [1, t, featureSlots]),
    boxes: new ort.Tensor('int32', boxes, [1, t, 4]),
  });
  const logits = output['logits'];
  if (!logits) throw new Error('no logits output');
  expect(logits.dims).toEqual([1, t, labels.length]);
  const scores = logits.data as Float32Array;
  return words.map((_, i) => {
    let best = 0;
    for (let k = 1; k < labels.length; k++)
      if (scores[i * labels.length + k]! > scores[i * labels.length + best]!) best = k;
    const label = labels[best]!;
    return label === 'O' ? 'O' : label.slice(2);
  });
}

describe('field model (models/field-model.onnx)', () => {
  it('has the inputs and output of models/FEATURES.md', () => {
    expect(session.inputNames).toEqual(['ids', 'boxes']);
    expect(session.outputNames).toEqual(['logits']);
  });

  it('is small enough to precache', () => {
    expect(modelBytes.byteLength).toBeLessThan(8 * 1024 * 1024);
  });

  for (const page of fixture.pages) {
    it(`labels the fields of a generated ${page.family} page`, async () => {
      const words: FeatureWord[] = page.words.map(([text, x0, y0, x1, y1, line]) => ({
        text,
        x0,
        y0,
        x1,
        y1,
        line,
      }));
      const predicted = await predictFields(words);
      const truth = page.words.map((w) => w[6]);
      const labelled = truth.flatMap((field, i) => (field === 'O' ? [] : [i]));
      const right = labelled.filter((i) => predicted[i] === truth[i]).length;
      const agree = truth.filter((field, i) => predicted[i] === field).length;
      expect(right / labelled.length).toBeGreaterThan(0.9);
      expect(agree / truth.length).toBeGreaterThan(0.93);
      for (const field of ['invoiceNumber', 'grossTotal']) {
        if (truth.includes(field)) expect(predicted).toContain(field);
      }
    });
  }
});
