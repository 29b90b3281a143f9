// Monitoring: record progress over months, including a revised target with and without a
// justification, and see what is overdue at each step.
import { actionStatus, checkActionPlan, findOverdue, parseTargetDate } from 'action-plan-kit';

const plan = {
  format: 'action-plan/1',
  title: 'Serious Further Offence Annual Report 2024-2025',
  submitted: '2026-02-09',
  recommendations: [
    {
      ref: '1',
      text: 'Devise and implement an approach to engaging with victims and their families following an SFO.',
      agreement: { category: 'agreed', label: 'Agreed' },
      response: [{ type: 'paragraph', text: 'A consultation, then a best practice guide.' }],
      actions: [
        {
          owner: 'Deputy Director Public Protection Group',
          target: parseTargetDate('March 2026'),
          updates: [{ on: '2026-03-20', status: 'completed', note: 'Consultation closed.' }],
        },
        {
          owner: 'Deputy Director Public Protection Group',
          target: parseTargetDate('June 2026'),
          updates: [
            {
              on: '2026-05-15',
              status: 'in-progress',
              revisedTarget: parseTargetDate('September 2026'),
              reason: 'The Victims Commissioner asked for a second round.',
            },
            { on: '2026-09-28', status: 'in-progress', revisedTarget: parseTargetDate('December 2026') },
          ],
        },
      ],
    },
    {
      ref: '4',
      text: 'Ensure that the process for countersigning of all SFO reviews is sufficiently robust.',
      agreement: { category: 'agreed', label: 'Agreed' },
      response: [{ type: 'paragraph', text: 'The checklist has been revised.' }],
      actions: [{ owner: 'Chief Probation Officer', target: parseTargetDate('April 2026') }],
    },
  ],
};

for (const asOf of ['2026-03-31', '2026-05-01', '2026-07-01', '2026-10-15']) {
  const overdue = findOverdue(plan, { asOf });
  const days = (n) => `${n} ${n === 1 ? 'day' : 'days'}`;
  const summary = overdue.map((a) => `rec ${a.ref} "${a.target.raw}" ${days(a.daysOverdue)} (${a.owner})`).join('; ');
  console.log(`${asOf}: ${overdue.length === 0 ? 'nothing overdue' : summary}`);
}

const guide = plan.recommendations[0].actions[1];
const status = actionStatus(guide, { asOf: '2026-10-15' });
console.log(
  `The guide, as of 2026-10-15: ${status.status}, against the revised target "${status.target.raw}" (plan said "${guide.target.raw}")`,
);

const unjustified = checkActionPlan(plan).filter((issue) => issue.code === 'action.target_revised_without_reason');
for (const issue of unjustified) console.log(`Check: ${issue.message}`);
