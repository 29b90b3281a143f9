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
  }): {
    /** The document, once it is open. */
    readonly promise: Promise<PdfJsDocument>;
    /** Closes the document and frees what pdf.js kept of it. */
    destroy(): Promise<void>;
  };
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
  /** The page's text: its items, each a run of text with its transform and width. */
  getTextContent(): Promise<{
    /** The text items (and marked-content items, which carry no text). */
    readonly items: readonly unknown[];
  }>;
  /** The page's drawing operators, for the lines it draws. */
  getOperatorList(): Promise<{
    /** Each operator's code (see {@link PdfJsOps}). */
    readonly fnArray: ArrayLike<number>;
    /** Each operator's arguments. */
    readonly argsArray: readonly unknown[];
  }>;
  /** Frees what pdf.js kept of the page once it is read. */
  cleanup(): unknown;
}

/**
 * The operator codes of pdf.js that {@link fromPdf} reads to find the lines a page draws (pdf.js's `OPS`).
 * @category Formats
 */
export interface PdfJsOps {
  /** Saves the graphics state. */
  readonly save: number;
  /** Restores the graphics state saved last. */
  readonly restore: number;
  /** Changes the coordinates (PDF's `cm`). */
  readonly transform: number;
  /** Draws a path, with the operator that paints it. */
  readonly constructPath: number;
  /** Paints a path's outline. */
  readonly stroke: number;
  /** Closes a path and paints its outline. */
  readonly closeStroke: number;
  /** Fills a path. */
  readonly fill: number;
  /** Fills a path by the even-odd rule. */
  readonly eoFill: number;
  /** Fills a path and paints its outline. */
  readonly fillStroke: number;
  /** Fills a path by the even-odd rule and paints its outline. */
  readonly eoFillStroke: number;
  /** Closes, fills and outlines a path. */
  readonly closeFillStroke: number;
  /** Closes, fills by the even-odd rule and outlines a path. */
  readonly closeEOFillStroke: number;
  /** Paints an image. */
  readonly paintImageXObject: number;
  /** Paints an image written inline. */
  readonly paintInlineImageXObject: number;
  /** Paints an image mask. */
  readonly paintImageMaskXObject: number;
}
