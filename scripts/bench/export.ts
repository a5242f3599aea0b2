// `npm run bench -- --export ubl,cii,…`: writes every processed document's exports to
// OUT/export/<format>/<id>.<ext>, or <id>.error.txt with the reason it cannot be exported validly,
// so outside validators (KoSIT, Peppol, veraPDF, Mustang) can be run over the folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoredBinary } from '../../src/domain/binary.ts';
import type { InvoiceDocument } from '../../src/domain/document.ts';
import type { Invoice } from '../../src/domain/invoice.ts';
import { exportFormats, exportInvoice, formatInfo } from '../../src/export/export-invoice.ts';
import type { ExportFormat } from '../../src/export/export-types.ts';

export interface BenchExportDocument {
  /** The benchmark id (file name without extension). */
  readonly id: string;
  readonly document: InvoiceDocument;
  readonly invoice: Invoice;
  readonly original?: StoredBinary;
  readonly pageImages?: readonly StoredBinary[];
}

export interface ExportSummary {
  readonly format: string;
  readonly written: number;
  readonly refused: number;
}

const formatIds: ReadonlySet<string> = new Set(exportFormats.map((f) => f.id));

function isFormat(id: string): id is ExportFormat {
  return formatIds.has(id);
}

/** Ids become file names: path separators and other awkward characters turn into "_". */
function fileId(id: string): string {
  return id.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '_') || '_';
}

export async function writeExports(
  outDir: string,
  formats: readonly string[],
  docs: readonly BenchExportDocument[],
): Promise<ExportSummary[]> {
  const unknown = formats.filter((f) => !isFormat(f));
  if (unknown.length > 0) {
    const known = [...formatIds].join(', ');
    throw new Error(`Unknown export format(s): ${unknown.join(', ')}. Known: ${known}.`);
  }
  const summaries: ExportSummary[] = [];
  for (const format of formats.filter(isFormat)) {
    const dir = join(outDir, 'export', format);
    mkdirSync(dir, { recursive: true });
    let written = 0;
    for (const doc of docs) {
      const base = join(dir, fileId(doc.id));
      try {
        const result = await exportInvoice(format, doc);
        if (result.ok) {
          writeFileSync(`${base}.${formatInfo(format).extension}`, result.bytes);
          written++;
        } else {
          const lines = result.missing.map((m) => `${m.ruleId} ${m.field}: ${m.message}`);
          writeFileSync(`${base}.error.txt`, lines.join('\n') + '\n');
        }
      } catch (error) {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        writeFileSync(`${base}.error.txt`, `EXPORT-FAILED: ${message}\n`);
      }
    }
    summaries.push({ format, written, refused: docs.length - written });
  }
  return summaries;
}
