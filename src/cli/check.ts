import { formatIssues } from '../formats/issues/formatIssues.js';
import { toSarif } from '../formats/issues/toSarif.js';
import type { IssueBase } from '../model/Issue.js';
import { builtInRules } from '../rules/builtInRules.js';
import { checkActionPlan } from '../rules/checkActionPlan.js';
import { plural } from '../_lib/text.js';
import { readAsOf, readDays, readZone } from './_internal/asOf.js';
import { paintSeverities, useColour } from './_internal/output.js';
import { forTerminal, visibleIssue, visibleTexts } from './_internal/terminal.js';
import type { ReadFile } from './_internal/readPlan.js';
import {
  countSeverities,
  json,
  located,
  oneOf,
  readFiles,
  sectionHeading,
  standsAlone,
  unreadLine,
  unreadReport,
  worst,
  type CommandResult,
  type ReadOptions,
} from './_internal/report.js';

/** The options of `check`, as given on the command line. */
export interface CheckCommandOptions extends ReadOptions {
  readonly asOf?: string;
  /** The IANA time zone whose date `today` is; Europe/London unless given. */
  readonly zone?: string;
  readonly dueSoonDays?: string;
  readonly format: string;
  readonly explain?: boolean;
}

/** Where the rules are explained at length. */
export const RULES_GUIDE =
  'the guide "Rules and codes", https://action-plan-kit.github.io/action-plan-kit/documents/Rules_and_codes.html';

/** A file checked: its issues, every one located where the file shows it, and its exit code. */
interface Checked {
  readonly read: ReadFile;
  readonly issues: readonly IssueBase[];
  readonly code: 0 | 1 | 2;
}

const RULES = new Map<string, { description: string; fix: string }>(
  builtInRules.map((rule) => [rule.code, { description: rule.description, fix: rule.fix }]),
);

/** Adds, under each finding of a built-in rule in a report, what the rule asks and how to fix it. */
function explain(report: string): string {
  const lines = report.split('\n');
  const out: string[] = [];
  let pending: { description: string; fix: string } | undefined;
  const flush = (): void => {
    if (pending === undefined) return;
    out.push(`           rule: ${pending.description}`, `           fix:  ${pending.fix}`);
    pending = undefined;
  };
  for (const line of lines) {
    if (!line.startsWith('           ')) flush();
    const finding = /^ {2}(?:error|warning|info) +(\S+) {2}/.exec(line);
    if (finding !== null) pending = RULES.get(finding[1] as string);
    out.push(line);
  }
  flush();
  return out.join('\n');
}

/** The SARIF log of several files: one run, its results for each file in turn. */
function sarifOf(checked: readonly Checked[]): string {
  const uri = (file: string): string => (file === '-' ? 'stdin' : file);
  const all = checked.flatMap(({ issues }) => issues);
  // The rules of the run: every built-in rule and every other code any file's issues carry.
  const log = JSON.parse(toSarif(all, { uri: '' })) as {
    runs: [{ tool: { driver: { rules: { id: string }[] } }; results: unknown[]; artifacts?: unknown[] }];
  };
  const run = log.runs[0];
  const ruleIndex = new Map(run.tool.driver.rules.map((rule, i) => [rule.id, i]));
  run.artifacts = checked.map(({ read }) => ({ location: { uri: uri(read.file) } }));
  run.results = checked.flatMap(({ read, issues }, artifact) => {
    const results = (JSON.parse(toSarif(issues, { uri: uri(read.file) })) as typeof log).runs[0].results as {
      ruleId: string;
      ruleIndex: number;
      locations: { physicalLocation: { artifactLocation: { uri: string; index?: number } } }[];
    }[];
    return results.map((result) => {
      result.ruleIndex = ruleIndex.get(result.ruleId) as number;
      for (const location of result.locations) location.physicalLocation.artifactLocation.index = artifact;
      return result;
    });
  });
  return json(log);
}

/**
 * `check FILE... [--as-of DATE|today [--zone ZONE]] [--due-soon-days DAYS] [--format text|json|sarif] [--explain] [--title TEXT]`:
 * checks each plan against the template's rules. Exits 1 when a plan has errors, 2 when a file
 * cannot be read as a plan (its issues are reported all the same).
 */
export async function check(files: readonly string[], options: CheckCommandOptions): Promise<CommandResult> {
  const output = oneOf('--format', options.format, ['text', 'json', 'sarif'] as const);
  const zone = readZone(options.zone);
  const asOf = options.asOf === undefined ? undefined : readAsOf(options.asOf, zone);
  const dueSoonDays = options.dueSoonDays === undefined ? undefined : readDays(options.dueSoonDays, '--due-soon-days');
  const checked: Checked[] = (await readFiles(files, options)).map((read) => {
    if (!read.ok) return { read, issues: located(read.issues, read), code: 2 };
    const findings = checkActionPlan(read.plan, {
      ...(asOf === undefined ? {} : { asOf }),
      ...(dueSoonDays === undefined ? {} : { dueSoonDays }),
    });
    // Issues of reading the file come first; every issue says where it is in the file.
    const issues = located([...read.issues, ...findings], read);
    return { read, issues, code: issues.some((issue) => issue.severity === 'error') ? 1 : 0 };
  });
  const code = worst(checked.map((c) => c.code));
  if (output === 'sarif') return { stdout: sarifOf(checked), stderr: '', code };
  const all = countSeverities(checked.flatMap((c) => c.issues));
  const unreadable = checked.filter((c) => !c.read.ok).length;
  if (output === 'json') {
    return {
      stdout: json({
        ...(asOf === undefined ? {} : { asOf }),
        ...(dueSoonDays === undefined ? {} : { dueSoonDays }),
        ...all,
        unreadable,
        files: checked.map(({ read, issues }) => ({
          file: read.file,
          ok: read.ok,
          ...(read.format === undefined ? {} : { format: read.format }),
          ...(read.ok ? { title: read.plan.title } : {}),
          ...countSeverities(issues),
          issues,
        })),
      }),
      stderr: '',
      code,
    };
  }
  const colour = useColour(process.stdout);
  const sections = checked.map(({ read, issues }) => {
    if (!read.ok) {
      const said = standsAlone(read) ? '' : `${unreadLine(read)}\n\n`;
      return `${sectionHeading(read, colour)}\n\n${said}${unreadReport(read, colour)}`;
    }
    // Every text of the plan and of its issues made visible before the report is laid out.
    const report = formatIssues(issues.map(visibleIssue), { plan: visibleTexts(read.plan) });
    // Explained before it is coloured: the explanations follow the plain lines of each finding.
    const shown = paintSeverities(colour, options.explain === true ? explain(report) : report);
    return `${sectionHeading(read, colour)}\n\n${shown}`;
  });
  let stdout = sections.join('\n');
  if (checked.length > 1) {
    const counts = `${plural(all.errors, 'error')}, ${plural(all.warnings, 'warning')}, ${plural(all.notes, 'note')}`;
    const unread = unreadable === 0 ? '' : `; ${plural(unreadable, 'file')} could not be read as a plan`;
    stdout += `\nIn all ${checked.length} files: ${counts}${unread}.\n`;
  }
  if (options.explain === true && checked.some((c) => c.read.ok && c.issues.some((i) => RULES.has(i.code))))
    stdout += `\nEach rule, with what it asks and how to fix what it finds: ${RULES_GUIDE}\n`;
  return { stdout: forTerminal(stdout), stderr: '', code };
}
