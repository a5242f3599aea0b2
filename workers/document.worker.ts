// Document worker: wires comlink to the page pipeline (PDF text layer, renders, image decoding,
// preparation for OCR); holds the documents it opened; every failure comes back as data.
import * as Comlink from 'comlink';
import { toDocumentErrorInfo } from '../src/domain/document-error.ts';
import { openPageDocument, type PageDocument } from '../src/pipeline/page-document.ts';
import type {
  DocumentHandle,
  DocumentPage,
  DocumentWorkerApi,
  OpenedDocument,
} from './document-protocol.ts';

const documents = new Map<DocumentHandle, PageDocument>();
let nextHandle = 1;

const api: DocumentWorkerApi = {
  async open(request) {
    try {
      const document = await openPageDocument(request);
      const handle = nextHandle++;
      documents.set(handle, document);
      const value: OpenedDocument = {
        handle,
        pageCount: document.pageCount,
        attachments: document.attachments,
      };
      return Comlink.transfer(
        { ok: true, value },
        buffers(value.attachments.map((file) => file.bytes.buffer)),
      );
    } catch (error) {
      return { ok: false, error: toDocumentErrorInfo(error, 'Opening the document') };
    }
  },

  async page(request) {
    const document = documents.get(request.handle);
    if (!document) {
      return { ok: false, error: { code: 'internal', message: 'This document is not open.' } };
    }
    try {
      const value = await document.page(request);
      return Comlink.transfer({ ok: true, value }, pageBuffers(value));
    } catch (error) {
      return { ok: false, error: toDocumentErrorInfo(error, `Reading page ${request.index + 1}`) };
    }
  },

  async close(handle) {
    const document = documents.get(handle);
    documents.delete(handle);
    await document?.close();
  },
};

function pageBuffers(page: DocumentPage): ArrayBuffer[] {
  const list: ArrayBufferLike[] = [page.display.bytes];
  if (page.kind !== 'text') list.push(page.prepared.image.data.buffer);
  return buffers(list);
}

/** Each buffer once (a list with a buffer twice cannot be transferred), shared memory never. */
function buffers(list: readonly ArrayBufferLike[]): ArrayBuffer[] {
  return [...new Set(list)].filter((buffer) => buffer instanceof ArrayBuffer);
}

Comlink.expose(api);
