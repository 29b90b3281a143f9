import { describe, expect, it } from 'vitest';
import { fromJson, toJson, type ActionPlan } from '../../../src/index.js';
import { realPlan, realPlanJson } from '../../support/realPlan.js';

describe('toJson', () => {
  it('writes the bundled real plan byte for byte as committed', () => {
    expect(toJson(realPlan())).toBe(realPlanJson());
  });

  it('writes keys in the canonical order, whatever order the plan was built in', () => {
    const scrambled = {
      statedTally: { total: 1, notAgreed: 0, partlyAgreed: 0, agreed: 1 },
      recommendations: [
        {
          actions: [
            { target: { month: '2026-03', raw: 'March 2026', type: 'month' }, owner: 'Chief Probation Officer' },
          ],
          response: [{ text: 'We agree.', type: 'paragraph' }],
          agreement: { label: 'Agreed', category: 'agreed' },
          text: 'Do it.',
          ref: '1',
        },
      ],
      submitted: '2026-02-09',
      title: 'Plan',
      format: 'action-plan/1',
    } as unknown as ActionPlan;
    expect(toJson(scrambled)).toBe(
      [
        '{',
        '  "format": "action-plan/1",',
        '  "title": "Plan",',
        '  "submitted": "2026-02-09",',
        '  "recommendations": [',
        '    {',
        '      "ref": "1",',
        '      "text": "Do it.",',
        '      "agreement": {',
        '        "category": "agreed",',
        '        "label": "Agreed"',
        '      },',
        '      "response": [',
        '        {',
        '          "type": "paragraph",',
        '          "text": "We agree."',
        '        }',
        '      ],',
        '      "actions": [',
        '        {',
        '          "owner": "Chief Probation Officer",',
        '          "target": {',
        '            "type": "month",',
        '            "raw": "March 2026",',
        '            "month": "2026-03"',
        '          }',
        '        }',
        '      ]',
        '    }',
        '  ],',
        '  "statedTally": {',
        '    "agreed": 1,',
        '    "partlyAgreed": 0,',
        '    "notAgreed": 0,',
        '    "total": 1',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('orders the fields of updates, revised targets, periods and assessments', () => {
    const plan = {
      format: 'action-plan/1',
      title: 'Plan',
      recommendations: [
        {
          ref: '1',
          text: 'Do it.',
          agreement: { category: 'not-agreed' },
          reasons: ['affordability'],
          response: [{ items: ['a'], type: 'list' }],
          actions: [
            {
              target: {
                end: '2027-03-31',
                start: '2026-04-01',
                unit: 'financial-year',
                raw: '2026-27',
                type: 'period',
              },
              owner: 'Owner',
              description: 'What',
              updates: [
                {
                  reason: 'Supplier delay',
                  revisedTarget: { date: '2027-06-30', raw: '30/6/2027', type: 'day' },
                  note: 'Late',
                  status: 'in-progress',
                  on: '2026-10-01',
                },
              ],
            },
            { owner: 'Owner', target: { raw: '', type: 'unknown' } },
            { owner: 'Owner', target: { status: 'to-be-confirmed', raw: 'TBC', type: 'status' } },
          ],
          assessments: [{ note: 'n', judgement: 'reasonable', scale: 'progress', by: 'HMIP', on: '2027-01-01' }],
        },
      ],
    } as unknown as ActionPlan;
    const text = toJson(plan);
    const keysInOrder = (json: string, ...keys: string[]): number[] => keys.map((k) => json.indexOf(`"${k}"`));
    const ascending = (positions: number[]): boolean =>
      positions.every((p, i) => p >= 0 && (i === 0 || p > (positions[i - 1] as number)));
    expect(
      ascending(keysInOrder(text, 'ref', 'text', 'agreement', 'reasons', 'response', 'actions', 'assessments')),
    ).toBe(true);
    expect(ascending(keysInOrder(text, 'description', 'owner', 'target', 'updates'))).toBe(true);
    expect(ascending(keysInOrder(text, 'unit', 'start', 'end'))).toBe(true);
    expect(ascending(keysInOrder(text, 'on', 'status', 'note', 'revisedTarget', 'reason'))).toBe(true);
    expect(
      ascending(keysInOrder(text.slice(text.indexOf('"assessments"')), 'on', 'by', 'scale', 'judgement', 'note')),
    ).toBe(true);
    expect(fromJson(text)).toEqual({ ok: true, value: plan, issues: [], locate: expect.any(Function) });
  });

  it('leaves out optional fields that are undefined', () => {
    const plan = { format: 'action-plan/1', title: 'Plan', respondent: undefined, recommendations: [] } as ActionPlan;
    expect(toJson(plan)).toBe('{\n  "format": "action-plan/1",\n  "title": "Plan",\n  "recommendations": []\n}\n');
  });

  it('escapes quotes, backslashes, control characters and lone surrogates so they read back', () => {
    const title = 'He said "no" \\ \n\t\u0000 \u2028 \ud800 <script>';
    const text = toJson({ format: 'action-plan/1', title, recommendations: [] });
    expect(text).toContain('\\"no\\"');
    expect(text).toContain('\\ud800');
    expect(text.split('\n')).toHaveLength(6);
    const back = fromJson(text);
    expect(back.ok && back.value.title).toBe(title);
  });
});
