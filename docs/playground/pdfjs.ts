// pdf.js for the playground: the library's PDF reader imports `pdfjs-dist/legacy/build/pdf.mjs`,
// and the playground's build puts this module in its place. It loads pdf.js's browser build and
// its worker from the copies beside the page's script, only when the first PDF comes.
import type { PdfJs } from '../../src/pdf.js';

interface PdfJsModule extends PdfJs {
  readonly GlobalWorkerOptions: { workerSrc: string };
}

const folder = new URL('./pdfjs/', import.meta.url);
const pdfjs = (await import(new URL('pdf.min.mjs', folder).href)) as PdfJsModule;
pdfjs.GlobalWorkerOptions.workerSrc = new URL('pdf.worker.min.mjs', folder).href;

export const getDocument: PdfJs['getDocument'] = pdfjs.getDocument;
export const OPS: PdfJs['OPS'] = pdfjs.OPS;
