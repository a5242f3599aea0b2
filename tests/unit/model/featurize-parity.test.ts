import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  featureSlots,
  featureVersion,
  featurize,
  type FeatureWord,
} from '../../../src/pipeline/featurize.ts';

const fixturePath = new URL('../../fixtures/model/featurize-fixture.json', import.meta.url);
const fixture = JSON.parse(readFileSync(fixturePath, 'utf8')) as {
  featureVersion: number;
  words: FeatureWord[];
  expected: { ids: number[][]; boxes: number[][] };
};

function rows(values: Int32Array, width: number): number[][] {
  return Array.from({ length: values.length / width }, (_, i) =>
    Array.from(values.subarray(i * width, (i + 1) * width)),
  );
}

const pythonAvailable = (() => {
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('featurize (models/FEATURES.md)', () => {
  it('is the version the committed fixture was made with', () => {
    expect(featureVersion).toBe(fixture.featureVersion);
  });

  it('reproduces the Python featuriser exactly on the committed fixture', () => {
    const features = featurize(fixture.words);
    expect(rows(features.ids, featureSlots)).toEqual(fixture.expected.ids);
    expect(rows(features.boxes, 4)).toEqual(fixture.expected.boxes);
  });

  it.runIf(pythonAvailable)('matches the Python featuriser run now on the same words', () => {
    const script = new URL('../../../models/training/featurize.py', import.meta.url).pathname;
    const output = execFileSync('python3', [script], { input: JSON.stringify(fixture.words) });
    const python = JSON.parse(output.toString()) as { ids: number[][]; boxes: number[][] };
    const features = featurize(fixture.words);
    expect(rows(features.ids, featureSlots)).toEqual(python.ids);
    expect(rows(features.boxes, 4)).toEqual(python.boxes);
  });

  it('gives different ids to different words and the same ids to the same word', () => {
    const word = { x0: 0, y0: 0, x1: 0.1, y1: 0.1, line: 0 };
    const a = featurize([{ ...word, text: 'Invoice' }]).ids;
    const b = featurize([{ ...word, text: 'Invoice' }]).ids;
    const c = featurize([{ ...word, text: 'Rechnung' }]).ids;
    expect(a).toEqual(b);
    expect(a[0]).not.toBe(c[0]);
  });
});
