import { defineIssues, type IssueFactory } from '../../_lib/defineIssues.js';
import type { IssueUnion } from '../../model/Issue.js';

/**
 * The formats {@link readActionPlan} tells apart and reads a plan from.
 * @category Formats
 *
 * @remarks `json` is canonical JSON (`action-plan/1`), `csv` the columns of {@link toCsv}, `text`
 * the published text {@link fromPublishedText} reads, `html` a web page or an office suite's HTML,
 * `docx` a Word document, `odt` an OpenDocument text and `pdf` a PDF.
 */
export type SourceFormat = 'json' | 'csv' | 'text' | 'html' | 'docx' | 'odt' | 'pdf';

/** How each format is named in messages. */
export const SOURCE_FORMAT_NAMES: Readonly<Record<SourceFormat, string>> = {
  json: 'JSON',
  csv: 'CSV',
  text: 'text',
  html: 'HTML',
  docx: 'a Word document (.docx)',
  odt: 'an OpenDocument text (.odt)',
  pdf: 'a PDF',
};

/**
 * The params of each issue code that {@link readActionPlan} reports about the input as a whole
 * (`read.*`), before any reader reads it. The keys of this interface are the codes.
 * @category Formats
 *
 * @remarks Issue codes and their params are API: they change only with a changeset.
 */
export interface ReadIssueParams {
  /**
   * The input is no plan in any format the library reads: a picture, an archive, a spreadsheet, an
   * older Office file, or bytes that are no text at all.
   */
  readonly 'read.not_a_plan': {
    /**
     * What it is, when its first bytes say: "a PNG image", "a ZIP archive that is not a Word or
     * OpenDocument file", "a PDF decoded as text". Absent for bytes that are neither text nor a known kind of file.
     */
    readonly kind?: string;
    /** What to do instead, when there is something to say. */
    readonly hint?: string;
  };
  /** The bytes are text, but not UTF-8 (nor UTF-16 with a byte order mark): read, it would show wrong letters. */
  readonly 'read.not_utf8': {
    /** The 0-based offset of the first byte that is not UTF-8. */
    readonly offset: number;
  };
  /** The text is CSV whose fields are separated by semicolons, as some spreadsheets save it. */
  readonly 'read.semicolon_separated': Record<string, never>;
  /**
   * The file's name or media type says one format, its content another: the content wins, and the
   * input was read as what it holds.
   */
  readonly 'read.format_mismatch': {
    /** The name or media type as given. */
    readonly given: string;
    /** The format the name or media type stands for. */
    readonly named: SourceFormat;
    /** The format of the content, which it was read as. */
    readonly found: SourceFormat;
  };
  /**
   * A reader failed on the input instead of reporting its issues: a fault of the library, reported
   * rather than thrown.
   */
  readonly 'read.reader_failed': {
    /** The format whose reader failed. */
    readonly format: SourceFormat;
    /** What it said. */
    readonly error: string;
  };
}

/**
 * An issue that {@link readActionPlan} reports about the input as a whole (`read.*`).
 * @category Formats
 */
export type ReadIssue = IssueUnion<ReadIssueParams>;

/** Builds an issue about the input as a whole (`read.*`), with the severity and message its code declares here. */
export const readIssue: IssueFactory<ReadIssueParams> = defineIssues<ReadIssueParams>({
  'read.not_a_plan': {
    severity: 'error',
    message: (p) =>
      `Not a plan: ${p.kind ?? 'bytes that are neither text nor a document the library reads'}${p.hint === undefined ? '' : `; ${p.hint}`}.`,
  },
  'read.not_utf8': {
    severity: 'error',
    message: (p) =>
      `The text is not UTF-8 (byte ${p.offset + 1} is not; it may be Windows-1252 or Latin-1): save it with the encoding UTF-8, then read it again.`,
  },
  'read.semicolon_separated': {
    severity: 'error',
    message: () => "The CSV uses ';' between fields: save it with commas (CSV, comma-separated), then read it again.",
  },
  'read.format_mismatch': {
    severity: 'warning',
    message: (p) =>
      `"${p.given}" names ${SOURCE_FORMAT_NAMES[p.named]}, but the content is ${SOURCE_FORMAT_NAMES[p.found]}: it was read as ${SOURCE_FORMAT_NAMES[p.found]}.`,
  },
  'read.reader_failed': {
    severity: 'error',
    message: (p) =>
      `Reading the input as ${SOURCE_FORMAT_NAMES[p.format]} failed (${p.error}): a fault of the library, please report it.`,
  },
});
