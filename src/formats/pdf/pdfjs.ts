// The part of pdf.js that the PDF reader uses, named here so that the library's types do not
// depend on pdf.js's: what `import * as pdfjs from 'pdfjs-dist'` gives fits these shapes.

/**
 * The part of pdf.js that {@link fromPdf} uses: what `import * as pdfjs from 'pdfjs-dist'` (or its
 * `legacy/build/pdf.mjs`) gives. Pass it as the `pdfjs` option when your app loads pdf.js itself.
 * @category Formats
 */
export interface PdfJs {
  /** Opens a PDF. */
  getDocument(source: {
    data: Uint8Array;
    isEvalSupported?: boolean;
    disableFontFace?: boolean;
    useSystemFonts?: boolean;
    verbosity?: number;
  }): { readonly promise: Promise<PdfJsDocument>; destroy(): Promise<void> };
  /** pdf.js's operator codes. */
  readonly OPS: PdfJsOps;
}

/**
 * The part of a PDF opened by pdf.js that {@link fromPdf} uses.
 * @category Formats
 */
export interface PdfJsDocument {
  /** How many pages it has. */
  readonly numPages: number;
  /** A page, by its 1-based number. */
  getPage(number: number): Promise<PdfJsPage>;
}

/**
 * The members of a pdf.js page that {@link fromPdf} uses.
 * @category Formats
 */
export interface PdfJsPage {
  /** The page's box: `[x0, y0, x1, y1]` in PDF units. */
  readonly view: readonly number[];
  getTextContent(): Promise<{ readonly items: readonly unknown[] }>;
  getOperatorList(): Promise<{ readonly fnArray: ArrayLike<number>; readonly argsArray: readonly unknown[] }>;
  cleanup(): unknown;
}

/**
 * The operator codes of pdf.js that {@link fromPdf} reads to find the lines a page draws (pdf.js's `OPS`).
 * @category Formats
 */
export interface PdfJsOps {
  readonly save: number;
  readonly restore: number;
  readonly transform: number;
  readonly constructPath: number;
  readonly stroke: number;
  readonly closeStroke: number;
  readonly fill: number;
  readonly eoFill: number;
  readonly fillStroke: number;
  readonly eoFillStroke: number;
  readonly closeFillStroke: number;
  readonly closeEOFillStroke: number;
  readonly paintImageXObject: number;
  readonly paintInlineImageXObject: number;
  readonly paintImageMaskXObject: number;
}
