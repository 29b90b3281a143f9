/**
 * Reading action plans from HTML: a plan published as a web page, exported as HTML by an office
 * suite (LibreOffice, Word), or written by {@link toHtml}. A subpath of its own,
 * `action-plan-kit/html`, so that apps that do not read HTML do not carry its tokenizer.
 *
 * @packageDocumentation
 * @mergeModuleWith <project>
 */

export { fromHtml, type FromHtmlOptions } from './formats/html/fromHtml.js';
