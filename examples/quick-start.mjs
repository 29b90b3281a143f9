// Quick start: import the bundled real plan from its published text, check it, tally it.
import { readFileSync } from 'node:fs';
import { checkActionPlan, formatIssues, fromPublishedText, tallyAgreement } from 'action-plan-kit';

const text = readFileSync(new URL('./data/sfo-annual-report-2024-25.txt', import.meta.url), 'utf8');
const result = fromPublishedText(text);
if (!result.ok) throw new Error('the bundled plan could not be read');
const plan = result.value;

console.log(`${plan.title}: ${plan.recommendations.length} recommendations`);
const tally = tallyAgreement(plan);
console.log(
  `Agreed ${tally.agreed}, Partly Agreed ${tally.partlyAgreed}, Not Agreed ${tally.notAgreed}, Total ${tally.total}`,
);
console.log('');
process.stdout.write(formatIssues(checkActionPlan(plan), { plan }));
