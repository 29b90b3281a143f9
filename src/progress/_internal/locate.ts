import type { IsoDate } from '../../model/IsoDate.js';
import type { LocatedAction } from '../../model/DueAction.js';
import type { LocatedStatus } from '../forEachStatus.js';

/** The fields that say where an action with a deadline stands and who owns it. */
export function locate(entry: LocatedStatus, deadline: IsoDate): LocatedAction {
  const { recommendation, recommendationIndex, action, actionIndex, status } = entry;
  return {
    ref: recommendation.ref,
    recommendationIndex,
    actionIndex,
    path: ['recommendations', recommendationIndex, 'actions', actionIndex],
    owner: action.owner,
    target: status.target,
    revised: status.revised,
    deadline,
  };
}
