// pdf.js ships no types for its parser bundle; pdf-open only hands its WorkerMessageHandler back to pdf.js.
declare module 'pdfjs-dist/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: unknown;
}
