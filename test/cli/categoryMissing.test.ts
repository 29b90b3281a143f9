import { describe, expect, it } from 'vitest';
import type { ActionPlan } from '../../src/index.js';
import { realPlan } from '../support/realPlan.js';
import { cli } from '../support/runBuilt.js';

/** The bundled plan with recommendation 1 stating no category and 2 answered "Accepted in principle". */
function plan(): ActionPlan {
  const base = realPlan();
  return {
    ...base,
    recommendations: base.recommendations.map((r, i) =>
      i === 0 ? { ...r, agreement: {} } : i === 1 ? { ...r, agreement: { label: 'Accepted in principle' } } : r,
    ),
  };
}

describe('the command on a recommendation that states no category', () => {
  it('tallies it in the total only, with a row of its own, and leaves it out of the acceptance rate', () => {
    const input = JSON.stringify(plan());
    const run = cli(['tally', '-', 'examples/data/sfo-annual-report-2024-25.json'], { input });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      [
        'Recommendations     Counted  Stated',
        '------------------  -------  ------',
        'Agreed                    4       6',
        'Partly Agreed             1       1',
        'Not Agreed                0       0',
        'No category stated        2',
        'Total                     7       7',
        '',
        'The stated tally does not match the rows.',
      ].join('\n'),
    );
    expect(run.stdout).toContain('No category stated        2\nTotal                    14\n');
    expect(run.stdout).toContain(
      'Accepted (agreed or partly agreed): 100% (12 of the 12 recommendations that state a category; 2 state none).',
    );
    const json = JSON.parse(cli(['tally', '-', '--format', 'json'], { input }).stdout);
    expect(json.files[0].counted).toEqual({ agreed: 4, partlyAgreed: 1, notAgreed: 0, total: 7 });
    expect(json.combined).toMatchObject({ acceptanceRate: 1 });
  });

  it('checks it and names it in the report', () => {
    const run = cli(['check', '-', '--explain'], { input: JSON.stringify(plan()) });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'Recommendation 1 (no category stated)\n  warning  recommendation.category_missing  Recommendation 1 states no category (Agreed, Partly Agreed or Not Agreed).',
    );
    expect(run.stdout).toContain(
      'Recommendation 2 (Accepted in principle)\n  warning  recommendation.category_missing  Recommendation 2 is answered "Accepted in principle", which is not one of the known categories (Agreed, Partly Agreed or Not Agreed).',
    );
    expect(run.stdout).toContain('State whether the recommendation is Agreed, Partly Agreed or Not Agreed');
    const sarif = JSON.parse(cli(['check', '-', '--format', 'sarif'], { input: JSON.stringify(plan()) }).stdout);
    expect(
      sarif.runs[0].results
        .filter((r: { ruleId: string }) => r.ruleId === 'recommendation.category_missing')
        .map((r: { level: string }) => r.level),
    ).toEqual(['warning', 'warning']);
  });

  it('converts it to every format and back without losing the answer', () => {
    const input = JSON.stringify(plan());
    const csv = cli(['convert', '-', '--to', 'csv'], { input });
    expect(csv.code).toBe(0);
    const back = cli(['convert', '-', '--to', 'json', '--title', plan().title], { input: csv.stdout });
    expect(back.code).toBe(0);
    const read = JSON.parse(back.stdout) as ActionPlan;
    expect(read.recommendations.slice(0, 3).map((r) => r.agreement)).toEqual([
      {},
      { label: 'Accepted in principle' },
      { category: 'agreed', label: 'Agreed' },
    ]);
    expect(cli(['convert', '-', '--to', 'markdown'], { input }).stdout).toContain('| *Not stated* |');
    expect(cli(['convert', '-', '--to', 'html'], { input }).stdout).toContain('<em>Not stated</em>');
  });
});
