// The native reference: Debian's tesseract CLI on the same prepared page images, with the same
// language data (the app's best_int models), one thread, so times compare per thread.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { percentile, round } from './stats.ts';

export interface NativeComparison {
  readonly medianMs: number;
  readonly images: number;
}

export function prepareTessdata(root: string, languages: readonly string[], dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const language of languages) {
    const packed = join(
      root,
      `node_modules/@tesseract.js-data/${language}/4.0.0_best_int/${language}.traineddata.gz`,
    );
    writeFileSync(join(dir, `${language}.traineddata`), gunzipSync(readFileSync(packed)));
  }
}

export function runNativeOcr(
  images: readonly { name: string; image: Uint8Array }[],
  languages: readonly string[],
  tessdata: string,
  workDir: string,
): NativeComparison {
  mkdirSync(workDir, { recursive: true });
  const times: number[] = [];
  for (const image of images) {
    const path = join(workDir, `${image.name}.pgm`);
    writeFileSync(path, image.image);
    const started = performance.now();
    execFileSync(
      'tesseract',
      [
        path,
        join(workDir, image.name),
        '--tessdata-dir',
        tessdata,
        '-l',
        languages.join('+'),
        '--psm',
        '3',
        'tsv',
      ],
      { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, stdio: 'ignore' },
    );
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { medianMs: round(percentile(times, 0.5)), images: times.length };
}
