import type { TargetDate } from '../../model/TargetDate.js';

/**
 * A target date as canonical JSON writes it (`toJson`): its type, its text as written, then the
 * fields of its type, in that order.
 */
export function targetJson(target: TargetDate): TargetDate {
  switch (target.type) {
    case 'day':
      return { type: target.type, raw: target.raw, date: target.date };
    case 'month':
      return { type: target.type, raw: target.raw, month: target.month };
    case 'period':
      return { type: target.type, raw: target.raw, unit: target.unit, start: target.start, end: target.end };
    case 'status':
      return { type: target.type, raw: target.raw, status: target.status };
    default:
      return { type: target.type, raw: target.raw };
  }
}
