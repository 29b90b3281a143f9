import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  builtInRules,
  checkActionPlan,
  fromCsv,
  fromJson,
  fromPublishedText,
  parseActionPlan,
  toCsv,
  toSarif,
  type Rule,
} from '../../../src/index.js';
import { realPlan, realPlanJson, realPlanText } from '../../support/realPlan.js';

const require = createRequire(import.meta.url);
const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const Ajv = AjvDraft04 as unknown as typeof import('ajv-draft-04').default;

function validate(text: string): void {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  // The SARIF schema's "uri" formats, checked rather than ignored with a warning on every run.
  (addFormats as unknown as (a: unknown) => void)(ajv);
  const check = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
  const ok = check(JSON.parse(text));
  expect(ok, JSON.stringify(check.errors, null, 2)).toBe(true);
}

describe('toSarif', () => {
  it('writes a SARIF 2.1.0 log of the bundled plan’s findings that validates against the SARIF schema', () => {
    const issues = checkActionPlan(realPlan(), { asOf: '2026-11-26' });
    const text = toSarif(issues, { uri: 'examples/data/sfo-annual-report-2024-25.json' });
    validate(text);
    const log = JSON.parse(text);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('action-plan-kit');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(builtInRules.map((r) => r.code));
    expect(run.results).toHaveLength(issues.length);
    const reason = run.results.find((r: { ruleId: string }) => r.ruleId === 'partly_agreed.reason_missing');
    expect(reason).toEqual({
      ruleId: 'partly_agreed.reason_missing',
      ruleIndex: builtInRules.findIndex((r) => r.code === 'partly_agreed.reason_missing'),
      level: 'error',
      message: { text: issues.find((i) => i.code === 'partly_agreed.reason_missing')?.message },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: 'examples/data/sfo-annual-report-2024-25.json' } },
          logicalLocations: [{ fullyQualifiedName: 'recommendations[6].response', kind: 'member' }],
        },
      ],
    });
  });

  it('maps severities to SARIF levels, info to note', () => {
    const issues = checkActionPlan(realPlan(), { asOf: '2026-12-01' });
    const log = JSON.parse(toSarif(issues, { uri: 'plan.json' }));
    const levels = new Set(log.runs[0].results.map((r: { level: string }) => r.level));
    expect([...levels].sort()).toEqual(['error', 'note', 'warning']);
  });

  it('adds the descriptions of extra rules and of other codes, and lines from locate', () => {
    const extra: Rule = {
      code: 'house.rule',
      severity: 'warning',
      description: 'A house rule.',
      fix: 'Follow the house style.',
      message: () => 'House rule broken.',
      check: () => [],
    };
    const validation = parseActionPlan({ format: 'action-plan/1', title: 5, recommendations: [] }).issues;
    const text = toSarif(
      [...validation, { code: 'house.rule', severity: 'warning', path: [], message: 'House rule broken.', params: {} }],
      {
        uri: 'plan.json',
        extraRules: [extra],
        locate: (path) => (path[0] === 'title' ? { line: 3, column: 12 } : undefined),
      },
    );
    validate(text);
    const run = JSON.parse(text).runs[0];
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids.slice(-2)).toEqual(['house.rule', 'schema.invalid_type']);
    expect(run.results[0].locations[0].physicalLocation.region).toEqual({ startLine: 3, startColumn: 12 });
    expect(run.results[1].locations[0].physicalLocation.region).toBeUndefined();
    expect(run.results[1].locations[0].logicalLocations).toBeUndefined();
  });

  it('is checked by a validator that does reject a broken log', () => {
    expect(() => validate(JSON.stringify({ version: '2.1.0', runs: [{ results: [] }] }))).toThrow();
  });

  it('writes an empty run when there is nothing to report', () => {
    const text = toSarif([], { uri: 'plan.json' });
    validate(text);
    expect(JSON.parse(text).runs[0].results).toEqual([]);
  });

  it('writes the region of an issue from its own location, before locate', () => {
    const text = toSarif(
      [
        {
          code: 'csv.unknown_column',
          severity: 'warning',
          path: [],
          message: 'm',
          params: { column: 'colour' },
          location: { line: 1, column: 34 },
        },
        {
          code: 'json.syntax_error',
          severity: 'error',
          path: ['title'],
          message: 'm',
          params: {},
          location: { line: 4, column: 16, endLine: 5, endColumn: 2 },
        },
      ],
      { uri: 'plan.csv', locate: () => ({ line: 99 }) },
    );
    validate(text);
    const regions = JSON.parse(text).runs[0].results.map(
      (r: { locations: { physicalLocation: { region?: unknown } }[] }) => r.locations[0]?.physicalLocation.region,
    );
    expect(regions).toEqual([
      { startLine: 1, startColumn: 34 },
      { startLine: 4, startColumn: 16, endLine: 5, endColumn: 2 },
    ]);
  });

  it('points a result in a source with pages at its page: in the region’s properties and in the message', () => {
    const text = toSarif(
      [
        {
          code: 'import.unplaced_text',
          severity: 'warning',
          path: [],
          message: 'Some text was left out.',
          params: {},
          location: { page: 3, line: 22, column: 4 },
        },
        {
          code: 'agreed.no_timescale',
          severity: 'warning',
          path: ['recommendations', 4],
          message: 'No date.',
          params: {},
        },
        { code: 'plan.no_recommendations', severity: 'error', path: [], message: 'None.', params: {} },
      ],
      { uri: 'plan.pdf', locate: (path) => (path.length > 0 ? { page: 2, line: 7 } : { line: 1 }) },
    );
    validate(text);
    const results = JSON.parse(text).runs[0].results as {
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region?: unknown } }[];
    }[];
    expect(results.map((r) => r.message.text)).toEqual([
      'Some text was left out. (page 3, line 22)',
      'No date. (page 2, line 7)',
      'None.',
    ]);
    expect(results.map((r) => r.locations[0]?.physicalLocation.region)).toEqual([
      { startLine: 22, startColumn: 4, properties: { page: 3 } },
      { startLine: 7, properties: { page: 2 } },
      { startLine: 1 },
    ]);
    // The file stays the file: the page is no part of its URI.
    expect(results.every((r) => r.locations[0]?.physicalLocation.artifactLocation.uri === 'plan.pdf')).toBe(true);
  });

  it.each([
    ['its canonical JSON', realPlanJson(), fromJson],
    ['its CSV', toCsv(realPlan()), (text: string) => fromCsv(text, { title: realPlan().title })],
    ['its published text', realPlanText(), fromPublishedText],
  ] as const)(
    'gives every finding on the bundled plan read from %s a region at the line of what it is about',
    (_, text, read) => {
      const result = read(text);
      if (!result.ok) throw new Error('the bundled plan did not read');
      const issues = checkActionPlan(result.value, { asOf: '2026-11-26' });
      expect(issues.length).toBeGreaterThan(5);
      const log = JSON.parse(toSarif(issues, { uri: 'plan', locate: result.locate }));
      validate(JSON.stringify(log));
      const lines = text.split(/\r\n|\r|\n/);
      log.runs[0].results.forEach(
        (
          r: { locations: { physicalLocation: { region?: { startLine: number; startColumn?: number } } }[] },
          i: number,
        ) => {
          const region = r.locations[0]?.physicalLocation.region;
          const issue = issues[i];
          expect(region, issue?.code).toBeDefined();
          // The region points where the plan's path stands: the recommendation's ref, the action's
          // owner, the tally — whatever the path names, as the text writes it.
          const where = result.locate(issue?.path ?? []);
          expect(region).toEqual({
            startLine: where?.line,
            ...(where?.column === undefined ? {} : { startColumn: where.column }),
            ...(where?.endLine === undefined ? {} : { endLine: where.endLine }),
            ...(where?.endColumn === undefined ? {} : { endColumn: where.endColumn }),
          });
          const [top, r7] = issue?.path ?? [];
          if (top === 'recommendations' && typeof r7 === 'number') {
            // The line belongs to the recommendation's own part of the text.
            const ref = result.value.recommendations[r7]?.ref as string;
            const from = lines.findIndex((line) => new RegExp(`^(?:\\s*"ref": "${ref}"|${ref},|${ref}\\t)`).test(line));
            expect(region?.startLine ?? 0).toBeGreaterThanOrEqual(from + 1 - (text.startsWith('{') ? 1 : 0));
          }
        },
      );
    },
  );
});
