import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkActionPlan, formatIssues, toSarif, type IssueBase, type Rule } from '../../src/index.js';
import { actionPlan } from '../support/arbitraries.js';
import { realPlan } from '../support/realPlan.js';

const SEVERITIES = new Set(['error', 'warning', 'info']);

/** Whether an issue is well formed: the shape every issue the check returns must have. */
function wellFormed(issue: IssueBase): boolean {
  return (
    typeof issue.code === 'string' &&
    SEVERITIES.has(issue.severity) &&
    Array.isArray(issue.path) &&
    issue.path.every((key) => typeof key === 'string' || (Number.isSafeInteger(key) && key >= 0)) &&
    typeof issue.message === 'string' &&
    typeof issue.params === 'object' &&
    issue.params !== null &&
    (issue.evidence === undefined ||
      (Array.isArray(issue.evidence) &&
        issue.evidence.every((e) => typeof e.text === 'string' && Array.isArray(e.path))))
  );
}

/** A rule of a caller that yields the findings given, or throws what it is given after them. */
function ruleYielding(code: string, findings: readonly unknown[], thrown?: { value: unknown }): Rule {
  return {
    code,
    severity: 'warning',
    description: 'A rule of the caller.',
    fix: 'None.',
    message: () => 'Found.',
    *check() {
      yield* findings as never[];
      if (thrown !== undefined) throw thrown.value;
    },
  };
}

describe('rules of callers that fail or give malformed findings', () => {
  const malformed: [string, unknown, string][] = [
    ['no path', { params: {} }, 'the path of finding 2 is nothing, not an array of keys and indices'],
    ['a string path', { path: 'recommendations.0', params: {} }, 'the path of finding 2 is a string'],
    ['a path holding an object', { path: ['recommendations', {}], params: {} }, 'item 1 of the path of finding 2'],
    ['a path holding a fraction', { path: [1.5], params: {} }, 'item 0 of the path of finding 2 is the number 1.5'],
    ['a path holding NaN', { path: [Number.NaN], params: {} }, 'the number NaN'],
    ['not an object', 'oops', 'finding 2 is a string, not an object'],
    ['null', null, 'finding 2 is null'],
    ['an array', [[], {}], 'finding 2 is an array'],
    ['params that are not an object', { path: [], params: 'x' }, 'the params of finding 2 are a string'],
    ['no params', { path: [] }, 'the params of finding 2 are nothing'],
    ['an unknown field', { path: [], params: {}, severity: 'fatal' }, 'finding 2 has the unknown field "severity"'],
    ['a message of its own', { path: [], params: {}, message: 'Hi' }, 'finding 2 has the unknown field "message"'],
    ['evidence that is not an array', { path: [], params: {}, evidence: 'words' }, 'its evidence is a string'],
    ['evidence without text', { path: [], params: {}, evidence: [{ path: [] }] }, 'the text of evidence 0'],
    [
      'evidence with a bad path',
      { path: [], params: {}, evidence: [{ text: 'w', path: 'x' }] },
      'the path of evidence 0',
    ],
  ];

  it.each(malformed)(
    'reports a finding with %s as check.rule_failed, naming the rule and the fault',
    (_, finding, detail) => {
      const good = { path: ['title'], params: {} };
      const issues = checkActionPlan(realPlan(), { extraRules: [ruleYielding('house.odd', [good, finding, good])] });
      const failed = issues.filter((issue) => issue.code === 'check.rule_failed');
      expect(failed).toHaveLength(1);
      expect(failed[0]?.params).toMatchObject({ rule: 'house.odd' });
      expect(String((failed[0]?.params as { detail: string }).detail).replace(/^finding 2/, 'finding 2')).toContain(
        detail.replace(/finding 2/, 'finding 2'),
      );
      // The good finding before it is kept; the malformed one and what follows never reach the result.
      expect(issues.filter((issue) => issue.code === 'house.odd')).toEqual([
        { code: 'house.odd', severity: 'warning', path: ['title'], message: 'Found.', params: {} },
      ]);
      expect(issues.every(wellFormed)).toBe(true);
    },
  );

  it('reports a message that is not text, and a severity changed behind the check', () => {
    const silent = { ...ruleYielding('house.silent', [{ path: [], params: {} }]), message: () => 42 as never };
    expect(checkActionPlan(realPlan(), { extraRules: [silent] })[0]).toMatchObject({
      code: 'check.rule_failed',
      params: { rule: 'house.silent', detail: 'its message for finding 1 is a number, not a string' },
    });
    let reads = 0;
    const fickle = {
      ...ruleYielding('house.fickle', [{ path: [], params: {} }]),
      get severity() {
        reads += 1;
        return reads === 1 ? 'warning' : 'fatal';
      },
    } as unknown as Rule;
    const issues = checkActionPlan(realPlan(), { extraRules: [fickle] });
    expect(issues[0]).toMatchObject({ code: 'check.rule_failed', params: { rule: 'house.fickle' } });
    expect(issues.every(wellFormed)).toBe(true);
  });

  it('reports a rule whose check gives something that is not a list of findings', () => {
    const broken = { ...ruleYielding('house.broken', []), check: () => 42 as never };
    const issues = checkActionPlan(realPlan(), { extraRules: [broken] });
    expect(issues[0]).toMatchObject({ code: 'check.rule_failed', params: { rule: 'house.broken' } });
  });

  it('throws the documented error, naming the option, for each bad option, never an error from inside', () => {
    const plan = realPlan();
    const cases: [unknown, string][] = [
      [{ extraRules: {} }, 'TypeError: checkActionPlan: options.extraRules must be an array of rules, got an object'],
      [
        { extraRules: [null] },
        'TypeError: checkActionPlan: options.extraRules[0] must be a rule (an object with code, severity, message and check), got null',
      ],
      [
        { asOf: Object.create(null) },
        'TypeError: checkActionPlan: options.asOf must be a date in the form YYYY-MM-DD, got an object',
      ],
      [
        { rules: { 'plan.no_recommendations': Object.create(null) } },
        'TypeError: checkActionPlan: options.rules["plan.no_recommendations"] must be one of "off", "error", "warning", "info", got an object',
      ],
      [{ rules: 'off' }, 'TypeError: checkActionPlan: options.rules must be an object of settings by code, got "off"'],
      [{ dueSoonDays: Object.create(null) }, 'TypeError: checkActionPlan: options.dueSoonDays must be'],
      [{ targetDates: 5 }, 'TypeError: checkActionPlan: options.targetDates must be an object, got 5'],
    ];
    for (const [options, message] of cases) {
      let thrown = '';
      try {
        checkActionPlan(plan, options as never);
      } catch (error) {
        thrown = String(error);
      }
      expect(thrown).toContain(message);
      expect(thrown).not.toMatch(/Cannot read properties|is not a function|is not iterable/);
    }
  });

  it('never throws for valid options, and returns only well-formed issues, whatever rules of callers do', () => {
    const behaviour = fc.record({
      findings: fc.array(
        fc.oneof(
          fc.anything(),
          fc.record({ path: fc.anything(), params: fc.anything() }),
          fc.record({
            path: fc.array(fc.oneof(fc.string(), fc.nat(), fc.anything()), { maxLength: 4 }),
            params: fc.oneof(fc.object(), fc.anything()),
            evidence: fc.option(fc.anything(), { nil: undefined }),
          }),
        ),
        { maxLength: 4 },
      ),
      thrown: fc.option(fc.record({ value: fc.anything() }), { nil: undefined }),
      message: fc.anything(),
    });
    fc.assert(
      fc.property(actionPlan, fc.array(behaviour, { maxLength: 3 }), (plan, behaviours) => {
        const extraRules = behaviours.map((b, i) => ({
          ...ruleYielding(`house.rule_${i}`, b.findings, b.thrown),
          message: () => b.message as string,
        }));
        const issues = checkActionPlan(plan, { extraRules });
        for (const issue of issues) expect(wellFormed(issue), JSON.stringify(issue.path)).toBe(true);
        expect(() => formatIssues(issues, { plan })).not.toThrow();
        expect(() => toSarif(issues, { uri: 'plan.json' })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe('the formatters given anything shaped roughly like an issue', () => {
  it('write an issue with a string path, no path, or a message that is not text, without throwing', () => {
    const odd = [
      { code: 'house.a', severity: 'warning', path: 'recommendations.0', message: 'A string path.', params: {} },
      { code: 'house.b', severity: 'error', message: 'No path.', params: {} },
      { code: 'house.c', severity: 'info', path: ['recommendations', 0, 'actions', 0], message: 42, params: {} },
      { code: 7, severity: 'fatal', path: [{}, null, -1, 1.5], location: { line: 'x' } },
      {},
    ] as unknown as IssueBase[];
    expect(formatIssues(odd)).toContain('  warning  house.a  A string path.\n           at recommendations.0\n');
    const plan = realPlan();
    const text = formatIssues(odd, { plan });
    expect(text).toContain('  info     house.c  42\n           at action 1: ');
    expect(text).toContain('  error    7  (no message)');
    expect(text).toContain('  error    (no code)  (no message)');
    expect(text.trimEnd().split('\n').at(-1)).toBe('3 errors, 1 warning, 1 note');
    const sarif = JSON.parse(toSarif(odd, { uri: 'plan.json' })) as {
      runs: [{ results: { ruleId: string; level: string; message: { text: string } }[] }];
    };
    expect(sarif.runs[0].results.map((r) => [r.ruleId, r.level, r.message.text])).toEqual([
      ['house.a', 'warning', 'A string path.'],
      ['house.b', 'error', 'No path.'],
      ['house.c', 'note', '42'],
      ['7', 'error', '(no message)'],
      ['(no code)', 'error', '(no message)'],
    ]);
  });

  it('throw the documented TypeError when the issues are not an array', () => {
    expect(() => formatIssues('x' as never)).toThrow(
      new TypeError('formatIssues: issues must be an array of issues, got "x"'),
    );
    expect(() => toSarif(undefined as never, { uri: 'p' })).toThrow(
      new TypeError('toSarif: issues must be an array of issues, got undefined'),
    );
    expect(() => toSarif([], { uri: 'p', extraRules: [null as never] })).toThrow(
      new TypeError('toSarif: options.extraRules[0] must be a rule (an object with a code), got null'),
    );
  });

  it('never throw on an array of anything', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.anything(), fc.object()), { maxLength: 6 }),
        fc.option(actionPlan, { nil: undefined }),
        (issues, plan) => {
          const text = formatIssues(issues as IssueBase[], plan === undefined ? {} : { plan });
          expect(typeof text).toBe('string');
          expect(() => JSON.parse(toSarif(issues as IssueBase[], { uri: 'plan.json' }))).not.toThrow();
        },
      ),
      { numRuns: 500 },
    );
  });
});
