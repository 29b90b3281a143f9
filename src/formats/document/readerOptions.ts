import { checkOptionsObject, textOption } from '../../_lib/options.js';
import type { TargetDateOptions } from '../../dates/parseTargetDate.js';
import { resolveTargetDateOptions } from '../../dates/resolveTargetDateOptions.js';
import type { RecogniseOptions } from './recognise.js';

/**
 * The recogniser's options from the options a document reader was called with, checked the one way
 * every reader checks them: a `TypeError` or `RangeError` naming the reader and the option.
 *
 * @param reader - The reader's name, for the error message.
 * @param options - The options it was called with.
 */
export function readerOptions(
  reader: string,
  options: { readonly targetDates?: TargetDateOptions; readonly title?: string } | undefined,
): RecogniseOptions {
  checkOptionsObject(reader, options);
  const title = textOption(reader, 'options.title', options?.title);
  const targetDates = options?.targetDates ?? {};
  resolveTargetDateOptions(targetDates, reader, 'options.targetDates');
  return { targetDates, title };
}
