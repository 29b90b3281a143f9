import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInRules } from '../../src/index.js';

const page = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');

/** The rows of the catalogue table of docs/rules.md: code, severity, when, how to fix. */
function catalogueRows(): string[][] {
  const table = page.slice(page.indexOf('## The catalogue'), page.indexOf('Notes on judgement'));
  return table
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .slice(1, -1)
        .split(' | ')
        .map((cell) => cell.trim().replace(/^`|`$/g, '')),
    );
}

describe('docs/rules.md', () => {
  it('lists every built-in rule, in catalogue order, with its severity, trigger and fix', () => {
    expect(catalogueRows()).toEqual(builtInRules.map((rule) => [rule.code, rule.severity, rule.description, rule.fix]));
  });
});

describe('the RuleIssueParams documentation', () => {
  it('names the params of every built-in rule, in catalogue order', () => {
    const source = readFileSync(new URL('../../src/rules/builtInRules.ts', import.meta.url), 'utf8');
    const rows = [...source.matchAll(/^ \* \| `([a-z_.]+)` \| (.+) \|$/gm)].map((m) => m[1]);
    expect(rows).toEqual(builtInRules.map((rule) => rule.code));
  });
});
