// Files embedded in a PDF (Factur-X / ZUGFeRD / XRechnung XML among them). pdf.js lists the
// catalog's EmbeddedFiles name tree, where those standards require the XML next to its /AF entry.
// Count and total size are capped so a hostile PDF cannot fill memory with attachments.
import type { PDFDocumentProxy } from 'pdfjs-dist';

export interface EmbeddedAttachment {
  /** Base name for display, e.g. "factur-x.xml". */
  readonly filename: string;
  readonly description: string;
  readonly bytes: Uint8Array;
}

export interface AttachmentLimits {
  readonly maxCount: number;
  readonly maxTotalBytes: number;
}

export const defaultAttachmentLimits: AttachmentLimits = {
  maxCount: 50,
  maxTotalBytes: 20 * 1024 * 1024,
};

/** XML first, so an e-invoice is read even when other attachments use up the budget. */
export function attachmentOrder(filenames: readonly string[]): number[] {
  const isXml = (name: string) => /\.xml$/i.test(name);
  return filenames
    .map((name, index) => ({ index, xml: isXml(name) }))
    .sort((a, b) => Number(b.xml) - Number(a.xml) || a.index - b.index)
    .map(({ index }) => index);
}

export async function readAttachments(
  document: PDFDocumentProxy,
  limits: AttachmentLimits = defaultAttachmentLimits,
): Promise<EmbeddedAttachment[]> {
  const listed = await document.getAttachments();
  if (!listed) return [];
  const entries = [...listed.entries()];
  const found: EmbeddedAttachment[] = [];
  let totalBytes = 0;
  for (const index of attachmentOrder(entries.map(([, entry]) => entry.filename))) {
    if (found.length >= limits.maxCount) break;
    const [id, entry] = entries[index] ?? [];
    if (id === undefined || !entry) continue;
    // Older pdf.js versions deliver the bytes with the listing; v6 reads them on request.
    const bytes = entry.content ?? (await document.getAttachmentContent(id).catch(() => null));
    if (!bytes || totalBytes + bytes.byteLength > limits.maxTotalBytes) continue;
    totalBytes += bytes.byteLength;
    // A view into a larger buffer is copied, so transferring it never takes pdf.js's data along.
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    found.push({
      filename: entry.filename,
      description: entry.description,
      bytes: own ? bytes : bytes.slice(),
    });
  }
  return found;
}
