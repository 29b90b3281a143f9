// CommonJS: the same library through require.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { fromJson, tallyAgreement } = require('action-plan-kit');

const result = fromJson(readFileSync(join(__dirname, 'data', 'sfo-annual-report-2024-25.json'), 'utf8'));
if (!result.ok) throw new Error('the bundled plan is not valid');
const tally = tallyAgreement(result.value);
console.log(`require works: ${result.value.title}, ${tally.total} recommendations (${tally.agreed} agreed)`);
