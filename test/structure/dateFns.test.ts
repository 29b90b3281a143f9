import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromSrc, sourceFiles, SRC } from '../support/sourceFiles.js';

/** The modules of src/ that import date-fns (or one of its packages), as paths from src/. */
const importers = sourceFiles()
  .filter((file) => /^\s*(?:import|export)\b[^'"]*?from\s+'(?:date-fns|@date-fns\/)/m.test(readFileSync(file, 'utf8')))
  .map(fromSrc);

describe('date-fns in src/', () => {
  it('does the calendar arithmetic of dates/', () => {
    expect(importers).toContain('dates/_internal/calendar.ts');
    expect(importers).toContain('dates/dayNumber.ts');
  });

  it('is imported by dates/ only, which keeps the calendar behind YYYY-MM-DD strings', () => {
    expect(importers.filter((path) => !path.startsWith('dates/'))).toEqual([]);
  });

  it('is never given a date at local midnight, which a host zone could shift', () => {
    const local = sourceFiles(join(SRC, 'dates')).filter((file) =>
      // Code only: comments may name the mistake.
      /new Date\(\s*\w+\s*,/.test(readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')),
    );
    expect(local).toEqual([]);
  });
});
