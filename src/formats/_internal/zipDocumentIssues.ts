import { defineIssues, type IssueFactory } from '../../_lib/defineIssues.js';
import { plural } from '../../_lib/text.js';
import type { IssueUnion } from '../../model/Issue.js';

/**
 * What a file given to `fromDocx` or `fromOdt` turned out to be, when it is not the document that
 * reader reads: `zip` a ZIP archive that is no Word or OpenDocument file, `docx` a Word document,
 * `odt` an OpenDocument text, `odf` another OpenDocument file (a spreadsheet, a presentation),
 * `ooxml` another Office Open XML file (an Excel workbook, a PowerPoint presentation), `doc` an
 * old binary Word document, `pdf` a PDF file, `other` anything else.
 * @category Formats
 */
export type DocumentKind = 'zip' | 'docx' | 'odt' | 'odf' | 'ooxml' | 'doc' | 'pdf' | 'other';

/**
 * The params of each issue code that reading a Word or OpenDocument file reports (`document.*`),
 * beside the `import.*` codes of reading the plan in it. The keys of this interface are the codes.
 * @category Formats
 *
 * @remarks Issue codes and their params are API: they change only with a changeset.
 */
export interface DocumentIssueParams {
  /** The file is not the kind of document the reader reads; no plan was read. */
  readonly 'document.not_a_document': {
    /** What the file is. */
    readonly found: DocumentKind;
    /** What the reader reads: `docx` or `odt`. */
    readonly expected: 'docx' | 'odt';
    /** More about what was found (an OpenDocument file's media type, say). */
    readonly detail: string;
  };
  /** The document is encrypted with a password; no plan was read. */
  readonly 'document.password_protected': {
    /** What the reader reads: `docx` or `odt`. */
    readonly expected: 'docx' | 'odt';
  };
  /** The file is damaged: its ZIP archive or the XML inside cannot be read; no plan was read. */
  readonly 'document.damaged': {
    /** The part of the archive concerned (`word/document.xml`), or `''` for the archive itself. */
    readonly part: string;
    /** What is wrong. */
    readonly detail: string;
    /** The 1-based line in the part's XML, for XML that is not well-formed. */
    readonly xmlLine?: number;
    /** The 1-based column in the part's XML. */
    readonly xmlColumn?: number;
  };
  /** The document is larger than the reader reads, or inflates out of all proportion (a ZIP bomb); no plan was read. */
  readonly 'document.too_large': {
    /** What exceeded which limit. */
    readonly detail: string;
  };
  /** Part of a table was left out because it passed a limit (a row repeated thousands of times, a row wider than 1,024 columns). */
  readonly 'document.limit_reached': {
    /** What was cut short. */
    readonly what: string;
    /** The 1-based line (paragraph or row) where it was. */
    readonly line: number;
  };
  /**
   * The document holds tracked changes not yet accepted or rejected: it was read as it would
   * print, with insertions kept and deletions left out.
   */
  readonly 'document.tracked_changes': {
    /** How many insertions are pending. */
    readonly insertions: number;
    /** How many deletions are pending. */
    readonly deletions: number;
  };
}

/**
 * An issue that reading a Word or OpenDocument file reports (`document.*`).
 * @category Formats
 */
export type DocumentIssue = IssueUnion<DocumentIssueParams>;

const NAMES = { docx: 'a Word document (.docx)', odt: 'an OpenDocument text (.odt)' } as const;
const READERS = { docx: 'fromDocx', odt: 'fromOdt' } as const;

/** The sentence saying what a file is, when it is not what the reader reads. */
function found(p: DocumentIssueParams['document.not_a_document']): string {
  const expected = NAMES[p.expected];
  switch (p.found) {
    case 'zip':
      return 'The file is a ZIP archive that is not a Word or OpenDocument file';
    case 'docx':
    case 'odt':
      return `The file is ${NAMES[p.found]}, not ${expected}: read it with ${READERS[p.found]}`;
    case 'odf':
      return `The file is an OpenDocument file that is not a text document (${p.detail}), not ${expected}`;
    case 'ooxml':
      return `The file is an Office Open XML file that is not a Word document (${p.detail}), not ${expected}`;
    case 'doc':
      return `The file is an old binary Word document (.doc), which cannot be read: save it as .docx or .odt`;
    case 'pdf':
      return `The file is a PDF file, not ${expected}`;
    default:
      return `The file is not ${expected}: ${p.detail}`;
  }
}

/** Builds an issue that reading a Word or OpenDocument file reports (`document.*`), with the severity and message its code declares here. */
export const documentIssue: IssueFactory<DocumentIssueParams> = defineIssues<DocumentIssueParams>({
  'document.not_a_document': { severity: 'error', message: (p) => `${found(p)}.` },
  'document.password_protected': {
    severity: 'error',
    message: (p) =>
      `The file is ${NAMES[p.expected].replace(/^an? /, 'a password-protected ')}: it is encrypted, so it cannot be read; save a copy without the password.`,
  },
  'document.damaged': {
    severity: 'error',
    message: (p) =>
      `The document is damaged: ${p.part === '' ? '' : `${p.part}: `}${p.detail}${p.xmlLine === undefined ? '' : ` (line ${p.xmlLine}, column ${p.xmlColumn ?? 1} of its XML)`}.`,
  },
  'document.too_large': {
    severity: 'error',
    message: (p) => `The document is too large to read safely: ${p.detail}.`,
  },
  'document.limit_reached': {
    severity: 'warning',
    message: (p) => `Line ${p.line}: part of the document was left out: ${p.what}.`,
  },
  'document.tracked_changes': {
    severity: 'warning',
    message: (p) =>
      `The document has tracked changes not yet accepted or rejected (${plural(p.insertions, 'insertion')}, ${plural(p.deletions, 'deletion')}): it was read as it would print, insertions kept and deletions left out.`,
  },
});
