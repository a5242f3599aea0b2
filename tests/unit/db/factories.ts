// Test data for the db tests: documents whose sha256 really is the hash of their original.
import 'fake-indexeddb/auto';
import type { StoredBinary } from '../../../src/domain/binary.ts';
import type { Correction } from '../../../src/domain/correction.ts';
import type {
  DocumentPage,
  EmbeddedFile,
  ExtractionResult,
  InvoiceDocument,
  OriginalFile,
} from '../../../src/domain/document.ts';
import { emptyInvoice } from '../../../src/domain/invoice.ts';
import type { PageModel, PageWord } from '../../../src/domain/page-model.ts';
import {
  newCorrectionId,
  newDocumentId,
  newJobId,
  type DocumentId,
} from '../../../src/domain/ids.ts';
import { documentSteps, type Job } from '../../../src/domain/job.ts';
import { openAppDatabase, type AppDatabase } from '../../../src/db/database.ts';
import { sha256Hex } from '../../../src/db/backup-format.ts';
import type { NewDocument } from '../../../src/db/documents.ts';

/** A database of its own for each test. */
export function freshDatabase(): Promise<AppDatabase> {
  return openAppDatabase(crypto.randomUUID());
}

export function binary(text: string, type = 'application/pdf'): StoredBinary {
  return { bytes: new TextEncoder().encode(text).buffer, type };
}

/** A captured file as the capture code would store it; `content` decides the sha256. */
export async function newCapture(
  content: string,
  addedAt = 1_700_000_000_000,
): Promise<NewDocument> {
  const id = newDocumentId();
  const file = binary(`%PDF-1.7 ${content}`);
  const document: InvoiceDocument = {
    id,
    sha256: await sha256Hex(new Uint8Array(file.bytes)),
    name: `${content}.pdf`,
    kind: 'pdf',
    mimeType: 'application/pdf',
    size: file.bytes.byteLength,
    addedAt,
    status: 'queued',
  };
  const original: OriginalFile = { documentId: id, file };
  const job: Job = {
    id: newJobId(),
    documentId: id,
    steps: documentSteps,
    nextStep: 0,
    status: 'pending',
    attempts: 0,
    createdAt: addedAt,
    updatedAt: addedAt,
  };
  return { document, original, job };
}

export function page(
  documentId: DocumentId,
  index: number,
  withThumbnail = true,
  withImage = false,
): DocumentPage {
  return {
    documentId,
    index,
    width: 595,
    height: 842,
    ...(withThumbnail ? { thumbnail: binary(`thumb ${index}`, 'image/webp') } : {}),
    ...(withImage ? { image: pageImage(index) } : {}),
  };
}

/** A page's display image; bytes 0..255 so a byte-for-byte comparison means something. */
export function pageImage(index: number): StoredBinary {
  const bytes = Uint8Array.from({ length: 256 }, (_, i) => (i + index) % 256);
  return { bytes: bytes.buffer, type: 'image/webp' };
}

export function pageModel(documentId: DocumentId, index: number, text = 'Invoice'): PageModel {
  const words: PageWord[] = [
    word(text, 100, 80, 0),
    word('R-2025-001', 400, 80, 0),
    word('119.00', 900, 1500, 3, 0.87),
  ];
  return {
    documentId,
    index,
    width: 1240,
    height: 1754,
    rotation: 0,
    source: 'ocr',
    words,
    language: 'eng+deu',
    timings: { render: 12.5, ocr: 840 },
  };
}

function word(text: string, x0: number, y0: number, line: number, confidence = 1): PageWord {
  const box = { x0, y0, x1: x0 + 10 * text.length, y1: y0 + 24 };
  const norm = { x0: box.x0 / 1240, y0: box.y0 / 1754, x1: box.x1 / 1240, y1: box.y1 / 1754 };
  return { text, box, norm, confidence, line, block: line };
}

export function embeddedFile(documentId: DocumentId): EmbeddedFile {
  const xml = `<?xml version="1.0"?><rsm:CrossIndustryInvoice>${documentId}</rsm:CrossIndustryInvoice>`;
  return { documentId, filename: 'factur-x.xml', file: binary(xml, 'application/xml') };
}

export function result(documentId: DocumentId): ExtractionResult {
  return {
    documentId,
    source: 'model',
    invoice: {
      ...emptyInvoice,
      invoiceNumber: 'R-2025-001',
      currency: 'EUR',
      totals: { grossTotal: '119.00' },
    },
    evidence: {
      'totals.grossTotal': {
        page: 0,
        boxes: [{ x0: 0.72, y0: 0.85, x1: 0.77, y1: 0.87 }],
        confidence: 0.87,
      },
    },
    findings: [
      {
        ruleId: 'BR-CO-15',
        severity: 'warning',
        message: 'The total with VAT is not the net total plus VAT.',
        fields: ['totals.grossTotal'],
      },
    ],
    createdAt: 5,
  };
}

export function correction(documentId: DocumentId, at: number): Correction {
  return {
    id: newCorrectionId(),
    documentId,
    field: 'total',
    before: '119.00',
    after: '191.00',
    at,
  };
}

/** Every record of every store, comparable with toEqual, for before/after comparisons. */
export async function dumpDatabase(db: AppDatabase): Promise<Record<string, unknown[]>> {
  const names = [...db.objectStoreNames].sort();
  const dump: Record<string, unknown[]> = {};
  for (const name of names) dump[name] = comparable(await db.getAll(name)) as unknown[];
  return dump;
}

/** `value` with every ArrayBuffer as a byte array: toEqual does not look inside ArrayBuffers. */
export function comparable(value: unknown): unknown {
  if (value instanceof ArrayBuffer) return { arrayBuffer: Array.from(new Uint8Array(value)) };
  if (Array.isArray(value)) return value.map(comparable);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, each]) => [key, comparable(each)]));
  }
  return value;
}
