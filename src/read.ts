/**
 * Reading an action plan from any file: `readActionPlan` tells the format by the content and
 * reads it with the reader of that format. The subpath `action-plan-kit/read` keeps the main
 * entry small: the document readers come only with it (and pdf.js, for PDFs, only when a PDF comes).
 *
 * @packageDocumentation
 * @mergeModuleWith <project>
 */

export {
  readActionPlan,
  type ReadActionPlanOptions,
  type ReadActionPlanIssue,
  type ReadActionPlanResult,
  type DocumentIssue,
  type DocumentIssueParams,
  type DocumentKind,
  type PdfIssue,
  type PdfIssueParams,
} from './formats/read/readActionPlan.js';
export type { ReadIssue, ReadIssueParams, SourceFormat } from './formats/read/issues.js';
