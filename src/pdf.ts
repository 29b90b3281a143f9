/**
 * Reading action plans from PDF, the form in which most plans are published. A subpath of its
 * own, `action-plan-kit/pdf`, so that apps that do not read PDFs carry none of it; pdf.js
 * (`pdfjs-dist` 5.x), which reads the PDF itself, is an optional peer dependency, installed only
 * by apps that read PDFs.
 *
 * @packageDocumentation
 * @mergeModuleWith <project>
 */

export {
  fromPdf,
  type FromPdfOptions,
  type PdfIssue,
  type PdfIssueParams,
  type PdfJs,
  type PdfJsDocument,
  type PdfJsOps,
  type PdfJsPage,
} from './formats/pdf/fromPdf.js';
