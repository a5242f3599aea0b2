// Replays field extraction in Node on the page words a bench run kept (`--keep-pages`): the same
// model (onnxruntime-web's wasm build), decoder and resolver as the app, in seconds instead of a
// full browser run, so resolver changes can be scored quickly. Reading (PDF text, OCR) is not
// repeated: the words are the browser's. Predictions go to OUT in the bench schema.
//   npx tsx scripts/bench/replay.ts --from BENCH_OUT --out OUT [--only REGEX] [--labels ID]
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import * as ort from 'onnxruntime-web';
import type { PageModel } from '../../src/domain/page-model.ts';
import { toBench } from '../../src/einvoice/to-bench.ts';
import { extractFields, type LabelledPage } from '../../src/pipeline/fields-extract.ts';
import { fieldLabels } from '../../src/pipeline/fields-labels.ts';
import { createFieldSession, labelPageWords } from '../../src/pipeline/infer-session.ts';
import { labelPageWithTableRows } from '../../src/pipeline/infer-table-rows.ts';

const argv = process.argv.slice(2);
const value = (name: string) => {
  const index = argv.indexOf(name);
  return index >= 0 ? argv[index + 1] : undefined;
};
const from = value('--from');
const out = value('--out');
if (!from || !out || !existsSync(join(from, 'pages'))) {
  console.error(
    'usage: replay.ts --from BENCH_OUT (run with --keep-pages) --out OUT [--only REGEX] [--labels ID]',
  );
  process.exit(2);
}
const only = value('--only') ? new RegExp(value('--only')!) : undefined;
const showLabels = value('--labels');
const model = readFileSync(resolve(import.meta.dirname, '../../models/field-model.onnx'));
const session = await createFieldSession(() => Promise.resolve(ort), new Uint8Array(model), {
  preference: 'wasm',
  adapter: 'none',
  threads: 1,
});

mkdirSync(out, { recursive: true });
let replayed = 0;
for (const file of readdirSync(from).filter((name) => name.endsWith('.json'))) {
  const id = file.replace(/\.json$/, '');
  if (file === 'timings.json' || (only && !only.test(id))) continue;
  copyFileSync(join(from, file), join(out, file));
  const kept = join(from, 'pages', file);
  const previous = JSON.parse(readFileSync(join(from, file), 'utf8')) as { source?: string };
  if (previous.source !== 'model' || !existsSync(kept)) continue;
  const models = (JSON.parse(readFileSync(kept, 'utf8')) as PageModel[]).sort(
    (a, b) => a.index - b.index,
  );
  const pages: LabelledPage[] = [];
  for (const page of models) {
    const words = page.words.map((word) => ({ text: word.text, ...word.norm, line: word.line }));
    const { logits } =
      page.source === 'text-layer'
        ? await labelPageWithTableRows(session, words, fieldLabels)
        : await labelPageWords(session, words);
    pages.push({ index: page.index, words: page.words, logits });
    if (showLabels === id) printLabels(page, logits);
  }
  const extracted = extractFields(pages, fieldLabels, { locale: 'en-US' });
  const prediction = toBench(extracted.invoice);
  writeFileSync(join(out, file), JSON.stringify({ id, source: 'model', ...prediction }, null, 1));
  replayed++;
}
console.log(`replayed ${replayed} documents into ${out}`);

/** Every word of the page with its best label, line by line (debugging the model). */
function printLabels(page: PageModel, logits: Float32Array) {
  const n = fieldLabels.length;
  let line = -1;
  let text = '';
  page.words.forEach((word, i) => {
    let best = 0;
    for (let k = 1; k < n; k++) if (logits[i * n + k] > logits[i * n + best]) best = k;
    if (word.line !== line && text) console.log(text);
    if (word.line !== line) text = `p${page.index} l${word.line}:`;
    line = word.line;
    const label = fieldLabels[best];
    text += label === 'O' ? ` ${word.text}` : ` ${word.text}[${label}]`;
  });
  if (text) console.log(text);
}
