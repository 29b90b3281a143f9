import { isoDate, parseTargetDate, type ActionPlan } from '../../../src/index.js';
import { deepFreeze } from '../../support/deepFreeze.js';

/** The date the pictures of the tests are drawn as of. */
export const AS_OF = '2026-06-15';

/**
 * A small plan with an action of every status as of {@link AS_OF}: overdue, due soon, on track
 * (a day, a month, a quarter, a financial year), completed (by an update, and by its target),
 * withdrawn, revised (to a later month, and to "TBC"), open-ended ("TBC", "Commenced and ongoing",
 * no date), and a recommendation with no action.
 */
export function everyStatusPlan(): ActionPlan {
  const t = parseTargetDate;
  return deepFreeze({
    format: 'action-plan/1',
    title: 'Inspection of HMP Example: every status',
    recommendations: [
      {
        ref: '1',
        text: 'Improve safety on the wings.',
        agreement: { category: 'agreed', label: 'Agreed' },
        response: [],
        actions: [
          { description: 'Publish the safety strategy', owner: 'Governor', target: t('31 March 2026') },
          { description: 'Train every officer in de-escalation', owner: 'Head of Safety', target: t('June 2026') },
          { description: 'Review the use of force', owner: 'Head of Safety', target: t('Q3 2026') },
        ],
      },
      {
        ref: '2',
        text: 'Improve education, skills and work.',
        agreement: { category: 'partly-agreed', label: 'Partly Agreed' },
        reasons: ['affordability'],
        response: [],
        actions: [
          {
            description: 'Recruit two teachers',
            owner: 'Head of Learning',
            target: t('March 2026'),
            updates: [{ on: isoDate('2026-03-15'), status: 'completed' }],
          },
          {
            description: 'Open the new library',
            owner: 'Head of Learning',
            target: t('April 2026'),
            updates: [
              {
                on: isoDate('2026-04-10'),
                status: 'in-progress',
                revisedTarget: t('September 2026'),
                reason: 'Building works',
              },
            ],
          },
          { description: 'Offer vocational courses', owner: 'Head of Learning', target: t('2026-27') },
        ],
      },
      {
        ref: '3',
        text: 'Close the old wing.',
        agreement: { category: 'not-agreed', label: 'Not Agreed' },
        reasons: ['operational'],
        response: [],
        actions: [],
      },
      {
        ref: '4',
        text: 'Improve resettlement.',
        agreement: { category: 'agreed' },
        response: [],
        actions: [
          { owner: 'Head of Resettlement', target: t('TBC') },
          { owner: 'Head of Reducing Reoffending', target: t('Commenced and ongoing') },
          { owner: 'Governor', target: t('Completed') },
          {
            description: 'Set up a housing clinic',
            owner: 'Head of Resettlement',
            target: t('July 2026'),
            updates: [{ on: isoDate('2026-05-01'), status: 'withdrawn', note: 'The council runs one' }],
          },
          { description: 'Agree a protocol with the council', owner: 'Head of Resettlement', target: t('') },
          {
            description: 'Appoint a family engagement worker',
            owner: 'Deputy Governor',
            target: t('March 2026'),
            updates: [{ on: isoDate('2026-03-20'), status: 'in-progress', revisedTarget: t('TBC'), reason: 'Funding' }],
          },
        ],
      },
    ],
  } as ActionPlan);
}
