import { $getSelection, $isRangeSelection, $isTextNode, type TextNode } from 'lexical';

export interface CaretText {
  /** The text node holding a collapsed caret, or null in an empty block. */
  node: TextNode | null;
  offset: number;
  /** The node's text before the caret: enough context for the typing decisions, never the whole document. */
  before: string;
}

/** Where a collapsed caret is, for the keystroke helpers; null for a range selection. */
export function $caretText(): CaretText | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const node = selection.anchor.getNode();
  if (!$isTextNode(node)) return { node: null, offset: 0, before: '' };
  const offset = selection.anchor.offset;
  return { node, offset, before: node.getTextContent().slice(0, offset) };
}

/** A key that types one character, with no shortcut modifier and no IME composition. */
export function isPlainCharacter(event: KeyboardEvent): boolean {
  return event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && !event.isComposing;
}
