// Opens a PDF with pdf.js in the calling worker: its parser runs on this thread (no nested worker, as
// CSP allows worker-src 'self' only), and cMaps, standard fonts and wasm come from our own origin.
import type * as Pdfjs from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { DocumentError } from '../domain/document-error.ts';
import type { Limits } from '../domain/limits.ts';
import { NoFilterFactory, OffscreenCanvasFactory } from './pdf-canvas-factory.ts';
import { assertPageCount } from './preview-limits.ts';

type DocumentParameters = Exclude<Parameters<typeof Pdfjs.getDocument>[0], undefined>;

export interface OpenPdfOptions {
  /** For a later password prompt; without it an encrypted PDF fails with code 'encrypted'. */
  readonly password?: string;
}

export interface OpenedPdf {
  readonly document: PDFDocumentProxy;
  /** Frees the document and pdf.js's parser state; always call it. */
  close(): Promise<void>;
}

const corruptMessage = 'This PDF is damaged or incomplete and cannot be opened.';
// Error names, not classes: pdf.js rebuilds exceptions when they cross its message port.
const corruptErrorNames = new Set([
  'InvalidPDFException',
  'ResponseException',
  'MissingPDFException',
  'UnexpectedResponseException',
  'FormatError',
  'UnknownErrorException',
]);
const incorrectPasswordCode = 2;

let pdfjsLoading: Promise<typeof Pdfjs> | undefined;

/** pdf.js loads on first use, so image-only work never pays for it. */
export function loadPdfjs(): Promise<typeof Pdfjs> {
  pdfjsLoading ??= Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs'),
  ]).then(
    ([pdfjs, parser]) => {
      // pdf.js finds its parser here and runs it in this worker instead of spawning another one.
      Object.assign(globalThis, { pdfjsWorker: parser });
      return pdfjs;
    },
    (error: unknown) => {
      pdfjsLoading = undefined;
      throw error;
    },
  );
  return pdfjsLoading;
}

function assetUrl(path: string): string {
  const url = `${import.meta.env.BASE_URL}${path}`;
  // Absolute, so fetches from the worker resolve the same whatever BASE_URL looks like.
  return globalThis.location ? new URL(url, globalThis.location.href).href : url;
}

export async function openPdf(
  bytes: ArrayBuffer,
  limits: Limits,
  options: OpenPdfOptions = {},
): Promise<OpenedPdf> {
  const pdfjs = await loadPdfjs();
  // Workers have a FontFaceSet (self.fonts) in current browsers; where one lacks it, draw glyphs as paths.
  const workerFonts = 'fonts' in globalThis;
  const parameters: DocumentParameters = {
    // pdf.js takes ownership of (detaches) this buffer.
    data: new Uint8Array(bytes),
    password: options.password,
    CanvasFactory: OffscreenCanvasFactory,
    FilterFactory: NoFilterFactory,
    // As in pdf.js's own renderer worker: the worker scope stands in for the document's font set.
    ownerDocument: workerFonts
      ? (globalThis as unknown as DocumentParameters['ownerDocument'])
      : undefined,
    disableFontFace: !workerFonts,
    useWorkerFetch: true,
    cMapUrl: assetUrl('vendor/pdfjs/cmaps/'),
    cMapPacked: true,
    standardFontDataUrl: assetUrl('vendor/pdfjs/standard_fonts/'),
    wasmUrl: assetUrl('vendor/pdfjs/wasm/'),
    enableXfa: false,
    // Embedded images larger than the image limit are skipped rather than decoded.
    maxImageSize: limits.maxImagePixels,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  };
  const task = pdfjs.getDocument(parameters);
  const close = () => task.destroy();
  let document: PDFDocumentProxy;
  try {
    document = await task.promise;
  } catch (error) {
    await close().catch(() => undefined);
    throw toPdfError(error);
  }
  try {
    if (document.numPages < 1) throw new DocumentError('corrupt', corruptMessage);
    assertPageCount('This PDF', document.numPages, limits);
  } catch (error) {
    await close();
    throw error;
  }
  return { document, close };
}

/** pdf.js failures as errors a person understands; anything else passes through unchanged. */
export function toPdfError(error: unknown): unknown {
  if (!(error instanceof Object) || !('name' in error)) return error;
  if (error.name === 'PasswordException') {
    const incorrect = 'code' in error && error.code === incorrectPasswordCode;
    return new DocumentError(
      'encrypted',
      incorrect
        ? 'The password for this PDF is not correct.'
        : 'This PDF is protected by a password. Opening protected PDFs is not supported yet; ' +
            'save a copy without the password and add that instead.',
    );
  }
  if (typeof error.name === 'string' && corruptErrorNames.has(error.name)) {
    return new DocumentError('corrupt', corruptMessage);
  }
  return error;
}
