/**
 * The pattern of a text that must hold something: at least one character that is not white space
 * (the same white space as `String.prototype.trim`). Used by the schema of a plan's title, by the
 * fast validator, and to recognise the issue the schema raises.
 */
export const NON_BLANK: RegExp = /\S/;
