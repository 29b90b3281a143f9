import { functionOption, optionTypeError } from '../../_lib/options.js';
import { pathName } from '../../_lib/text.js';
import type { IssueBase, IssuePath, Severity, SourceLocation } from '../../model/Issue.js';
import type { Rule } from '../../model/Rule.js';
import { builtInRules } from '../../rules/builtInRules.js';
import { locationOf, readIssue } from './_internal/readIssue.js';

/**
 * Options for {@link toSarif}.
 * @category Issues
 */
export interface SarifOptions {
  /** The URI of the plan file the issues are about, as CI systems expect it (usually a path relative to the repository). */
  readonly uri: string;
  /** Rules added to the check, so their descriptions appear in the SARIF log. */
  readonly extraRules?: readonly Rule[];
  /**
   * Finds where a path of the plan stands in the file, for issues that carry no `location` of
   * their own (such as rule findings): pass the `locate` of the reader's result. An issue's own
   * `location` always wins; an issue located by neither points at the file as a whole.
   */
  readonly locate?: (path: IssuePath) => SourceLocation | undefined;
}

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** A rule as the SARIF log describes it: texts that are not text are left out or named by the code. */
function describeRule(rule: Pick<Rule, 'code' | 'description' | 'fix' | 'severity'>): {
  id: string;
  description: string;
  fix?: string;
  level: Severity;
} {
  const level: unknown = rule.severity;
  const descriptor: { id: string; description: string; fix?: string; level: Severity } = {
    id: rule.code,
    description: typeof rule.description === 'string' ? rule.description : `Issues with the code ${rule.code}.`,
    level: level === 'warning' || level === 'info' ? level : 'error',
  };
  if (typeof rule.fix === 'string') descriptor.fix = rule.fix;
  return descriptor;
}

/**
 * A SARIF region: the lines and columns of a location that are known, and the page of a source
 * with pages in the region's property bag (SARIF has no field for it).
 */
function region(where: SourceLocation): Record<string, number | { page: number }> {
  const out: Record<string, number | { page: number }> = { startLine: where.line };
  if (where.column !== undefined) out['startColumn'] = where.column;
  if (where.endLine !== undefined) out['endLine'] = where.endLine;
  if (where.endColumn !== undefined) out['endColumn'] = where.endColumn;
  if (where.page !== undefined) out['properties'] = { page: where.page };
  return out;
}

/**
 * A result's message: the issue's, and for a source with pages where it is, since a region's line
 * counts from the top of its page and viewers show no page.
 */
function messageOf(message: string, where: SourceLocation | undefined): string {
  return where?.page === undefined ? message : `${message} (page ${where.page}, line ${where.line})`;
}

/**
 * Writes issues as a SARIF 2.1.0 log, so CI systems can annotate a plan file.
 * @category Issues
 *
 * @remarks
 * One run whose tool driver, `action-plan-kit`, lists every built-in rule (with its description,
 * fix and default level), the `extraRules` given, and any other code the issues carry (such as
 * validation codes). One result per issue, in order: its code as `ruleId`, its level (`info`
 * becomes `note`), its message, the file `uri`, the path in the plan as a logical location, and a
 * region (lines and columns) from the issue's `location` or, failing that, from `locate`. The output is deterministic JSON text.
 *
 * A location in a source with pages (a PDF) has its line counted from the top of its page, and
 * SARIF has no field for a page: the region keeps the line and columns on the page and holds the
 * page in its property bag (`region.properties.page`), and the result's message, which every
 * SARIF viewer shows, ends with where it is: "(page 3, line 22)".
 *
 * Any array is accepted, whatever its items hold: an issue of a rule of your own, or a value
 * shaped roughly like an issue (a path given as one text, or none; a message that is not text; a
 * severity that is none of the three, which counts as an error) gives a result as plain as it can
 * be, never a throw.
 *
 * @param issues - Issues from {@link checkActionPlan}, {@link parseActionPlan} or any reader.
 * @param options - The file's `uri`; optionally `extraRules` and `locate`.
 * @returns The SARIF log as JSON text.
 * @throws {TypeError} When `issues` is not an array, `options` is not an object, `uri` is not a
 * string, `extraRules` is not an array of rules or `locate` is not a function: a mistake in the
 * calling code, never a fault of the issues.
 *
 * @example
 * ```ts
 * import { toSarif } from 'action-plan-kit';
 * const sarif = JSON.parse(toSarif([], { uri: 'plans/sfo-2024-25.json' }));
 * sarif.version //=> '2.1.0'
 * sarif.runs[0].tool.driver.rules.length //=> 20
 * ```
 */
export function toSarif(issues: readonly IssueBase[], options: SarifOptions): string {
  if (typeof options !== 'object' || options === null)
    throw optionTypeError('toSarif', 'options', 'an object', options);
  if (typeof options.uri !== 'string') throw optionTypeError('toSarif', 'options.uri', 'a string', options.uri);
  if (!Array.isArray(issues)) throw optionTypeError('toSarif', 'issues', 'an array of issues', issues);
  if (options.extraRules !== undefined && !Array.isArray(options.extraRules)) {
    throw optionTypeError('toSarif', 'options.extraRules', 'an array of rules', options.extraRules);
  }
  functionOption('toSarif', 'options.locate', options.locate);
  const descriptors: { id: string; description: string; fix?: string; level: Severity }[] =
    builtInRules.map(describeRule);
  (options.extraRules ?? []).forEach((rule: unknown, i) => {
    if (typeof rule !== 'object' || rule === null || typeof (rule as Rule).code !== 'string') {
      throw optionTypeError('toSarif', `options.extraRules[${i}]`, 'a rule (an object with a code)', rule);
    }
    descriptors.push(describeRule(rule as Rule));
  });
  const index = new Map(descriptors.map((descriptor, i) => [descriptor.id, i]));
  const shown = (issues as readonly unknown[]).map(readIssue);
  for (const issue of shown) {
    if (!index.has(issue.code)) {
      index.set(issue.code, descriptors.length);
      descriptors.push({ id: issue.code, description: `Issues with the code ${issue.code}.`, level: issue.severity });
    }
  }
  const rules = descriptors.map((d) => ({
    id: d.id,
    shortDescription: { text: d.description },
    ...(d.fix === undefined ? {} : { help: { text: d.fix } }),
    defaultConfiguration: { level: LEVEL[d.level] },
  }));
  const results = shown.map((issue) => {
    const where = issue.location ?? locationOf(options.locate?.(issue.path));
    return {
      ruleId: issue.code,
      ruleIndex: index.get(issue.code),
      level: LEVEL[issue.severity],
      message: { text: messageOf(issue.message, where) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: options.uri },
            ...(where === undefined ? {} : { region: region(where) }),
          },
          ...(issue.path.length === 0
            ? {}
            : { logicalLocations: [{ fullyQualifiedName: pathName(issue.path), kind: 'member' }] }),
        },
      ],
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'action-plan-kit', rules } }, results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
