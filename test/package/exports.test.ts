import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';

/** Every name `src/index.ts` exports, marked `value` or `type`, read by the TypeScript compiler. */
function exportedNames(): string[] {
  const entry = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  if (source === undefined) throw new Error('src/index.ts not found');
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error('src/index.ts is not a module');
  return checker
    .getExportsOfModule(moduleSymbol)
    .map((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return `${target.flags & ts.SymbolFlags.Value ? 'value' : 'type'} ${symbol.getName()}`;
    })
    .sort();
}

describe('the public API', () => {
  it('exports exactly these names (a change here needs a changeset)', () => {
    expect(exportedNames()).toMatchInlineSnapshot(`
      [
        "type AchievementAssessment",
        "type AchievementJudgement",
        "type Action",
        "type ActionCountParams",
        "type ActionParams",
        "type ActionPlan",
        "type ActionPlanFormat",
        "type ActionStatus",
        "type ActionStatusBase",
        "type ActionStatusName",
        "type Agreement",
        "type AgreementCategory",
        "type Assessment",
        "type Block",
        "type BuiltInRuleOf",
        "type BuiltInRules",
        "type CategoryMissingParams",
        "type CheckIssue",
        "type CheckIssueParams",
        "type CheckOptions",
        "type CompletedStatus",
        "type CsvIssue",
        "type CsvIssueParams",
        "type CsvOptions",
        "type CustomIssue",
        "type DayTarget",
        "type DueSoonAction",
        "type DueSoonOptions",
        "type DueSoonParams",
        "type DueSoonStatus",
        "type DuplicateRefParams",
        "type Evidence",
        "type FormatIssuesOptions",
        "type FoundReason",
        "type FromCsvOptions",
        "type HtmlOptions",
        "type ImportIssue",
        "type ImportIssueParams",
        "type IsoDate",
        "type Issue",
        "type IssueBase",
        "type IssueCode",
        "type IssueOf",
        "type IssueOfRule",
        "type IssueParamsByCode",
        "type IssuePath",
        "type IssueUnion",
        "type JsonIssue",
        "type JsonIssueParams",
        "type ListBlock",
        "type LocatedAction",
        "type MonthTarget",
        "type NotTimeBoundParams",
        "type OnTrackStatus",
        "type OpenEndedStatus",
        "type OverdueAction",
        "type OverdueParams",
        "type OverdueStatus",
        "type OwnerTally",
        "type ParagraphBlock",
        "type ParseResult",
        "type PeriodTarget",
        "type PeriodUnit",
        "type PlansTally",
        "type ProgressAssessment",
        "type ProgressCounts",
        "type ProgressJudgement",
        "type ProgressOptions",
        "type ProgressStatus",
        "type ProgressTally",
        "type ProgressUpdate",
        "type PublishedTextOptions",
        "type ReadResult",
        "type ReasonCategory",
        "type Recommendation",
        "type RecommendationKind",
        "type RecommendationParams",
        "type RecommendationProgress",
        "type RecommendationStatusName",
        "type RevisedTargetParams",
        "type Rule",
        "type RuleCode",
        "type RuleContext",
        "type RuleFinding",
        "type RuleIssue",
        "type RuleIssueParams",
        "type RuleSetting",
        "type SarifOptions",
        "type SchemaIssue",
        "type SchemaIssueParams",
        "type SectionTally",
        "type Severity",
        "type SourceLocation",
        "type StatusTarget",
        "type Tally",
        "type TallyMismatchParams",
        "type TargetBeforeSubmissionParams",
        "type TargetDate",
        "type TargetDateOptions",
        "type TargetStatus",
        "type UnknownTarget",
        "type UnrecognisedTargetParams",
        "type ValueKind",
        "type WithdrawnStatus",
        "type YearMonth",
        "value ACHIEVEMENT_JUDGEMENTS",
        "value ACTION_STATUS_NAMES",
        "value AGREEMENT_CATEGORIES",
        "value ActionPlanSchema",
        "value ActionSchema",
        "value AssessmentSchema",
        "value BlockSchema",
        "value IsoDateSchema",
        "value PERIOD_UNITS",
        "value PROGRESS_JUDGEMENTS",
        "value PROGRESS_STATUSES",
        "value ProgressUpdateSchema",
        "value REASON_CATEGORIES",
        "value RECOMMENDATION_KINDS",
        "value RecommendationSchema",
        "value TALLY_FIGURES",
        "value TARGET_STATUSES",
        "value TallySchema",
        "value TargetDateSchema",
        "value YearMonthSchema",
        "value actionStatus",
        "value builtInRules",
        "value calendarDate",
        "value checkActionPlan",
        "value deadlineOf",
        "value findDueSoon",
        "value findOverdue",
        "value findReasons",
        "value formatIssues",
        "value fromCsv",
        "value fromJson",
        "value fromPublishedText",
        "value isoDate",
        "value parseActionPlan",
        "value parseTargetDate",
        "value recommendationStatus",
        "value tallyAgreement",
        "value tallyPlans",
        "value tallyProgress",
        "value toCsv",
        "value toHtml",
        "value toJson",
        "value toMarkdown",
        "value toSarif",
      ]
    `);
  });

  it('gives every export a size budget, the whole package one, everything but the document formats one, and each subpath one', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      exports: Record<string, unknown>;
      'size-limit': { name: string; path: string; import: string }[];
    };
    // Each subpath (`action-plan-kit/html`) has a budget of its own, named after it.
    const subpaths = Object.keys(pkg.exports).filter((key) => /^\.\/\w+$/.test(key) && key !== './package.json');
    for (const subpath of subpaths) {
      const entries = pkg['size-limit'].filter((entry) => entry.path === `dist/${subpath.slice(2)}.js`);
      expect(
        entries.map((entry) => entry.name.split(':')[0]),
        subpath,
      ).toEqual([`action-plan-kit/${subpath.slice(2)}`]);
    }
    pkg['size-limit'] = pkg['size-limit'].filter((entry) => entry.path === 'dist/index.js');
    const budgeted = pkg['size-limit'].map((entry) => entry.name);
    expect(budgeted).toEqual(['whole package', 'everything but the document formats', ...Object.keys(lib).sort()]);
    expect(pkg['size-limit'][0]?.import).toBe('*');
    const documentFormats = ['fromCsv', 'fromPublishedText', 'toCsv', 'toHtml', 'toMarkdown'];
    const rest = Object.keys(lib)
      .filter((name) => !documentFormats.includes(name))
      .sort();
    expect(pkg['size-limit'][1]?.import).toBe(`{ ${rest.join(', ')} }`);
    for (const entry of pkg['size-limit'].slice(2)) expect(entry.import).toBe(`{ ${entry.name} }`);
  });

  it('exports at run time exactly the values the types declare', () => {
    const values = exportedNames()
      .filter((entry) => entry.startsWith('value '))
      .map((entry) => entry.slice('value '.length));
    expect(Object.keys(lib).sort()).toEqual(values);
  });
});
