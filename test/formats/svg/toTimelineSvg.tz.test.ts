import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toTimelineSvg } from '../../../src/svg.js';
import { realPlan } from '../../support/realPlan.js';
import { AS_OF, everyStatusPlan } from './plans.js';

// Run under every time zone of the matrix: the picture never depends on the host's zone.
const golden = (name: string): string => readFileSync(new URL(`../../golden/${name}`, import.meta.url), 'utf8');

describe(`toTimelineSvg in the time zone ${process.env.TZ ?? '(the host’s)'}`, () => {
  it('draws the same pictures, byte for byte, as the golden files', () => {
    expect(toTimelineSvg(realPlan(), { asOf: AS_OF })).toBe(golden('sfo-annual-report-2024-25.timeline.svg'));
    expect(toTimelineSvg(everyStatusPlan(), { asOf: AS_OF })).toBe(golden('every-status.timeline.svg'));
  });
});
