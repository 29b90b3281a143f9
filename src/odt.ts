/**
 * Reading action plans from OpenDocument texts (`.odt`). A subpath of its own,
 * `action-plan-kit/odt`, so that apps that do not read OpenDocument files do not carry its ZIP
 * and XML readers.
 *
 * @packageDocumentation
 * @mergeModuleWith <project>
 */

export {
  fromOdt,
  type DocumentIssue,
  type DocumentIssueParams,
  type DocumentKind,
  type FromOdtOptions,
} from './formats/odt/fromOdt.js';
