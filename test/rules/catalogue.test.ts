import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInRules } from '../../src/index.js';
import { BUILT_IN_CHECKS } from '../../src/rules/_internal/checks.js';

describe('the catalogue', () => {
  it('has one module and one test file per rule', () => {
    const toFile = (code: string) => code.replace(/[._]([a-z])/g, (_, c: string) => c.toUpperCase());
    const modules = readdirSync(new URL('../../src/rules/catalogue/', import.meta.url))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    const tests = readdirSync(new URL('./catalogue/', import.meta.url))
      .map((f) => f.replace(/\.test\.ts$/, ''))
      .sort();
    const expected = builtInRules.map((rule) => toFile(rule.code)).sort();
    expect(modules).toEqual(expected);
    expect(tests).toEqual(expected);
  });

  it('documents every rule with a description and a fix, and has unique codes', () => {
    expect(new Set(builtInRules.map((r) => r.code)).size).toBe(builtInRules.length);
    for (const rule of builtInRules) {
      expect(rule.description.length, rule.code).toBeGreaterThan(20);
      expect(rule.fix.length, rule.code).toBeGreaterThan(10);
    }
  });

  it('runs the rules the catalogue documents, in its order, and nothing else', () => {
    expect(BUILT_IN_CHECKS.map((rule) => rule.code)).toEqual(builtInRules.map((rule) => rule.code));
    for (const [i, rule] of builtInRules.entries()) {
      const check = BUILT_IN_CHECKS[i]!;
      expect(rule.check, rule.code).toBe(check.check);
      expect(rule.message, rule.code).toBe(check.message);
      expect([rule.severity, rule.needsAsOf], rule.code).toEqual([check.severity, check.needsAsOf]);
      expect(check, rule.code).not.toHaveProperty('description');
    }
  });

  it("gives callers rules with the fields of a Rule only, none of the engine's", () => {
    const fields = ['check', 'code', 'description', 'fix', 'message', 'needsAsOf', 'severity'];
    for (const rule of builtInRules) {
      expect(
        Object.keys(rule).every((key) => fields.includes(key)),
        Object.keys(rule).join(', '),
      ).toBe(true);
    }
  });

  it('runs the progress rules only with asOf', () => {
    expect(builtInRules.filter((r) => r.needsAsOf === true).map((r) => r.code)).toEqual([
      'progress.overdue',
      'progress.due_soon',
    ]);
  });
});
