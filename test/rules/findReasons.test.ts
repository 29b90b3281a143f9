import { describe, expect, it } from 'vitest';
import { findReasons, type Recommendation } from '../../src/index.js';
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
