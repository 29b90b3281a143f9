/**
 * Where a recommendation is, in words: the params of findings about a recommendation as a whole.
 * @category Rules
 */
export interface RecommendationParams {
  /** The recommendation's ref. */
  readonly ref: string;
}

/**
 * A recommendation and a count of its actions: the params of the timescale and "has actions" findings.
 * @category Rules
 */
export interface ActionCountParams {
  /** The recommendation's ref. */
  readonly ref: string;
  /**
   * How many actions the finding is about: all of the recommendation's actions (no timescale), or
   * those with a deadline (not agreed, yet with actions).
   */
  readonly actions: number;
}

/**
 * Where an action is, in words: the params of every finding about an action.
 * @category Rules
 */
export interface ActionParams {
  /** The ref of the recommendation the action answers. */
  readonly ref: string;
  /** The action's position in its recommendation, from 1. */
  readonly action: number;
  /** The action's responsible owner as written (possibly empty). */
  readonly owner: string;
}
