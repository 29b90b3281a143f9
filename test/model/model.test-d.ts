import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import {
  ActionPlanSchema,
  fromJson,
  parseActionPlan,
  TargetDateSchema,
  type ActionPlan,
  type Agreement,
  type AgreementCategory,
  type CategoryMissingParams,
  type IsoDate,
  type Issue,
  type IssuePath,
  type ParseResult,
  type ReadResult,
  type SchemaIssue,
  type JsonIssue,
  type TargetDate,
  type YearMonth,
} from '../../src/index.js';

describe('model types', () => {
  it('keeps IsoDate and YearMonth apart from plain strings and from each other', () => {
    expectTypeOf<IsoDate>().toExtend<string>();
    expectTypeOf<string>().not.toExtend<IsoDate>();
    expectTypeOf<YearMonth>().not.toExtend<IsoDate>();
    expectTypeOf<IsoDate>().not.toExtend<YearMonth>();
  });

  it('discriminates target dates on type, each with its raw text', () => {
    expectTypeOf<TargetDate['raw']>().toEqualTypeOf<string>();
    expectTypeOf<Extract<TargetDate, { type: 'month' }>['month']>().toEqualTypeOf<YearMonth>();
    expectTypeOf<Extract<TargetDate, { type: 'day' }>['date']>().toEqualTypeOf<IsoDate>();
    expectTypeOf<Extract<TargetDate, { type: 'status' }>['status']>().toEqualTypeOf<
      'completed' | 'ongoing' | 'to-be-confirmed' | 'after-decision'
    >();
  });

  it('lets an answer state no category, with or without a label, but only one of the three when it does', () => {
    expectTypeOf<Agreement['category']>().toEqualTypeOf<AgreementCategory | undefined>();
    expectTypeOf<{}>().toExtend<Agreement>();
    expectTypeOf<{ label: 'Accepted in principle' }>().toExtend<Agreement>();
    expectTypeOf<{ category: 'accepted' }>().not.toExtend<Agreement>();
    expectTypeOf<CategoryMissingParams>().toEqualTypeOf<{ readonly ref: string; readonly label?: string }>();
    // Code that reads the category must say what it does when there is none.
    const name = (agreement: Agreement): string => {
      switch (agreement.category) {
        case 'agreed':
        case 'partly-agreed':
        case 'not-agreed':
          return agreement.category;
        case undefined:
          return agreement.label ?? 'none';
        default: {
          const never: never = agreement.category;
          return never;
        }
      }
    };
    expectTypeOf(name).returns.toEqualTypeOf<string>();
  });

  it('makes plans readonly', () => {
    expectTypeOf<ActionPlan['recommendations']>().toExtend<readonly unknown[]>();
    const assign = (plan: ActionPlan): void => {
      // @ts-expect-error a plan's fields cannot be assigned
      plan.title = 'changed';
    };
    void assign;
  });
});

describe('issues', () => {
  it('types params by code', () => {
    const read = (issue: Issue): number | undefined => {
      if (issue.code === 'json.syntax_error') {
        expectTypeOf(issue.params.line).toEqualTypeOf<number>();
        return issue.params.column;
      }
      // @ts-expect-error params of other codes have no line
      return issue.params.line;
    };
    void read;
    expectTypeOf<Issue['path']>().toEqualTypeOf<IssuePath>();
  });
});

describe('readers and schemas', () => {
  it('give the value only after checking ok', () => {
    expectTypeOf(parseActionPlan).returns.toEqualTypeOf<ParseResult<ActionPlan, SchemaIssue>>();
    expectTypeOf(fromJson).returns.toEqualTypeOf<ReadResult<ActionPlan, JsonIssue | SchemaIssue>>();
    expectTypeOf(parseActionPlan).returns.toExtend<ParseResult<ActionPlan>>();
    const result = parseActionPlan({});
    // @ts-expect-error value exists only when ok is true
    void result.value;
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<ActionPlan>();
  });

  it('infer the model types from the schemas', () => {
    expectTypeOf<z.output<typeof ActionPlanSchema>>().toEqualTypeOf<ActionPlan>();
    expectTypeOf<z.output<typeof TargetDateSchema>>().toEqualTypeOf<TargetDate>();
  });
});
