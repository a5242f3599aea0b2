// The committed field model run in Node through onnxruntime-web's wasm build, the same session
// code the model worker uses (the worker imports onnxruntime-web/webgpu instead).
import { readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-web';
import {
  createFieldSession,
  labelPageWords,
  type FieldSession,
} from '../../../src/pipeline/infer-session.ts';
import type { LabelledPage } from '../../../src/pipeline/fields-extract.ts';

export const modelPath = new URL('../../../models/field-model.onnx', import.meta.url);

let session: Promise<FieldSession> | undefined;

export function nodeSession(): Promise<FieldSession> {
  session ??= createFieldSession(async () => ort, new Uint8Array(readFileSync(modelPath)), {
    preference: 'wasm',
    adapter: 'none',
    threads: 1,
  });
  return session;
}

/** The page's words labelled by the model instead of the generator. */
export async function modelPage(page: LabelledPage): Promise<LabelledPage & { ms: number }> {
  const words = page.words.map((w) => ({ text: w.text, ...w.norm, line: w.line }));
  const labelled = await labelPageWords(await nodeSession(), words);
  return { ...page, logits: labelled.logits, ms: labelled.ms };
}
