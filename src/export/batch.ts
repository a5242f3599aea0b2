// Many invoices at once: spreadsheet and accounting formats combine into one file, e-invoices are
// one file each; a zip (fflate) carries several files and, on request, the original documents.
// Invoices that cannot be exported are listed, the others still go out.
import { zipSync, type ZipOptions } from 'fflate';
import type { FileKind } from '../domain/file-kind.ts';
import { exportCsv } from './csv.ts';
import {
  exportAccounting,
  exportInvoice,
  formatInfo,
  type ExportOptions,
} from './export-invoice.ts';
import {
  documentRefusal,
  type AccountingFormat,
  type DocumentRefusal,
  type ExportFile,
  type ExportFormat,
  type ExportInput,
  type FileContent,
} from './export-types.ts';
import { batchFileName, invoiceFileName, uniqueNames } from './filenames.ts';
import { exportJson } from './json.ts';

export interface BatchOptions extends ExportOptions {
  /** 'file': one file where the format allows it; 'zip': always a zip. */
  readonly packaging: 'file' | 'zip';
  /** Add each exported invoice's original document under originals/ (zip only). */
  readonly includeOriginals: boolean;
}

export interface BatchResult {
  /** Absent when no invoice could be exported. */
  readonly file?: ExportFile;
  /** Documents whose data is in the file: the caller marks them exported. */
  readonly exported: readonly string[];
  readonly refused: readonly DocumentRefusal[];
}

interface Entry {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const originalExtension: Readonly<Record<FileKind, string>> = {
  pdf: 'pdf',
  jpeg: 'jpg',
  png: 'png',
  webp: 'webp',
  tiff: 'tif',
  heic: 'heic',
  ubl: 'xml',
  cii: 'xml',
};

/** Already compressed files are stored, the rest deflated. */
const stored = /\.(pdf|jpe?g|png|webp|heic|tiff?|xlsx|zip)$/i;

export function zipEntries(entries: readonly Entry[], now: Date): Uint8Array {
  const names = uniqueNames(entries.map((e) => e.name));
  const files: Record<string, [Uint8Array, ZipOptions]> = {};
  entries.forEach((entry, i) => {
    const name = names[i] ?? entry.name;
    files[name] = [entry.bytes, { level: stored.test(name) ? 0 : 6, mtime: now }];
  });
  return zipSync(files);
}

async function combined(
  id: ExportFormat,
  inputs: readonly ExportInput[],
  options: BatchOptions,
): Promise<{ content?: FileContent; refused: DocumentRefusal[]; accepted: ExportInput[] }> {
  const now = options.now ?? new Date();
  if (id === 'csv')
    return { content: exportCsv(inputs, options.csv), refused: [], accepted: [...inputs] };
  if (id === 'json')
    return { content: exportJson(inputs, { now, list: true }), refused: [], accepted: [...inputs] };
  if (id === 'xlsx') {
    const { exportXlsx } = await import('./xlsx.ts');
    return { content: await exportXlsx(inputs, options.xlsx), refused: [], accepted: [...inputs] };
  }
  const accounting = id as AccountingFormat;
  const refused: DocumentRefusal[] = [];
  const accepted = inputs.filter((input) => {
    const single = exportAccounting(accounting, [input], options);
    if (!single.ok) refused.push(...single.refused);
    return single.ok;
  });
  if (accepted.length === 0) return { refused, accepted };
  const all = exportAccounting(accounting, accepted, options);
  if (!all.ok) return { refused: [...refused, ...all.refused], accepted: [] };
  return { content: all.content, refused, accepted };
}

export async function exportBatch(
  id: ExportFormat,
  inputs: readonly ExportInput[],
  options: BatchOptions,
): Promise<BatchResult> {
  const info = formatInfo(id);
  const now = options.now ?? new Date();
  const entries: (Entry & { mimeType: string; warnings: readonly string[] })[] = [];
  let accepted: ExportInput[] = [];
  let refused: DocumentRefusal[] = [];
  if (info.combinable) {
    const result = await combined(id, inputs, options);
    ({ accepted, refused } = result);
    const label = id === 'datev' ? 'EXTF_Buchungsstapel' : `invoices-${id}`;
    if (result.content)
      entries.push({
        name: batchFileName(label, accepted.length, info.extension, now),
        ...result.content,
      });
  } else {
    for (const input of inputs) {
      const result = await exportInvoice(id, input, options);
      if (result.ok) {
        accepted.push(input);
        entries.push({ ...result, name: result.filename });
      } else refused.push(documentRefusal(input, result.missing));
    }
  }
  const exported = accepted.map((input) => input.document.id);
  const single = entries.length === 1 && entries[0];
  if (single && options.packaging === 'file' && !options.includeOriginals) {
    const { name, bytes, mimeType, warnings } = single;
    return { file: { ok: true, filename: name, bytes, mimeType, warnings }, exported, refused };
  }
  if (entries.length === 0) return { exported, refused };
  const originals = options.includeOriginals
    ? accepted.flatMap((input) =>
        input.original
          ? [
              {
                name: `originals/${invoiceFileName(input, originalExtension[input.document.kind])}`,
                bytes: new Uint8Array(input.original.bytes),
              },
            ]
          : [],
      )
    : [];
  const bytes = zipEntries([...entries, ...originals], now);
  const warnings = entries.flatMap((e) => e.warnings);
  const filename = batchFileName(`invoices-${id}`, accepted.length, 'zip', now);
  return {
    file: { ok: true, filename, bytes, mimeType: 'application/zip', warnings },
    exported,
    refused,
  };
}
