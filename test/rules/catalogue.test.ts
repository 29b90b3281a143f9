import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInRules } from '../../src/index.js';

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

  it('runs the progress rules only with asOf', () => {
    expect(builtInRules.filter((r) => r.needsAsOf === true).map((r) => r.code)).toEqual([
      'progress.overdue',
      'progress.due_soon',
    ]);
  });
});
