import type { IssueBase, IssuePath, Severity, SourceLocation } from '../model/Issue.js';

/** What a code of an area declares beside the code that raises it: its default severity and its message. */
export interface IssueDefinition<P> {
  /** The severity the code always has. */
  readonly severity: Severity;
  /** Builds the sentence for people from the code's params. */
  readonly message: (params: P) => string;
}

/** An area's table of codes: for each code, its severity and message. */
export type IssueTable<M> = { readonly [C in keyof M]: IssueDefinition<M[C]> };

/** Builds an issue of an area from its code, where it is in the plan, its params and where it is in the input. */
export type IssueFactory<M> = <C extends keyof M & string>(
  code: C,
  path: IssuePath,
  params: M[C],
  location?: SourceLocation,
) => IssueBase<C, M[C]>;

/**
 * Declares the issue codes of one area (their severities and messages, beside the code that raises
 * them) and returns the function that builds its issues. An area's bundle carries only its own
 * messages.
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineIssues<M>(table: IssueTable<M>): IssueFactory<M> {
  return (code, path, params, location) => {
    const definition = table[code];
    const issue: { -readonly [K in keyof IssueBase]: IssueBase[K] } = {
      code,
      severity: definition.severity,
      path,
      message: definition.message(params),
      params: params as IssueBase['params'],
    };
    if (location !== undefined) issue.location = location;
    return issue as IssueBase<typeof code, M[typeof code]>;
  };
}
