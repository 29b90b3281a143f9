/**
 * Reading action plans from Word documents (`.docx`). A subpath of its own,
 * `action-plan-kit/docx`, so that apps that do not read Word documents do not carry its ZIP and
 * XML readers.
 *
 * @packageDocumentation
 * @mergeModuleWith <project>
 */

export {
  fromDocx,
  type DocumentIssue,
  type DocumentIssueParams,
  type DocumentKind,
  type FromDocxOptions,
} from './formats/docx/fromDocx.js';
