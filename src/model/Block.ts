/**
 * A paragraph of a response.
 * @category Model
 */
export interface ParagraphBlock {
  /** Marks a paragraph. */
  readonly type: 'paragraph';
  /** The paragraph's text, as written. */
  readonly text: string;
}

/**
 * A bulleted list in a response.
 * @category Model
 */
export interface ListBlock {
  /** Marks a list. */
  readonly type: 'list';
  /** The list's items in order, each as written. */
  readonly items: readonly string[];
}

/**
 * One block of a response: a paragraph or a bulleted list.
 * @category Model
 *
 * @remarks Published responses mix paragraphs and bullet lists; keeping them apart lets every
 * format (Markdown, HTML, text) lay the response out as it was published.
 */
export type Block = ParagraphBlock | ListBlock;
