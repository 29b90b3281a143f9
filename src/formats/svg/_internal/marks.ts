import type { ActionStatusName } from '../../../model/ActionStatus.js';
import { num } from './svgText.js';

// The marks of the picture. Each status has its own shape as well as its own colour, so that it
// reads in print, in greyscale and for readers who do not tell the colours apart; each colour has
// at least 4.5:1 contrast against white.

/** The colour of each status. */
export const COLOURS: Readonly<Record<ActionStatusName, string>> = {
  overdue: '#d4351c',
  'due-soon': '#b35900',
  'on-track': '#1d70b8',
  completed: '#00703c',
  withdrawn: '#505a5f',
  'open-ended': '#4c2c92',
};

/** The grey of the axis, the earlier deadline of a revised target and its connector. */
export const GREY = '#6f777b';

/** The mark of a status, centred on (x, y). `hatch` is the id of the pattern that fills an open-ended mark. */
export function mark(status: ActionStatusName, x: number, y: number, hatch: string): string {
  const at = (dx: number, dy: number): string => `${num(x + dx)},${num(y + dy)}`;
  const colour = COLOURS[status];
  switch (status) {
    case 'overdue':
      // A triangle with an exclamation mark.
      return (
        `<path d="M${at(0, -7.5)}L${at(7.5, 6)}L${at(-7.5, 6)}Z" fill="${colour}"/>` +
        `<path d="M${at(0, -3)}V${num(y + 1.5)}M${at(0, 3)}V${num(y + 4.2)}" stroke="#fff" stroke-width="1.8"/>`
      );
    case 'due-soon':
      // A diamond.
      return `<path d="M${at(0, -7)}L${at(7, 0)}L${at(0, 7)}L${at(-7, 0)}Z" fill="${colour}"/>`;
    case 'on-track':
      // A ring.
      return `<circle cx="${num(x)}" cy="${num(y)}" r="5" fill="#fff" stroke="${colour}" stroke-width="2.5"/>`;
    case 'completed':
      // A filled disc with a tick.
      return (
        `<circle cx="${num(x)}" cy="${num(y)}" r="7" fill="${colour}"/>` +
        `<path d="M${at(-3.5, 0)}L${at(-1, 2.8)}L${at(3.6, -2.6)}" fill="none" stroke="#fff" stroke-width="2"/>`
      );
    case 'withdrawn':
      // A square with a cross.
      return (
        `<rect x="${num(x - 5.5)}" y="${num(y - 5.5)}" width="11" height="11" fill="#fff" stroke="${colour}" stroke-width="2"/>` +
        `<path d="M${at(-3, -3)}L${at(3, 3)}M${at(3, -3)}L${at(-3, 3)}" stroke="${colour}" stroke-width="1.6"/>`
      );
    default:
      // A hatched arrow: it goes on, with no end.
      return `<path d="M${at(-9, -5)}H${num(x + 2)}L${at(8, 0)}L${at(2, 5)}H${num(x - 9)}Z" fill="url(#${hatch})" stroke="${colour}" stroke-width="1.5"/>`;
  }
}

/** The pattern an open-ended mark is filled with: diagonal lines. */
export const hatchPattern = (id: string): string =>
  `<pattern id="${id}" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
  `<rect width="4" height="4" fill="#fff"/><path d="M0,0V4" stroke="${COLOURS['open-ended']}" stroke-width="2"/></pattern>`;

/** The span of a month or period target, from its first day to its last: a light bar in the status's colour. */
export const spanBar = (status: ActionStatusName, x1: number, x2: number, y: number): string =>
  `<rect x="${num(x1)}" y="${num(y - 4)}" width="${num(Math.max(x2 - x1, 1))}" height="8" rx="2" fill="${COLOURS[status]}" fill-opacity="0.15" stroke="${COLOURS[status]}" stroke-opacity="0.6"/>`;

/** Where a revised target moved from: a faint dashed ring at the earlier deadline, and a dashed line to the new one. */
export const movedFrom = (from: number, to: number, y: number): string =>
  `<path d="M${num(from)},${num(y)}H${num(to)}" stroke="${GREY}" stroke-width="1.2" stroke-dasharray="3 2"/>` +
  `<circle cx="${num(from)}" cy="${num(y)}" r="4.5" fill="#fff" stroke="${GREY}" stroke-width="1.2" stroke-dasharray="2 1.5"/>`;

/** The line of the day judged as of, from `y1` to `y2`. */
export const asOfLine = (x: number, y1: number, y2: number): string =>
  `<path d="M${num(x)},${num(y1)}V${num(y2)}" stroke="#0b0c0c" stroke-width="1.5" stroke-dasharray="5 3"/>`;
