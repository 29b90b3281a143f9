import { checkOptionsObject, functionOption, optionTypeError } from '../../_lib/options.js';
import type { ActionPlan } from '../../model/ActionPlan.js';
import { categoryLabel } from '../../_lib/categoryLabel.js';
import { pathName, plural } from '../../_lib/text.js';
import type { IssueBase, IssuePath, SourceLocation } from '../../model/Issue.js';
import type { Recommendation } from '../../model/Recommendation.js';
import { locationOf, readIssue, type ShownIssue } from './_internal/readIssue.js';

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

/** A recommendation of the plan at a position, if the plan has one there. */
function recommendationAt(plan: ActionPlan | undefined, index: number): Recommendation | undefined {
  const recommendations: unknown = plan?.recommendations;
  return Array.isArray(recommendations) ? (recommendations[index] as Recommendation | undefined) : undefined;
}

/** A text of the plan as a report shows it, or the fallback when it is blank or not text. */
const written = (value: unknown, fallback: string, quote = false): string =>
  typeof value !== 'string' || value.trim() === '' ? fallback : quote ? `"${value}"` : value;

/** The group an issue belongs to: the plan, a recommendation, or the stated tally. */
function groupOf(issue: ShownIssue, plan: ActionPlan | undefined): string {
  const [top, index] = issue.path;
  if (top === 'recommendations' && typeof index === 'number') {
    const recommendation = recommendationAt(plan, index);
    if (typeof recommendation !== 'object' || recommendation === null) return `Recommendation at position ${index + 1}`;
    const { agreement } = recommendation;
    const answer = typeof agreement === 'object' && agreement !== null ? categoryLabel(agreement) : undefined;
    return `Recommendation ${String(recommendation.ref)} (${answer ?? 'no category stated'})`;
  }
  if (top === 'statedTally') return 'Stated tally';
  return 'Plan';
}

/** A line naming the action an issue is about, as written in the plan. */
function actionLine(issue: ShownIssue, plan: ActionPlan | undefined): string | undefined {
  const [top, r, key, a] = issue.path;
  if (top !== 'recommendations' || key !== 'actions' || typeof r !== 'number' || typeof a !== 'number')
    return undefined;
  const actions: unknown = recommendationAt(plan, r)?.actions;
  const action: unknown = Array.isArray(actions) ? actions[a] : undefined;
  if (typeof action !== 'object' || action === null) return `action ${a + 1}`;
  const { owner, target } = action as { owner?: unknown; target?: { raw?: unknown } };
  return `action ${a + 1}: ${written(owner, '(no owner)')}, ${written(target?.raw, '(no target date)', true)}`;
}

/**
 * Writes issues as a readable report, grouped by recommendation.
 * @category Issues
 *
 * @remarks
 * Issues are grouped under the plan, each recommendation (by its ref and category as written, or
 * "no category stated") and
 * the stated tally, in the order given. Each line shows the severity, the code and the message;
 * an issue about an action names the action's owner and target date as written, an issue with a
 * place in the document read says its line (from its `location`, or from `locate`), and an issue
 * with evidence quotes the words matched. A closing line counts errors, warnings and notes. Pass
 * the plan to name refs, owners and targets; without it, positions are shown instead.
 *
 * Any array is accepted, whatever its items hold: an issue of a rule of your own, or a value
 * shaped roughly like an issue (a path given as one text, or none; a message that is not text; a
 * severity that is none of the three, which counts as an error) is shown as plainly as it can be,
 * never thrown on.
 *
 * @param issues - Issues from {@link checkActionPlan}, {@link parseActionPlan} or any reader.
 * @param options - The `plan` the issues are about, and `locate` to find their lines.
 * @returns The report, ending with a newline.
 * @throws {TypeError} When `issues` is not an array, `options` or its `plan` is not an object, or
 * `locate` is not a function: a mistake in the calling code, never a fault of the issues.
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
  if (!Array.isArray(issues)) throw optionTypeError('formatIssues', 'issues', 'an array of issues', issues);
  checkOptionsObject('formatIssues', options);
  checkOptionsObject('formatIssues', options?.plan, 'options.plan');
  functionOption('formatIssues', 'options.locate', options?.locate);
  const plan = options?.plan;
  if (issues.length === 0) return 'No issues found.\n';
  const shown = (issues as readonly unknown[]).map(readIssue);
  const groups = new Map<string, string[]>();
  for (const issue of shown) {
    const group = groupOf(issue, plan);
    const lines = groups.get(group) ?? [];
    groups.set(group, lines);
    const severity = issue.severity.padEnd(7);
    lines.push(`  ${severity}  ${issue.code}  ${issue.message}`);
    const indent = ' '.repeat(11);
    const action = actionLine(issue, plan);
    const where = issue.location ?? locationOf(options?.locate?.(issue.path));
    const place = where === undefined ? '' : `, ${placeName(where)}`;
    if (action !== undefined) lines.push(`${indent}at ${action}${place}`);
    else if (plan === undefined && issue.path.length > 0) lines.push(`${indent}at ${pathName(issue.path)}${place}`);
    else if (where !== undefined) lines.push(`${indent}at ${placeName(where)}`);
    for (const evidence of issue.evidence) {
      lines.push(`${indent}evidence: "${evidence.text}" at ${pathName(evidence.path)}`);
    }
  }
  const count = (severity: string): number => shown.filter((issue) => issue.severity === severity).length;
  const body = [...groups].map(([group, lines]) => [group, ...lines].join('\n')).join('\n\n');
  const summary = `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'note')}`;
  return `${body}\n\n${summary}\n`;
}
