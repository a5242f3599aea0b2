// The upper bound of decoding + normalising + resolving + grouping: generated documents with their
// generator labels as a perfect model, scored like the benchmark. Runs on a folder of generated JSON:
//   npx tsx models/generator/generate.ts --seed 7 --count 200 --out /tmp/gold
//   GOLD_DIR=/tmp/gold npx vitest run tests/unit/fields/gold-upper-bound.test.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { degradeDoc } from '../../../models/generator/degrade.ts';
import type { GeneratedDoc } from '../../../models/generator/types.ts';
import { toBench } from '../../../src/einvoice/to-bench.ts';
import { extractFields } from '../../../src/pipeline/fields-extract.ts';
import {
  fieldCorrect,
  goldPage,
  headerFields,
  labels,
  matchLines,
  type GeneratedDocument,
} from './gold.ts';
import { modelPage } from './model-run.ts';

// GOLD_MODEL=1 labels the pages with the committed model instead of the generator's labels;
// GOLD_NOISE=1 first puts the generator's cheap OCR noise on the words (confusions, merges, jitter).
const dir = process.env.GOLD_DIR;
const useModel = !!process.env.GOLD_MODEL;
const noisy = !!process.env.GOLD_NOISE;

describe.runIf(dir)('gold-label upper bound', { timeout: 600_000 }, () => {
  it('reads generated documents like the benchmark scores them', async () => {
    const files = readdirSync(dir!)
      .filter((f) => /^s\d+-\d+\.json$/.test(f))
      .sort();
    const perField = new Map<string, { n: number; ok: number }>();
    const misses: string[] = [];
    let [linesTruth, linesPredicted, linesMatched] = [0, 0, 0];
    for (const file of files) {
      const read = JSON.parse(readFileSync(join(dir!, file), 'utf8')) as GeneratedDocument;
      const doc = noisy
        ? (degradeDoc(read as unknown as GeneratedDoc, 1) as unknown as GeneratedDocument)
        : read;
      const gold = doc.pages.map(goldPage);
      const pages = useModel ? await Promise.all(gold.map(modelPage)) : gold;
      const extracted = extractFields(pages, labels, { locale: 'en-US' });
      const prediction = toBench(extracted.invoice) as unknown as Record<string, string | null>;
      for (const field of headerFields) {
        const expected = doc.truth[field] as string | null | undefined;
        // The benchmark does not score the document type; receipts have no UNTDID code anyway.
        if (expected === null || expected === undefined || expected === 'receipt') continue;
        const tally = perField.get(field) ?? { n: 0, ok: 0 };
        tally.n++;
        if (fieldCorrect(field, expected, prediction[field])) tally.ok++;
        else
          misses.push(
            `${doc.id} ${doc.family} ${doc.locale} ${field}: ${JSON.stringify(expected)} ≠ ${JSON.stringify(prediction[field])}`,
          );
        perField.set(field, tally);
      }
      const lines = prediction.lines as unknown as Parameters<typeof matchLines>[1];
      const matched = matchLines(doc.truth.lines, lines);
      [linesTruth, linesPredicted, linesMatched] = [
        linesTruth + doc.truth.lines.length,
        linesPredicted + lines.length,
        linesMatched + matched,
      ];
      if (matched < doc.truth.lines.length || lines.length > matched)
        misses.push(
          `${doc.id} ${doc.family} lines: ${matched}/${doc.truth.lines.length} matched, ${lines.length} predicted`,
        );
    }
    const rows = [...perField.entries()].map(
      ([f, t]) =>
        `${f.padEnd(14)} ${String(t.ok).padStart(4)}/${String(t.n).padEnd(4)} ${((100 * t.ok) / t.n).toFixed(1)}%`,
    );
    const precision = linesMatched / Math.max(1, linesPredicted);
    const recall = linesMatched / Math.max(1, linesTruth);
    const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
    const total = [...perField.values()].reduce((a, t) => ({ n: a.n + t.n, ok: a.ok + t.ok }), {
      n: 0,
      ok: 0,
    });
    console.log(
      [
        `${files.length} documents`,
        ...rows,
        `header ${((100 * total.ok) / total.n).toFixed(1)}%`,
        `lines F1 ${f1.toFixed(3)} (${linesMatched}/${linesTruth}, ${linesPredicted} predicted)`,
        '',
        ...misses.slice(0, Number(process.env.GOLD_MISSES ?? 60)),
      ].join('\n'),
    );
    expect(total.n).toBeGreaterThan(0);
  });
});
