// Authoring a plan in code: build it, validate it, check it, and save it as canonical JSON.
import { checkActionPlan, formatIssues, parseActionPlan, parseTargetDate, toJson } from 'action-plan-kit';

const draft = {
  format: 'action-plan/1',
  title: 'Report on an unannounced inspection of HMP Example',
  respondent: 'HM Prison & Probation Service',
  inspectorate: 'HM Inspectorate of Prisons',
  submitted: '2026-03-02',
  recommendations: [
    {
      ref: 'P1',
      kind: 'priority-concern',
      section: 'Priority concerns',
      addressee: 'The governor should:',
      text: 'Ensure that prisoners are unlocked for at least two hours a day.',
      agreement: { category: 'agreed', label: 'Agreed' },
      response: [{ type: 'paragraph', text: 'A new regime will be introduced after consultation with staff.' }],
      actions: [
        { owner: 'Head of Residence', target: parseTargetDate('June 2026') },
        { owner: 'Governor', target: parseTargetDate('Q3 2026') },
      ],
    },
    {
      ref: 'P2',
      kind: 'priority-concern',
      section: 'Priority concerns',
      addressee: 'HM Prison and Probation Service should:',
      text: 'Fund a second workshop.',
      agreement: { category: 'not-agreed', label: 'Not Agreed' },
      response: [{ type: 'paragraph', text: 'A second workshop is not affordable in this spending period.' }],
      actions: [],
    },
  ],
  statedTally: { agreed: 1, partlyAgreed: 0, notAgreed: 1, total: 2 },
};

// Validation: the shape. A typo, such as a month 13, is caught here with a path to the field.
const typo = parseActionPlan({ ...draft, submitted: '2026-13-02' });
console.log(`With a typo: ${typo.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);

const result = parseActionPlan(draft);
if (!result.ok) throw new Error('the draft is not valid');

// Checks: the content, against the template's rules.
const issues = checkActionPlan(result.value);
process.stdout.write(formatIssues(issues, { plan: result.value }));

// Canonical JSON: the same plan always gives the same bytes.
const json = toJson(result.value);
console.log(`Canonical JSON: ${json.length} characters, starting ${JSON.stringify(json.slice(0, 30))}`);
