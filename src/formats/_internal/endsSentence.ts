const ENDS_SENTENCE = /[.!?:;]["')\]]?$/;

/**
 * Whether a text ends a sentence: with a stop, perhaps followed by a closing quote or bracket. Only
 * its last two characters are read — a pattern anchored at the end alone is tried from every
 * position of the text, and responses are long.
 */
export const endsSentence = (text: string): boolean => ENDS_SENTENCE.test(text.slice(-2));
