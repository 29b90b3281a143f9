import type { Block } from '../../model/Block.js';
import type { SourceLocation } from '../../model/Issue.js';
import type { ModelCell } from './TableModel.js';

/** The plain text of blocks: their paragraphs and list items joined by single spaces. */
export function blocksText(blocks: readonly Block[]): string {
  let text = '';
  for (const block of blocks) {
    if (block.type === 'paragraph') text = text === '' ? block.text : `${text} ${block.text}`;
    else for (const item of block.items) text = text === '' ? item : `${text} ${item}`;
  }
  return text;
}

/**
 * A cell of the table model from its blocks, whose text must already be plain (white space folded,
 * trimmed, no empty paragraph or item).
 */
export function modelCell(
  blocks: readonly Block[],
  location: SourceLocation,
  flags?: { readonly covered?: 'down' | 'across'; readonly inferredItems?: boolean },
): ModelCell {
  const cell: { -readonly [K in keyof ModelCell]: ModelCell[K] } = { blocks, text: blocksText(blocks), location };
  if (flags?.covered !== undefined) cell.covered = flags.covered;
  if (flags?.inferredItems === true) cell.inferredItems = true;
  return cell;
}
