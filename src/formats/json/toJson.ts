import type { Action } from '../../model/Action.js';
import type { ActionPlan } from '../../model/ActionPlan.js';
import type { Assessment } from '../../model/Assessment.js';
import type { Block } from '../../model/Block.js';
import type { ProgressUpdate } from '../../model/ProgressUpdate.js';
import type { Recommendation } from '../../model/Recommendation.js';
import type { Tally } from '../../model/Tally.js';
import type { TargetDate } from '../../model/TargetDate.js';
import { TALLY_FIGURES } from '../../model/vocabulary.js';

type Ordered = Record<string, unknown>;

/** Copies the named keys of a value in the given order, leaving out those that are undefined. */
function pick(value: object, keys: readonly string[]): Ordered {
  const source = value as Ordered;
  const out: Ordered = {};
  for (const key of keys) {
    if (source[key] !== undefined) out[key] = source[key];
  }
  return out;
}

function target(value: TargetDate): Ordered {
  switch (value.type) {
    case 'day':
      return pick(value, ['type', 'raw', 'date']);
    case 'month':
      return pick(value, ['type', 'raw', 'month']);
    case 'period':
      return pick(value, ['type', 'raw', 'unit', 'start', 'end']);
    case 'status':
      return pick(value, ['type', 'raw', 'status']);
    default:
      return pick(value, ['type', 'raw']);
  }
}

function block(value: Block): Ordered {
  return value.type === 'list' ? { type: value.type, items: [...value.items] } : pick(value, ['type', 'text']);
}

function update(value: ProgressUpdate): Ordered {
  const out = pick(value, ['on', 'status', 'note']);
  if (value.revisedTarget !== undefined) out.revisedTarget = target(value.revisedTarget);
  if (value.reason !== undefined) out.reason = value.reason;
  return out;
}

function action(value: Action): Ordered {
  const out = pick(value, ['description', 'owner']);
  out.target = target(value.target);
  if (value.updates !== undefined) out.updates = value.updates.map(update);
  return out;
}

function assessment(value: Assessment): Ordered {
  return pick(value, ['on', 'by', 'scale', 'judgement', 'note']);
}

function recommendation(value: Recommendation): Ordered {
  const out = pick(value, ['ref', 'kind', 'section', 'addressee', 'text']);
  out.agreement = pick(value.agreement, ['category', 'label']);
  if (value.reasons !== undefined) out.reasons = [...value.reasons];
  out.response = value.response.map(block);
  out.actions = value.actions.map(action);
  if (value.assessments !== undefined) out.assessments = value.assessments.map(assessment);
  return out;
}

function tally(value: Tally): Ordered {
  return pick(value, TALLY_FIGURES);
}

/**
 * Writes an action plan as canonical JSON (`action-plan/1`).
 * @category Formats
 *
 * @remarks
 * The output is deterministic: the same plan always gives the same bytes. Keys follow the order of
 * the model's documentation (not the order of the object given), fields that are `undefined` are
 * left out, indentation is two spaces and the text ends with a newline. Only the fields of the
 * format are written. {@link fromJson} reads the text back to an equal plan.
 *
 * @param plan - A valid plan, such as the value of a successful {@link parseActionPlan}.
 * @returns The JSON text.
 *
 * @example
 * ```ts
 * import { toJson } from 'action-plan-kit';
 * toJson({ recommendations: [], title: 'Plan', format: 'action-plan/1' })
 * //=> '{\n  "format": "action-plan/1",\n  "title": "Plan",\n  "recommendations": []\n}\n'
 * ```
 */
export function toJson(plan: ActionPlan): string {
  const out = pick(plan, [
    'format',
    'title',
    'respondent',
    'inspectorate',
    'reportTitle',
    'reportPublished',
    'submitted',
  ]);
  out.recommendations = plan.recommendations.map(recommendation);
  if (plan.statedTally !== undefined) out.statedTally = tally(plan.statedTally);
  return `${JSON.stringify(out, null, 2)}\n`;
}
