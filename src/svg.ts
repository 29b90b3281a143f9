/**
 * Progress as a picture: a plan's actions along a time axis, as one self-contained, accessible SVG.
 * A subpath of its own, `action-plan-kit/svg`, so that apps that draw no picture carry none of it.
 *
 * @packageDocumentation
 * @mergeModuleWith <project>
 */

export { toTimelineSvg, type TimelineSvgOptions } from './formats/svg/toTimelineSvg.js';
