import { readFileSync } from 'node:fs';
import type { ActionPlan } from '../../src/index.js';
import { deepFreeze } from './deepFreeze.js';

const dataUrl = new URL('../../examples/data/', import.meta.url);

/** The bundled real plan's canonical JSON text, as committed. */
export function realPlanJson(): string {
  return readFileSync(new URL('sfo-annual-report-2024-25.json', dataUrl), 'utf8');
}

/** The bundled real plan's published text, as extracted from the document. */
export function realPlanText(): string {
  return readFileSync(new URL('sfo-annual-report-2024-25.txt', dataUrl), 'utf8');
}

/** The bundled real plan as data, deep-frozen (unchecked: tests that need it valid say so). */
export function realPlan(): ActionPlan {
  return deepFreeze(JSON.parse(realPlanJson()) as ActionPlan);
}
