import {
  ACHIEVEMENT_JUDGEMENTS,
  AGREEMENT_CATEGORIES,
  PERIOD_UNITS,
  PROGRESS_JUDGEMENTS,
  PROGRESS_STATUSES,
  REASON_CATEGORIES,
  RECOMMENDATION_KINDS,
  TARGET_STATUSES,
} from '../model/vocabulary.js';
import { isIsoDate } from '../_lib/isIsoDate.js';
import { NON_BLANK } from './_internal/nonBlank.js';

// A validator for JSON values that answers only yes or no, without copying anything: the fast
// path of fromJson for the common case of a valid plan. It accepts exactly what ActionPlanSchema
// accepts for the values JSON.parse produces; a property test holds the two together. When it says
// no, the zod schema reads the value again to say why.

type Check = (value: unknown) => boolean;
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str: Check = (value) => typeof value === 'string';
const oneOf =
  (values: readonly string[]): Check =>
  (value) =>
    typeof value === 'string' && values.includes(value);
const list =
  (item: Check): Check =>
  (value) =>
    Array.isArray(value) && value.every(item);
const count: Check = (value) => Number.isSafeInteger(value) && (value as number) >= 0;
const pattern =
  (regex: RegExp): Check =>
  (value) =>
    typeof value === 'string' && regex.test(value);

/**
 * A real calendar date written YYYY-MM-DD, any four-digit year, as IsoDateSchema accepts: a pure
 * check of the text, not date-fns, which would make this validator much slower (see isIsoDate).
 */
const date: Check = isIsoDate;

/** A strict object: the required fields, the optional ones when present, and no other field. */
const object = (required: Readonly<Record<string, Check>>, optional: Readonly<Record<string, Check>> = {}): Check => {
  const checks = [...Object.entries(required), ...Object.entries(optional)];
  const mandatory = Object.keys(required).length;
  return (value) => {
    if (!isObject(value)) return false;
    let known = 0;
    for (let i = 0; i < checks.length; i += 1) {
      const [key, check] = checks[i] as [string, Check];
      const field = value[key];
      if (field === undefined) {
        if (i < mandatory) return false;
      } else {
        if (!check(field)) return false;
        known += 1;
      }
    }
    // Every field present was one of the known ones: no other field.
    for (const _ in value) known -= 1;
    return known === 0;
  };
};

/** One of several strict objects, chosen by the value of a field. */
const union =
  (field: string, variants: Readonly<Record<string, Check>>): Check =>
  (value) => {
    const tag = isObject(value) ? value[field] : undefined;
    return typeof tag === 'string' && Object.hasOwn(variants, tag) && (variants[tag] as Check)(value);
  };

const status = oneOf(TARGET_STATUSES);
const period = object({
  type: str,
  raw: str,
  unit: oneOf(PERIOD_UNITS),
  start: date,
  end: date,
});
const target = union('type', {
  day: object({ type: str, raw: str, date }),
  month: object({ type: str, raw: str, month: pattern(/^\d{4}-(?:0[1-9]|1[0-2])$/) }),
  period: (value) => period(value) && ((value as Json).start as string) <= ((value as Json).end as string),
  status: object({ type: str, raw: str, status }),
  unknown: object({ type: str, raw: str }),
});
const block = union('type', {
  paragraph: object({ type: str, text: str }),
  list: object({ type: str, items: list(str) }),
});
const update = object(
  { on: date, status: oneOf(PROGRESS_STATUSES) },
  { note: str, revisedTarget: target, reason: str },
);
const action = object({ owner: str, target }, { description: str, updates: list(update) });
const assessment = union('scale', {
  achievement: object({ on: date, scale: str, judgement: oneOf(ACHIEVEMENT_JUDGEMENTS) }, { by: str, note: str }),
  progress: object({ on: date, scale: str, judgement: oneOf(PROGRESS_JUDGEMENTS) }, { by: str, note: str }),
});
const recommendation = object(
  {
    ref: str,
    text: str,
    agreement: object({}, { category: oneOf(AGREEMENT_CATEGORIES), label: str }),
    response: list(block),
    actions: list(action),
  },
  {
    kind: oneOf(RECOMMENDATION_KINDS),
    section: str,
    addressee: str,
    reasons: list(oneOf(REASON_CATEGORIES)),
    assessments: list(assessment),
  },
);

/** Whether a JSON value is a valid `action-plan/1` plan. */
export const isActionPlan: Check = object(
  { format: (value) => value === 'action-plan/1', title: pattern(NON_BLANK), recommendations: list(recommendation) },
  {
    respondent: str,
    inspectorate: str,
    reportTitle: str,
    reportPublished: date,
    submitted: date,
    statedTally: object({ agreed: count, partlyAgreed: count, notAgreed: count, total: count }),
  },
);
