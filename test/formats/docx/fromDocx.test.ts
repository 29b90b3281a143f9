import { describe, expect, it } from 'vitest';
import { fromDocx } from '../../../src/formats/docx/fromDocx.js';
import { fromOdt } from '../../../src/formats/odt/fromOdt.js';
import { docx, odt, p, tbl, tc, tr } from './documents.js';

const row = (...cells: string[]): string => tr(cells.map((c) => tc(p(c))).join(''));

/** A small plan as a Word document: the title line, the column headings, one recommendation. */
const plan = (extra = ''): Uint8Array =>
  docx(
    p('ACTION PLAN: Inspection of HMP Example') +
      tbl(
        tr(
          ['1. Rec No', '2. Recommendation', '3. Accepted/ Rejected', '4. Response', '5. Owner', '6. Target Date']
            .map((c) => tc(p(c)))
            .join(''),
          '<w:tblHeader/>',
        ) +
          row('1', 'Improve safety.', 'Accepted', 'A safety review will be held.', 'Governor', 'March 2020') +
          extra,
      ),
  );

describe('fromDocx and fromOdt', () => {
  it('read a plan through the recogniser, with the options of fromPublishedText', () => {
    const result = fromDocx(plan());
    expect(result.ok && result.value.recommendations[0]?.actions[0]?.target).toEqual({
      type: 'month',
      raw: 'March 2020',
      month: '2020-03',
    });
    const untitled = fromDocx(docx(tbl(row('1', 'Improve safety.', 'Accepted', 'Reviewed.', 'Governor', 'TBC'))), {
      title: 'Given title',
    });
    expect(untitled.ok && untitled.value.title).toBe('Given title');
    const dayFirst = fromDocx(plan(row('2', 'Improve more.', 'Accepted', 'More.', 'Governor', '03/04/2020')), {
      targetDates: { dayFirst: false },
    });
    expect(dayFirst.ok && dayFirst.value.recommendations[1]?.actions[0]?.target).toEqual(
      expect.objectContaining({ type: 'day', date: '2020-03-04' }),
    );
  });

  it('put the pending tracked changes first among the issues, and locate them', () => {
    const result = fromDocx(
      plan(tr(tc(p('2')) + tc('<w:p><w:ins w:id="1"><w:r><w:t>Inserted.</w:t></w:r></w:ins></w:p>') + tc(p('Agreed')))),
    );
    expect(result.issues[0]).toEqual(
      expect.objectContaining({ code: 'document.tracked_changes', location: { line: 4 } }),
    );
  });

  it('throw only on a bad argument', () => {
    expect(() => fromDocx('text' as never)).toThrow(TypeError);
    expect(() => fromOdt(null as never)).toThrow(
      "fromOdt expects the file's bytes as a Uint8Array or an ArrayBuffer, received object",
    );
    expect(() => fromDocx(plan(), 'options' as never)).toThrow(TypeError);
    expect(() => fromOdt(odt(''), { title: 1 as never })).toThrow('fromOdt: options.title must be a string, got 1');
    expect(() => fromDocx(plan(), { targetDates: { quarters: 'lunar' as never } })).toThrow(RangeError);
  });

  it('give no plan and no locations for a file they cannot read', () => {
    const result = fromOdt(plan());
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.code)).toEqual(['document.not_a_document']);
    expect(result.locate(['recommendations', 0])).toBeUndefined();
  });
});
