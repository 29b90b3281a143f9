import fc from 'fast-check';
import type { IssuePath, SourceLocation } from '../../../src/index.js';
import { describe, expect, it } from 'vitest';
import { fromJson, toJson } from '../../../src/index.js';
import { locateSyntaxError } from '../../../src/formats/json/_internal/locateSyntaxError.js';
import { actionPlan } from '../../support/arbitraries.js';
import { realPlan, realPlanJson } from '../../support/realPlan.js';

describe('fromJson', () => {
  it('reads the bundled real plan, which round-trips byte for byte', () => {
    const result = fromJson(realPlanJson());
    expect(result).toEqual({ ok: true, value: realPlan(), issues: [], locate: expect.any(Function) });
    if (result.ok) expect(toJson(result.value)).toBe(realPlanJson());
  });

  it('reads back every valid plan it wrote, equal to the original', () => {
    fc.assert(
      fc.property(actionPlan, (plan) => {
        const text = toJson(plan);
        expect(fromJson(text)).toEqual({ ok: true, value: plan, issues: [], locate: expect.any(Function) });
        expect(toJson(plan)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['a trailing comma', '{\n  "format": "action-plan/1",\n}', 3, 1, '"}"', 'a property name in double quotes'],
    ['a missing value', '{"title":}', 1, 10, '"}"', 'a value (object, array, string, number, true, false or null)'],
    [
      'an unterminated string',
      '{\n  "title": "Plan\n}',
      2,
      17,
      'control character U+000A',
      'a closing double quote or a valid escape',
    ],
    ['a bad escape', '{"title": "a\\qb"}', 1, 13, '"\\\\"', 'a closing double quote or a valid escape'],
    ['single quotes', "{'title': 1}", 1, 2, '"\'"', 'a property name in double quotes or "}"'],
    ['a missing colon', '{"title" 1}', 1, 10, '"1"', '":"'],
    ['a missing comma in an array', '[1 2]', 1, 4, '"2"', '"," or "]"'],
    ['an unclosed object', '{"title": "Plan"', 1, 17, 'end of input', '"," or "}"'],
    ['text after the value', '{}\n{}', 2, 1, '"{"', 'end of input'],
    ['an empty text', '', 1, 1, 'end of input', 'a value (object, array, string, number, true, false or null)'],
    ['a leading zero', '[01]', 1, 3, '"1"', '"," or "]"'],
    ['a bare minus', '[-]', 1, 2, '"-"', 'a digit'],
    ['a comment', '{} // plan', 1, 4, '"/"', 'end of input'],
    ['CRLF line endings', '{\r\n"a": 1,\r\n}', 3, 1, '"}"', 'a property name in double quotes'],
    ['a lone CR line ending', '{\r"a": 1,\r}', 3, 1, '"}"', 'a property name in double quotes'],
  ])('reports %s at its line and column', (_, text, line, column, found, expected) => {
    const result = fromJson(text);
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      code: 'json.syntax_error',
      severity: 'error',
      path: [],
      params: { line, column, found, expected },
    });
    expect(result.issues[0]?.message).toContain(`line ${line}, column ${column}`);
  });

  it('ignores a leading byte order mark but counts it in the offset', () => {
    const withBom = `\ufeff${realPlanJson()}`;
    expect(fromJson(withBom).ok).toBe(true);
    const broken = fromJson('\ufeff{"a" 1}');
    expect(broken.issues[0]?.params).toMatchObject({ offset: 6 });
  });

  it('reports a valid JSON text that is not a plan with the validator issues', () => {
    const result = fromJson('{"format": "action-plan/1", "title": "Plan", "recommendations": {}}');
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'schema.invalid_type', path: ['recommendations'] }),
    ]);
  });

  it('cannot be made to pollute a prototype', () => {
    const result = fromJson(
      '{"__proto__": {"polluted": 1}, "format": "action-plan/1", "title": "t", "recommendations": []}',
    );
    expect(result.issues.map((i) => i.code)).toEqual(['schema.unknown_key']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('throws a TypeError when given something other than text', () => {
    expect(() => fromJson(Buffer.from('{}') as unknown as string)).toThrow(TypeError);
  });

  it('never throws on text mutated from a real plan, and locates every syntax error inside the text', () => {
    const source = realPlanJson();
    fc.assert(
      fc.property(
        fc.nat({ max: source.length - 1 }),
        fc.nat({ max: 20 }),
        fc.string({ maxLength: 3 }),
        (at, cut, insert) => {
          const text = source.slice(0, at) + insert + source.slice(at + cut);
          const result = fromJson(text);
          if (result.ok) return;
          const issue = result.issues[0];
          if (issue?.code !== 'json.syntax_error') return;
          const { offset, line, column } = issue.params;
          expect(offset).toBeLessThanOrEqual(text.length);
          const before = text.slice(0, offset).split(/\r\n|\r|\n/);
          expect(line).toBe(before.length);
          expect(column).toBe((before[before.length - 1] as string).length + 1);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('locating a JSON syntax error', () => {
  it('agrees with JSON.parse on which texts are JSON', () => {
    const candidates = fc.oneof(
      fc.json(),
      fc.json().map((s) => s.slice(0, Math.max(0, s.length - 1))),
      fc.tuple(fc.json(), fc.string({ maxLength: 2 }), fc.nat()).map(([s, extra, at]) => {
        const i = at % (s.length + 1);
        return s.slice(0, i) + extra + s.slice(i);
      }),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(candidates, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(locateSyntaxError(text) === undefined).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it('walks a megabyte of nesting or of string without overflowing the stack', () => {
    const deep = `${'['.repeat(500_000)}${']'.repeat(499_999)}`;
    expect(locateSyntaxError(deep)).toMatchObject({ offset: deep.length, found: 'end of input' });
    const long = `["${'a\\n'.repeat(300_000)}`;
    expect(locateSyntaxError(long)).toMatchObject({ found: 'end of input' });
  });
});

/** The text a location spans, for lines split as the readers split them. */
function spanned(text: string, location: SourceLocation): string {
  const lines = text.split(/\r\n|\r|\n/);
  const startLine = location.line;
  const endLine = location.endLine ?? location.line;
  const first = lines[startLine - 1] as string;
  if (startLine === endLine)
    return first.slice((location.column ?? 1) - 1, (location.endColumn ?? first.length + 1) - 1);
  return [
    first.slice((location.column ?? 1) - 1),
    ...lines.slice(startLine, endLine - 1),
    (lines[endLine - 1] as string).slice(0, (location.endColumn ?? 1) - 1),
  ].join('\n');
}

/** Every path of a JSON value, with the value at it. */
function pathsOf(value: unknown, path: IssuePath = []): [IssuePath, unknown][] {
  const here: [IssuePath, unknown][] = [[path, value]];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => pathsOf(v, [...path, i]))];
  if (typeof value === 'object' && value !== null)
    return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...path, k]))];
  return here;
}

describe('fromJson locations', () => {
  it('locates every value of the bundled plan at the text that holds it', () => {
    const text = realPlanJson();
    const result = fromJson(text);
    const paths = pathsOf(JSON.parse(text));
    expect(paths.length).toBeGreaterThan(100);
    for (const [path, value] of paths) {
      const location = result.locate(path);
      expect(location, JSON.stringify(path)).toBeDefined();
      expect(JSON.parse(spanned(text, location as SourceLocation))).toEqual(value);
    }
  });

  it('locates the values of any plan it wrote, in compact JSON and with CR LF line ends too', () => {
    fc.assert(
      fc.property(actionPlan, fc.constantFrom('pretty', 'compact', 'crlf'), (plan, style) => {
        const pretty = toJson(plan);
        const text =
          style === 'compact'
            ? JSON.stringify(JSON.parse(pretty))
            : style === 'crlf'
              ? pretty.replace(/\n/g, '\r\n')
              : pretty;
        const result = fromJson(text);
        for (const [path, value] of pathsOf(JSON.parse(text))) {
          expect(JSON.parse(spanned(text, result.locate(path) as SourceLocation))).toEqual(value);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('gives every validation issue the location of the value it is about', () => {
    const text = [
      '{',
      '  "format": "action-plan/1",',
      '  "title": "Plan",',
      '  "submitted": "2026-02-30",',
      '  "recommendations": [',
      '    { "ref": "1", "text": "T", "agreement": { "category": "maybe" }, "response": [], "actions": [], "colour": "red" }',
      '  ]',
      '}',
    ].join('\n');
    const result = fromJson(text);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.location?.line, spanned(text, i.location as SourceLocation)])).toEqual([
      ['schema.invalid_format', 4, '"2026-02-30"'],
      ['schema.invalid_value', 6, '"maybe"'],
      ['schema.unknown_key', 6, '"red"'],
    ]);
  });

  it('locates a missing field at the object that lacks it', () => {
    const text = '{\n  "format": "action-plan/1",\n  "recommendations": []\n}';
    const result = fromJson(text);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'schema.missing_key',
        path: ['title'],
        location: { line: 1, column: 1, endLine: 4, endColumn: 2 },
      }),
    ]);
  });

  it('gives a syntax error its line and column as a location', () => {
    const result = fromJson('{\n  "format": "action-plan/1",\n}');
    expect(result.issues[0]?.location).toEqual({ line: 3, column: 1 });
    expect(result.locate(['format'])).toBeUndefined();
  });

  it('takes the last of repeated keys, as JSON.parse does', () => {
    const text = '{"title": 1, "title": "Plan", "format": "action-plan/1", "recommendations": []}';
    const result = fromJson(text);
    expect(spanned(text, result.locate(['title']) as SourceLocation)).toBe('"Plan"');
  });

  it('locates keys and values with escapes and surrogate pairs', () => {
    const text = '{"format": "action-plan/1", "ti\\u0074le": "\\"Pl\\u00e1n\\" 😀", "recommendations": [ ]}';
    const result = fromJson(text);
    expect(result.ok).toBe(true);
    expect(JSON.parse(spanned(text, result.locate(['title']) as SourceLocation))).toBe('"Plán" 😀');
    expect(spanned(text, result.locate(['recommendations']) as SourceLocation)).toBe('[ ]');
  });
});
