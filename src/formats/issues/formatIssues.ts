import { checkOptionsObject, functionOption } from '../../_lib/options.js';
import type { ActionPlan } from '../../model/ActionPlan.js';
import { categoryLabel } from '../../_lib/categoryLabel.js';
import { pathName, plural } from '../../_lib/text.js';
import type { IssueBase, IssuePath, SourceLocation } from '../../model/Issue.js';

/**
 * Options for {@link formatIssues}.
 * @category Issues
 */
export interface FormatIssuesOptions {
  /** The plan the issues are about: with it, groups and lines name refs, owners and targets as written. */
  readonly plan?: ActionPlan;
  /**
   * Finds where a path of the plan stands in the document it was read from, for issues that carry
   * no `location` of their own (such as rule findings): pass the `locate` of the reader's result,
   * and each issue says its line.
   */
  readonly locate?: (path: IssuePath) => SourceLocation | undefined;
}

/** Where a location starts, in words: "line 12", "page 2, line 12". */
function placeName(where: SourceLocation): string {
  return where.page === undefined ? `line ${where.line}` : `page ${where.page}, line ${where.line}`;
}

/** The group an issue belongs to: the plan, a recommendation, or the stated tally. */
function groupOf(issue: IssueBase, plan: ActionPlan | undefined): string {
  const [top, index] = issue.path;
  if (top === 'recommendations' && typeof index === 'number') {
    const recommendation = plan?.recommendations[index];
    if (recommendation === undefined) return `Recommendation at position ${index + 1}`;
    return `Recommendation ${recommendation.ref} (${categoryLabel(recommendation.agreement)})`;
  }
  if (top === 'statedTally') return 'Stated tally';
  return 'Plan';
}

/** A line naming the action an issue is about, as written in the plan. */
function actionLine(issue: IssueBase, plan: ActionPlan | undefined): string | undefined {
  const [top, r, key, a] = issue.path;
  if (top !== 'recommendations' || key !== 'actions' || typeof r !== 'number' || typeof a !== 'number')
    return undefined;
  const action = plan?.recommendations[r]?.actions[a];
  if (action === undefined) return `action ${a + 1}`;
  const owner = action.owner.trim() === '' ? '(no owner)' : action.owner;
  const target = action.target.raw.trim() === '' ? '(no target date)' : `"${action.target.raw}"`;
  return `action ${a + 1}: ${owner}, ${target}`;
}

/**
 * Writes issues as a readable report, grouped by recommendation.
 * @category Issues
 *
 * @remarks
 * Issues are grouped under the plan, each recommendation (by its ref and category as written) and
 * the stated tally, in the order given. Each line shows the severity, the code and the message;
 * an issue about an action names the action's owner and target date as written, an issue with a
 * place in the document read says its line (from its `location`, or from `locate`), and an issue
 * with evidence quotes the words matched. A closing line counts errors, warnings and notes. Pass
 * the plan to name refs, owners and targets; without it, positions are shown instead.
 *
 * @param issues - Issues from {@link checkActionPlan}, {@link parseActionPlan} or any reader.
 * @param options - The `plan` the issues are about, and `locate` to find their lines.
 * @returns The report, ending with a newline.
 * @throws {TypeError} When `options` or its `plan` is not an object, or `locate` is not a
 * function: a mistake in the calling code, never a fault of the issues.
 *
 * @example
 * ```ts
 * import { checkActionPlan, formatIssues, parseTargetDate, type ActionPlan } from 'action-plan-kit';
 * const plan = {
 *   format: 'action-plan/1',
 *   title: 'Plan',
 *   recommendations: [{
 *     ref: '5',
 *     text: 'Gather evidence that action plans are always being implemented.',
 *     agreement: { category: 'agreed', label: 'Agreed' },
 *     response: [{ type: 'paragraph', text: 'Assurance will be undertaken through local plans.' }],
 *     actions: [{ owner: 'Chief Probation Officer', target: parseTargetDate('Commenced and ongoing') }],
 *   }],
 * } satisfies ActionPlan;
 * formatIssues(checkActionPlan(plan, { rules: { 'agreed.no_timescale': 'off' } }), { plan }).split('\n')
 * //=> ['Recommendation 5 (Agreed)', '  warning  action.not_time_bound  Action 1 of recommendation 5 (Chief Probation Officer) has the target date "Commenced and ongoing", which sets no date (ongoing).', '           at action 1: Chief Probation Officer, "Commenced and ongoing"', '', '0 errors, 1 warning, 0 notes', '']
 * ```
 */
export function formatIssues(issues: readonly IssueBase[], options?: FormatIssuesOptions): string {
  checkOptionsObject('formatIssues', options);
  checkOptionsObject('formatIssues', options?.plan, 'options.plan');
  functionOption('formatIssues', 'options.locate', options?.locate);
  const plan = options?.plan;
  if (issues.length === 0) return 'No issues found.\n';
  const groups = new Map<string, string[]>();
  for (const issue of issues) {
    const group = groupOf(issue, plan);
    const lines = groups.get(group) ?? [];
    groups.set(group, lines);
    const severity = issue.severity.padEnd(7);
    lines.push(`  ${severity}  ${issue.code}  ${issue.message}`);
    const indent = ' '.repeat(11);
    const action = actionLine(issue, plan);
    const where = issue.location ?? options?.locate?.(issue.path);
    const place = where === undefined ? '' : `, ${placeName(where)}`;
    if (action !== undefined) lines.push(`${indent}at ${action}${place}`);
    else if (plan === undefined && issue.path.length > 0) lines.push(`${indent}at ${pathName(issue.path)}${place}`);
    else if (where !== undefined) lines.push(`${indent}at ${placeName(where)}`);
    for (const evidence of issue.evidence ?? []) {
      lines.push(`${indent}evidence: "${evidence.text}" at ${pathName(evidence.path)}`);
    }
  }
  const count = (severity: string): number => issues.filter((issue) => issue.severity === severity).length;
  const body = [...groups].map(([group, lines]) => [group, ...lines].join('\n')).join('\n\n');
  const summary = `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'note')}`;
  return `${body}\n\n${summary}\n`;
}
