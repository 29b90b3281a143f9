import type { IssueBase, IssueUnion } from '../../model/Issue.js';
import type { RuleIssueParams } from '../../rules/builtInRules.js';
import type { CheckIssueParams } from '../../rules/checkIssues.js';
import type { SchemaIssueParams } from '../../schema/issues.js';
import type { CsvIssueParams } from '../csv/issues.js';
import type { JsonIssueParams } from '../json/issues.js';
import type { ImportIssueParams } from '../document/issues.js';

/**
 * The typed `params` of every issue code of the library, keyed by code: the codes each area
 * declares beside the code that raises them, put together.
 * @category Issues
 *
 * @remarks Issue codes and their params are API: they change only with a changeset. The areas:
 * {@link JsonIssueParams} (`json.*`), {@link SchemaIssueParams} (`schema.*`),
 * {@link ImportIssueParams} (`import.*`), {@link CsvIssueParams} (`csv.*`),
 * {@link CheckIssueParams} (`check.*`) and {@link RuleIssueParams} (the built-in rules).
 */
export type IssueParamsByCode = JsonIssueParams &
  SchemaIssueParams &
  ImportIssueParams &
  CsvIssueParams &
  CheckIssueParams &
  RuleIssueParams;

/**
 * The stable code of an issue, such as `schema.invalid_format`. Codes are API.
 * @category Issues
 */
export type IssueCode = keyof IssueParamsByCode & string;

/**
 * An issue with the typed params of its code.
 * @category Issues
 *
 * @typeParam C - The issue's code.
 */
export type IssueOf<C extends IssueCode> = IssueBase<C, IssueParamsByCode[C]>;

/**
 * A problem found in an input or a plan, as data.
 * @category Issues
 *
 * @remarks
 * Every part of the library reports problems in this one shape: a union discriminated on `code`,
 * so `if (issue.code === 'schema.invalid_format') issue.params.format` is typed. Messages are
 * for people; programs should read `code`, `path`, `params` and `location`.
 */
export type Issue = IssueUnion<IssueParamsByCode>;
