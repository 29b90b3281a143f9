import { defineIssues, type IssueFactory } from '../../_lib/defineIssues.js';
import type { IssueUnion } from '../../model/Issue.js';

/**
 * The params of each issue code that reading a PDF reports (`pdf.*`), beside the `import.*` codes
 * of reading the plan in it. The keys of this interface are the codes.
 * @category Formats
 *
 * @remarks Issue codes and their params are API: they change only with a changeset.
 */
export interface PdfIssueParams {
  /** The file is not a PDF; no plan was read. */
  readonly 'pdf.not_a_pdf': {
    /** What the file is, as far as its first bytes tell. */
    readonly detail: string;
  };
  /** The PDF needs a password to open; no plan was read. */
  readonly 'pdf.password_protected': Record<string, never>;
  /** The PDF is damaged: pdf.js cannot read its structure, or a page of it; no plan was read. */
  readonly 'pdf.damaged': {
    /** What is wrong, as pdf.js says it. */
    readonly detail: string;
    /** The 1-based page that could not be read, when one page was the trouble. */
    readonly page?: number;
  };
  /** The PDF has more pages than the reader reads (`maxPages`); no plan was read. */
  readonly 'pdf.too_large': {
    /** How many pages it has. */
    readonly pages: number;
    /** How many the reader reads. */
    readonly limit: number;
  };
  /**
   * The PDF has no text to read: its pages are pictures (a scan) or blank. No plan was read; run
   * optical character recognition (OCR) on it first.
   */
  readonly 'pdf.no_text': {
    /** How many pages it has. */
    readonly pages: number;
    /** How many of them paint a picture. */
    readonly pictures: number;
  };
  /** Some pages have no text, only pictures (scanned pages): their content could not be read. */
  readonly 'pdf.pages_without_text': {
    /** The 1-based numbers of those pages. */
    readonly pages: readonly number[];
  };
  /** A page shows more runs of text than are read: the rest of the page was left out. */
  readonly 'pdf.limit_reached': {
    /** The 1-based page. */
    readonly page: number;
    /** How many runs of text a page may have. */
    readonly runs: number;
  };
  /** pdf.js, which reads PDFs, could not be loaded: it is an optional peer dependency to install. */
  readonly 'pdf.reader_missing': {
    /** Why it could not be loaded. */
    readonly detail: string;
  };
}

/**
 * An issue that reading a PDF reports (`pdf.*`).
 * @category Formats
 */
export type PdfIssue = IssueUnion<PdfIssueParams>;

const pagesText = (pages: readonly number[]): string =>
  pages.length === 1 ? `page ${pages[0]}` : `pages ${pages.slice(0, -1).join(', ')} and ${pages[pages.length - 1]}`;

/** Builds an issue that reading a PDF reports (`pdf.*`), with the severity and message its code declares here. */
export const pdfIssue: IssueFactory<PdfIssueParams> = defineIssues<PdfIssueParams>({
  'pdf.not_a_pdf': { severity: 'error', message: (p) => `The file is not a PDF: ${p.detail}.` },
  'pdf.password_protected': {
    severity: 'error',
    message: () =>
      'The PDF is protected by a password, so it cannot be read: open it with the password and save a copy without one.',
  },
  'pdf.damaged': {
    severity: 'error',
    message: (p) => `The PDF is damaged${p.page === undefined ? '' : ` (page ${p.page})`}: ${p.detail}.`,
  },
  'pdf.too_large': {
    severity: 'error',
    message: (p) =>
      `The PDF has ${p.pages} pages, more than the ${p.limit} read (raise the maxPages option to read it).`,
  },
  'pdf.no_text': {
    severity: 'error',
    message: (p) =>
      p.pictures > 0
        ? `The PDF has no text to read: its ${p.pages === 1 ? 'page is a picture' : 'pages are pictures'}, as a scan is. Run optical character recognition (OCR) on it first, then read the result.`
        : `The PDF has no text to read: its ${p.pages === 1 ? 'page is' : 'pages are'} blank.`,
  },
  'pdf.pages_without_text': {
    severity: 'warning',
    message: (p) =>
      `${pagesText(p.pages).replace(/^p/, 'P')} ${p.pages.length === 1 ? 'has' : 'have'} no text, only pictures (scanned pages?): what ${p.pages.length === 1 ? 'it shows' : 'they show'} could not be read; run optical character recognition (OCR) on the PDF to read ${p.pages.length === 1 ? 'it' : 'them'}.`,
  },
  'pdf.limit_reached': {
    severity: 'warning',
    message: (p) =>
      `Page ${p.page} shows more than ${p.runs} runs of text: only the first ${p.runs} were read, and the rest of the page was left out.`,
  },
  'pdf.reader_missing': {
    severity: 'error',
    message: (p) =>
      `PDFs are read with pdf.js, which could not be loaded (${p.detail}): install it with \`npm install pdfjs-dist@5\`, or pass it as the pdfjs option.`,
  },
});
