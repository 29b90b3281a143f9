import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkActionPlan, findReasons, type Recommendation } from '../../src/index.js';
import { givesReason } from '../../src/rules/findReasons.js';
import { realPlan } from '../support/realPlan.js';
import { recommendation } from '../support/plans.js';

const withResponse = (texts: (string | string[])[], extra: Partial<Recommendation> = {}): Recommendation =>
  recommendation('9', {
    agreement: { category: 'not-agreed' },
    response: texts.map((t) => (typeof t === 'string' ? { type: 'paragraph', text: t } : { type: 'list', items: t })),
    ...extra,
  });

describe('findReasons', () => {
  it.each([
    ['commissioning', 'The service is commissioned locally.', 'commissioned'],
    ['commissioning', 'Recommissioning is not possible this year.', 'Recommissioning'],
    ['policy', 'Current Policies do not allow it.', 'Policies'],
    ['policy', 'This is a matter of national POLICY.', 'POLICY'],
    ['operational', 'It is operationally impossible.', 'operationally'],
    ['operational', 'For operational reasons.', 'operational'],
    ['affordability', 'It is unaffordable.', 'unaffordable'],
    ['affordability', 'We cannot afford it.', 'afford'],
    ['affordability', 'Affordability is the constraint.', 'Affordability'],
  ])('finds %s in %j', (category, text, words) => {
    expect(findReasons(withResponse([text]))).toEqual([
      { category, declared: false, evidence: [{ text: words, path: ['response', 0] }] },
    ]);
  });

  it.each([
    ['the Victims Commissioner'],
    ['the Commissioners agreed'],
    ['an operation was planned'],
    ['the police attended'],
    ['effort was affordance-driven'],
  ])('does not take %j for a reason', (text) => {
    expect(findReasons(withResponse([text]))).toEqual([]);
  });

  it('reads every paragraph and list item, in order, and reports every category found', () => {
    const found = findReasons(withResponse(['First, policy.', ['An item.', 'Not affordable, and against policy.']]));
    expect(found).toEqual([
      {
        category: 'policy',
        declared: false,
        evidence: [
          { text: 'policy', path: ['response', 0] },
          { text: 'policy', path: ['response', 1, 'items', 1] },
        ],
      },
      {
        category: 'affordability',
        declared: false,
        evidence: [{ text: 'affordable', path: ['response', 1, 'items', 1] }],
      },
    ]);
  });

  it('counts declared reasons, with or without words in the response', () => {
    const found = findReasons(withResponse(['An operational matter.'], { reasons: ['affordability', 'operational'] }));
    expect(found.map((r) => [r.category, r.declared, r.evidence.length])).toEqual([
      ['operational', true, 1],
      ['affordability', true, 0],
    ]);
  });

  it('ignores the recommendation text', () => {
    expect(findReasons(withResponse(['We disagree.'], { text: 'Review the policy and its affordability.' }))).toEqual(
      [],
    );
  });

  it('finds no reason in the bundled plan’s partly agreed recommendation 7', () => {
    expect(findReasons(realPlan().recommendations[6] as Recommendation)).toEqual([]);
  });
});

describe('findReasons after a check', () => {
  it('finds the same, whatever checks ran before it', () => {
    const rec = withResponse(['We cannot afford it', ['POLICIES apply', '', 'We cannot afford it']]);
    const before = findReasons(rec);
    checkActionPlan({ format: 'action-plan/1', title: 'Plan', recommendations: [rec] });
    expect(findReasons(rec)).toEqual(before);
    expect(before.map((r) => r.category)).toEqual(['policy', 'affordability']);
  });
});

describe('givesReason, the test the reason rules use', () => {
  const fragment = fc.constantFrom(
    'commission',
    'decommissioned',
    'recommissioning',
    'Commissioner',
    'polic',
    'POLICIES',
    'policy',
    'operational',
    'operationally',
    'operation',
    'un',
    'afford',
    'affordability',
    'affordance',
    ' ',
    '-',
    'x',
    '_',
    'é',
  );
  const text = fc.array(fragment, { maxLength: 4 }).map((parts) => parts.join(''));
  const block = fc.oneof(
    text.map((t) => ({ type: 'paragraph' as const, text: t })),
    fc.array(text, { maxLength: 3 }).map((items) => ({ type: 'list' as const, items })),
  );

  it('agrees with findReasons on whether a text states any reason category', () => {
    fc.assert(
      fc.property(text, (t) => {
        const rec = withResponse([t]);
        expect(givesReason(rec)).toBe(findReasons(rec).length > 0);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with findReasons on whether a recommendation gives any reason category', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 3 }), fc.boolean(), (response, declares) => {
        const rec = withResponse([], { response, ...(declares ? { reasons: ['policy' as const] } : {}) });
        expect(givesReason(rec)).toBe(findReasons(rec).length > 0);
      }),
      { numRuns: 1000 },
    );
  });
});
