import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as vocabulary from '../../src/model/vocabulary.js';
import { fromSrc, sourceFiles } from '../support/sourceFiles.js';

/**
 * Whether a text writes out every value of a list again, as a run of string literals separated by
 * commas or bars (a list, `'a', 'b'`, or a union, `'a' | 'b'`). Subsets and records keyed by the
 * values (exhaustive by their types) do not count.
 */
function writesOut(list: readonly string[], text: string): boolean {
  const runs = text.match(/'[^'\n]*'(?:\s*[,|]\s*'[^'\n]*')+(?!\s*:)/g) ?? [];
  return runs.some((run) => {
    const values = new Set(run.match(/'[^'\n]*'/g)?.map((literal) => literal.slice(1, -1)));
    return list.every((value) => values.has(value));
  });
}

const files = sourceFiles().map((file) => ({
  path: fromSrc(file),
  text: readFileSync(file, 'utf8'),
}));

describe('the vocabulary lists', () => {
  it('are each written out once, in src/model/vocabulary.ts', () => {
    const again = Object.entries(vocabulary).flatMap(([name, list]) =>
      files
        .filter((file) => file.path !== 'model/vocabulary.ts' && writesOut(list, file.text))
        .map((file) => `${name} in ${file.path}`),
    );
    expect(again).toEqual([]);
  });

  it('are found when written out, so the check above can fail', () => {
    const reasons = "const R = ['commissioning', 'policy', 'operational', 'affordability'];";
    expect(writesOut(vocabulary.REASON_CATEGORIES, reasons)).toBe(true);
    expect(
      writesOut(vocabulary.AGREEMENT_CATEGORIES, "type A =\n  | 'agreed'\n  | 'partly-agreed'\n  | 'not-agreed';"),
    ).toBe(true);
    expect(writesOut(vocabulary.AGREEMENT_CATEGORIES, "type A = 'agreed' | 'not-agreed';")).toBe(false);
    expect(writesOut(vocabulary.AGREEMENT_CATEGORIES, "x === 'agreed' ? 1 : 2")).toBe(false);
    const record = "{ agreed: 'agreed',\n 'partly-agreed': 'p', 'not-agreed': 'n' }";
    expect(writesOut(vocabulary.AGREEMENT_CATEGORIES, record)).toBe(false);
  });

  it('feed the validators: every value of a list is accepted, and nothing else', async () => {
    const { parseActionPlan, fromJson } = await import('../../src/index.js');
    const plan = (category: string, reason: string, kind: string) => ({
      format: 'action-plan/1',
      title: 'P',
      recommendations: [
        { ref: '1', kind, text: 'T', agreement: { category }, reasons: [reason], response: [], actions: [] },
      ],
    });
    const accepts = (value: unknown): boolean => parseActionPlan(value).ok && fromJson(JSON.stringify(value)).ok;
    for (const category of vocabulary.AGREEMENT_CATEGORIES)
      expect(accepts(plan(category, 'policy', 'recommendation'))).toBe(true);
    for (const reason of vocabulary.REASON_CATEGORIES)
      expect(accepts(plan('agreed', reason, 'recommendation'))).toBe(true);
    for (const kind of vocabulary.RECOMMENDATION_KINDS) expect(accepts(plan('agreed', 'policy', kind))).toBe(true);
    expect(accepts(plan('maybe', 'policy', 'recommendation'))).toBe(false);
    expect(accepts(plan('agreed', 'money', 'recommendation'))).toBe(false);
    expect(accepts(plan('agreed', 'policy', 'concern'))).toBe(false);
  });
});
