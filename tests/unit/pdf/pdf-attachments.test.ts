// Embedded files: XML first, count and total size capped against hostile PDFs.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { describe, expect, it } from 'vitest';
import { attachmentOrder, readAttachments } from '../../../src/pipeline/pdf-attachments.ts';

/** The two calls readAttachments makes, answered from a list of files. */
function fakeDocument(files: { name: string; size: number }[]) {
  const requested: string[] = [];
  const listing = new Map(
    files.map((file, index) => [
      `id${index}`,
      { filename: file.name, rawFilename: file.name, description: '' },
    ]),
  );
  const document = {
    getAttachments: async () => (files.length > 0 ? listing : null),
    getAttachmentContent: async (id: string) => {
      requested.push(id);
      const file = files[Number(id.slice(2))];
      if (!file) throw new Error('missing');
      // A view into a larger buffer, as a parser might hand it out.
      return new Uint8Array(new ArrayBuffer(file.size + 10), 5, file.size);
    },
  };
  return { document: document as unknown as PDFDocumentProxy, requested };
}

describe('attachmentOrder', () => {
  it('puts XML files first and keeps the order otherwise', () => {
    expect(attachmentOrder(['a.pdf', 'factur-x.xml', 'b.png', 'Other.XML'])).toEqual([1, 3, 0, 2]);
  });
});

describe('readAttachments', () => {
  it('returns nothing for a PDF without embedded files', async () => {
    expect(await readAttachments(fakeDocument([]).document)).toEqual([]);
  });

  it('reads XML first and copies bytes out of larger buffers', async () => {
    const { document } = fakeDocument([
      { name: 'photo.jpg', size: 100 },
      { name: 'factur-x.xml', size: 50 },
    ]);
    const files = await readAttachments(document);
    expect(files.map((file) => file.filename)).toEqual(['factur-x.xml', 'photo.jpg']);
    expect(files[0]?.bytes.byteLength).toBe(50);
    expect(files[0]?.bytes.buffer.byteLength).toBe(50);
  });

  it('skips files beyond the total size and stops at the count limit', async () => {
    const { document, requested } = fakeDocument([
      { name: 'huge.bin', size: 900 },
      { name: 'invoice.xml', size: 200 },
      { name: 'a.txt', size: 10 },
      { name: 'b.txt', size: 10 },
    ]);
    const files = await readAttachments(document, { maxCount: 2, maxTotalBytes: 1000 });
    expect(files.map((file) => file.filename)).toEqual(['invoice.xml', 'a.txt']);
    expect(requested).toEqual(['id1', 'id0', 'id2']);
  });
});
