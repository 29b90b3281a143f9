// Rewrites the committed copy of the JSON Schema from the zod schemas (`npm run schema`).
// Review the diff before committing it: the JSON format is an API.
import { writeFileSync } from 'node:fs';
import { actionPlanJsonSchemaText } from '../../src/schema/_internal/actionPlanJsonSchema.js';

writeFileSync(new URL('../../src/schema/action-plan.schema.json', import.meta.url), actionPlanJsonSchemaText());
