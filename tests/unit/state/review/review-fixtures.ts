// A stored document with a result and one page of words, as the review session finds it.
import { storeNewDocument } from '../../../../src/db/documents.ts';
import { putPageModel } from '../../../../src/db/page-models.ts';
import { putPages } from '../../../../src/db/pages.ts';
import { putResult } from '../../../../src/db/results.ts';
import type { AppDatabase } from '../../../../src/db/database.ts';
import type { ExtractionResult } from '../../../../src/domain/document.ts';
import type { DocumentId } from '../../../../src/domain/ids.ts';
import type { PageWord } from '../../../../src/domain/page-model.ts';
import { newCapture, page } from '../../db/factories.ts';

/** The words of the test page, in reading order; index = position here. */
export const pageWords = [
  'Invoice',
  'R-2025-001',
  '15.03.2024',
  'Nordlicht',
  'Papier',
  'GmbH',
  'EUR',
  '1.234,56',
  'Germany',
] as const;

function word(text: string, index: number): PageWord {
  const x0 = 100 + (index % 3) * 300;
  const y0 = 100 + Math.floor(index / 3) * 60;
  const box = { x0, y0, x1: x0 + 200, y1: y0 + 24 };
  return {
    text,
    box,
    norm: { x0: box.x0 / 1000, y0: box.y0 / 1400, x1: box.x1 / 1000, y1: box.y1 / 1400 },
    confidence: 0.95,
    line: Math.floor(index / 3),
    block: 0,
  };
}

export function modelResult(documentId: DocumentId): ExtractionResult {
  return {
    documentId,
    source: 'model',
    invoice: {
      invoiceNumber: 'R-2025-001',
      issueDate: '2024-03-15',
      currency: 'EUR',
      seller: { name: 'Nordlicht' },
      totals: { netTotal: '100.00', taxTotal: '19.00', grossTotal: '119.00' },
      vatBreakdown: [{ category: 'S', rate: '19', taxableAmount: '100.00', taxAmount: '19.00' }],
      lines: [
        { name: 'Paper A4 recycled', quantity: '10', unitPrice: '5.00', lineTotal: '50.00' },
        { name: 'Ring binders', quantity: '5', unitPrice: '10.00', lineTotal: '50.00' },
      ],
    },
    evidence: {
      invoiceNumber: { page: 0, boxes: [word('R-2025-001', 1).norm], confidence: 0.97 },
      'seller.name': { page: 0, boxes: [word('Nordlicht', 3).norm], confidence: 0.55 },
      'lines[1].lineTotal': { page: 0, boxes: [word('x', 8).norm], confidence: 0.9 },
    },
    findings: [
      {
        ruleId: 'XML-VS-PAGE',
        severity: 'warning',
        message: 'kept as stored',
        fields: ['invoiceNumber'],
      },
    ],
    createdAt: 1,
  };
}

export async function storedDocument(
  db: AppDatabase,
  content = 'review',
  withResult = true,
): Promise<DocumentId> {
  const capture = await newCapture(content);
  await storeNewDocument(db, capture);
  const id = capture.document.id;
  await putPages(db, [page(id, 0, true, true)]);
  await putPageModel(db, {
    documentId: id,
    index: 0,
    width: 1000,
    height: 1400,
    rotation: 0,
    source: 'text-layer',
    words: pageWords.map(word),
    timings: {},
  });
  if (withResult) await putResult(db, modelResult(id));
  return id;
}
