// The committed field model loads in onnxruntime-web (its wasm build, in Node) and labels
// generated invoices it never saw: words get the generator's field, and the fields read back.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { featurize } from '../../../src/pipeline/featurize.ts';
import { extractFields } from '../../../src/pipeline/fields-extract.ts';
import { toBench } from '../../../src/einvoice/to-bench.ts';
import { committedDocuments, fieldCorrect, goldPage, headerFields, labels } from './gold.ts';
import { modelPage, modelPath, nodeSession } from './model-run.ts';

const fieldOf = (label: string | undefined) => (label ?? 'O').replace(/^[BI]-/, '');

function argmaxFields(logits: Float32Array): string[] {
  const out: string[] = [];
  for (let t = 0; t < logits.length / labels.length; t++) {
    const row = logits.subarray(t * labels.length, (t + 1) * labels.length);
    out.push(fieldOf(labels[row.indexOf(Math.max(...row))]));
  }
  return out;
}

describe.runIf(existsSync(modelPath))(
  'field model (models/field-model.onnx)',
  { timeout: 120_000 },
  () => {
    it('has the inputs, outputs and labels of models/FEATURES.md', async () => {
      const session = await nodeSession();
      expect(session.backend).toBe('wasm');
      expect(session.labelCount).toBe(labels.length);
      const features = featurize([{ text: 'Total', x0: 0.6, y0: 0.8, x1: 0.7, y1: 0.82, line: 0 }]);
      expect(await session.run(features.ids, features.boxes, 1)).toHaveLength(labels.length);
    });

    it('labels generated invoices it was not trained on', async () => {
      let [right, words, fieldsRight, fields] = [0, 0, 0, 0];
      for (const doc of committedDocuments()) {
        const gold = doc.pages.map(goldPage);
        const labelled = await Promise.all(gold.map(modelPage));
        gold.forEach((page, p) => {
          const expected = argmaxFields(page.logits);
          const got = argmaxFields(labelled[p]!.logits);
          words += expected.length;
          right += expected.filter((field, i) => field === got[i]).length;
        });
        const prediction = toBench(extractFields(labelled, labels, { locale: 'en-US' }).invoice);
        for (const field of headerFields) {
          const truth = doc.truth[field] as string | null;
          if (truth === null || truth === 'receipt') continue;
          fields++;
          if (fieldCorrect(field, truth, prediction[field])) fieldsRight++;
        }
      }
      expect(right / words).toBeGreaterThan(0.9);
      expect(fieldsRight / fields).toBeGreaterThan(0.8);
    });
  },
);
