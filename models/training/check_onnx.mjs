// Runs the exported model in onnxruntime-node on cases written by export.py --cases and compares
// with torch: node models/training/check_onnx.mjs MODEL.onnx CASES.json
// onnxruntime-node is not a project dependency: set ORT_NODE_DIR to a folder where it is installed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(join(process.env.ORT_NODE_DIR ?? process.cwd(), 'package.json'));
const ort = require('onnxruntime-node');
const [modelPath, casesPath] = process.argv.slice(2);
const cases = JSON.parse(readFileSync(casesPath, 'utf8'));
const t0 = performance.now();
const session = await ort.InferenceSession.create(modelPath, { intraOpNumThreads: 1 });
const createMs = performance.now() - t0;
let maxDiff = 0;
let same = 0;
let sameFp32 = 0;
let words = 0;
let ms = 0;
for (const c of cases) {
  const t = c.ids.length;
  const ids = new ort.Tensor('int32', Int32Array.from(c.ids.flat()), [1, t, 14]);
  const boxes = new ort.Tensor('int32', Int32Array.from(c.boxes.flat()), [1, t, 4]);
  const t1 = performance.now();
  const { logits } = await session.run({ ids, boxes });
  ms += performance.now() - t1;
  const l = logits.dims[2];
  for (let i = 0; i < t; i++) {
    let best = 0;
    let bestWant = 0;
    for (let k = 0; k < l; k++) {
      const got = logits.data[i * l + k];
      maxDiff = Math.max(maxDiff, Math.abs(got - c.logits[i][k]));
      if (got > logits.data[i * l + best]) best = k;
      if (c.logits[i][k] > c.logits[i][bestWant]) bestWant = k;
    }
    if (best === bestWant) same++;
    if (best === c.labelsFp32[i]) sameFp32++;
    words++;
  }
}
console.log(
  JSON.stringify({
    model: modelPath,
    inputs: session.inputNames,
    outputs: session.outputNames,
    pages: cases.length,
    words,
    maxAbsDiff: maxDiff,
    sameLabelAsTorch: same / words,
    sameLabelAsTorchFp32: sameFp32 / words,
    sessionCreateMs: Math.round(createMs),
    msPerPage: +(ms / cases.length).toFixed(2),
  }),
);
