// The main job: read the bundled real plan, validate it, and print a readable summary.
// Run it with `npm run demo` (it builds the package first, then imports it by name).
import { readFileSync } from 'node:fs';
import { fromJson } from 'action-plan-kit';

const file = new URL('./data/sfo-annual-report-2024-25.json', import.meta.url);
const result = fromJson(readFileSync(file, 'utf8'));

if (!result.ok) {
  console.error(`The bundled plan is not valid (${result.issues.length} issues):`);
  for (const issue of result.issues) console.error(`  ${issue.path.join('.') || '(plan)'}: ${issue.message}`);
  process.exit(1);
}

const plan = result.value;
const categoryNames = { agreed: 'Agreed', 'partly-agreed': 'Partly Agreed', 'not-agreed': 'Not Agreed' };
const actions = plan.recommendations.flatMap((r) => r.actions);

console.log(plan.title);
console.log('='.repeat(plan.title.length));
if (plan.respondent) console.log(`Respondent:       ${plan.respondent}`);
if (plan.reportPublished) console.log(`Report published: ${plan.reportPublished}`);
if (plan.submitted) console.log(`Plan submitted:   ${plan.submitted}`);
console.log(`Valid action-plan/1: ${plan.recommendations.length} recommendations, ${actions.length} actions.`);
console.log('');

const rows = plan.recommendations.flatMap((r) => {
  const category = r.agreement.label ?? categoryNames[r.agreement.category];
  if (r.actions.length === 0) return [{ ref: r.ref, category, owner: '(no actions)', target: '' }];
  return r.actions.map((action, i) => ({
    ref: i === 0 ? r.ref : '',
    category: i === 0 ? category : '',
    owner: action.owner || '(no owner)',
    target: action.target.raw || '(no target)',
  }));
});
const width = (key, title) => Math.max(title.length, ...rows.map((row) => row[key].length));
const columns = [
  ['ref', 'Rec'],
  ['category', 'Category'],
  ['owner', 'Responsible owner'],
  ['target', 'Target date'],
].map(([key, title]) => ({ key, title, width: width(key, title) }));
const line = (cells) => cells.map((cell, i) => cell.padEnd(columns[i].width)).join('  ').trimEnd();
console.log(line(columns.map((c) => c.title)));
console.log(line(columns.map((c) => '-'.repeat(c.width))));
for (const row of rows) console.log(line(columns.map((c) => row[c.key])));

if (plan.statedTally) {
  const t = plan.statedTally;
  console.log('');
  console.log(`Stated tally: Agreed ${t.agreed}, Partly Agreed ${t.partlyAgreed}, Not Agreed ${t.notAgreed}, Total ${t.total}`);
}
