import * as z from 'zod';
import { ActionPlanSchema } from '../ActionPlanSchema.js';
import { ActionSchema } from '../ActionSchema.js';
import { AssessmentSchema } from '../AssessmentSchema.js';
import { BlockSchema } from '../BlockSchema.js';
import { IsoDateSchema } from '../IsoDateSchema.js';
import { ProgressUpdateSchema } from '../ProgressUpdateSchema.js';
import { RecommendationSchema } from '../RecommendationSchema.js';
import { TallySchema } from '../TallySchema.js';
import { TargetDateSchema } from '../TargetDateSchema.js';
import { YearMonthSchema } from '../YearMonthSchema.js';

/** The parts of the model that become named `$defs`, with the description each carries. */
const definitions: readonly (readonly [z.ZodType, string, string])[] = [
  [IsoDateSchema, 'IsoDate', 'A real calendar date, YYYY-MM-DD.'],
  [YearMonthSchema, 'YearMonth', 'A real calendar month, YYYY-MM.'],
  [TargetDateSchema, 'TargetDate', 'A target date: the text as written (raw) and what it means.'],
  [BlockSchema, 'Block', 'A paragraph or a bulleted list of a response.'],
  [ProgressUpdateSchema, 'ProgressUpdate', 'A progress update on an action.'],
  [AssessmentSchema, 'Assessment', "The inspectorate's later assessment."],
  [ActionSchema, 'Action', 'An action with its responsible owner and target date.'],
  [RecommendationSchema, 'Recommendation', 'A recommendation and the answer to it.'],
  [TallySchema, 'Tally', 'How many recommendations fall in each category.'],
];

/**
 * Generates the JSON Schema of the `action-plan/1` format from the zod schemas.
 *
 * @remarks Used at build time to write `dist/action-plan.schema.json`, and by the test that keeps
 * the committed copy (`src/schema/action-plan.schema.json`) in step with the zod schemas. The
 * model's types become named `$defs`, registered here rather than on the schemas themselves so
 * that importing the library registers nothing.
 *
 * @returns The JSON Schema (draft 2020-12) as a plain object.
 */
export function actionPlanJsonSchema(): Record<string, unknown> {
  const names = z.registry<{ id: string; description: string }>();
  for (const [schema, id, description] of definitions) names.add(schema, { id, description });
  const generated = z.toJSONSchema(ActionPlanSchema, {
    target: 'draft-2020-12',
    unrepresentable: 'throw',
    metadata: names,
  });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'Action plan (action-plan/1)',
    description:
      "A public body's answer to an inspectorate's report, recommendation by recommendation, in the canonical JSON format of action-plan-kit.",
    ...rest,
  };
}

/**
 * The generated JSON Schema as the text that is shipped: two-space indentation, final newline.
 *
 * @returns The JSON Schema text.
 */
export function actionPlanJsonSchemaText(): string {
  return `${JSON.stringify(actionPlanJsonSchema(), null, 2)}\n`;
}
