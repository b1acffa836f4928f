import {
  $createRangeSelection,
  $createTextNode,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  TEXT_TYPE_TO_FORMAT,
  type ElementNode,
  type LexicalNode,
  type PointType,
  type RangeSelection,
  type TextFormatType,
  type TextNode,
} from 'lexical';
import { $createDeletionNode, $isDeletionNode, type DeletionNode } from '../../../../shared/editor/nodes/DeletionNode';
import { $createFormatChangeNode, $isFormatChangeNode } from '../../../../shared/editor/nodes/FormatChangeNode';
import { $createInsertionNode, $isInsertionNode, type InsertionNode } from '../../../../shared/editor/nodes/InsertionNode';
import type { SuggestionMeta } from '../../../../shared/editor/nodes/SuggestionNode';
import { TopBlockNode } from '../../../../shared/editor/nodes/TopBlockNode';
import { $setSuggestedSplit } from '../../../../shared/review/suggestions/suggestedSplit';

/**
 * What the editor's typing becomes in suggestion mode: added text goes into an
 * insertion, removed text into a deletion, a bold/italic/underline toggle into
 * a format change. Text the same author proposed to insert is simply edited:
 * retracting your own insertion needs no review.
 */

function $ancestor<T extends LexicalNode>(node: LexicalNode, test: (node: LexicalNode) => node is T): T | null {
  for (let current: LexicalNode | null = node.getParent(); current && !$isBlock(current); current = current.getParent()) {
    if (test(current)) return current;
  }
  return null;
}

function $isBlock(node: LexicalNode): boolean {
  return $isElementNode(node) && !node.isInline();
}

function $block(node: LexicalNode): ElementNode | null {
  for (let current: LexicalNode | null = node; current; current = current.getParent()) {
    if ($isElementNode(current) && !current.isInline()) return current;
  }
  return null;
}

function $ownInsertion(node: LexicalNode, author: string): InsertionNode | null {
  const insertion = $ancestor(node, $isInsertionNode);
  return insertion && insertion.getSuggestion().author === author ? insertion : null;
}

function $inDeletion(node: LexicalNode): DeletionNode | null {
  return $ancestor(node, $isDeletionNode);
}

/** A point as a text node and an offset in it; null where there is no text to stand in (an empty block). */
function $textPoint(point: PointType): { node: TextNode; offset: number } | null {
  const node = point.getNode();
  if ($isTextNode(node)) return { node, offset: point.offset };
  if (!$isElementNode(node)) return null;
  const after = node.getChildAtIndex(point.offset);
  const first = after && ($isTextNode(after) ? after : $isElementNode(after) ? after.getFirstDescendant() : null);
  if ($isTextNode(first)) return { node: first, offset: 0 };
  const before = point.offset > 0 ? node.getChildAtIndex(point.offset - 1) : null;
  const last = before && ($isTextNode(before) ? before : $isElementNode(before) ? before.getLastDescendant() : null);
  return $isTextNode(last) ? { node: last, offset: last.getTextContentSize() } : null;
}

function $selectRange(anchor: TextNode, anchorOffset: number, focus: TextNode, focusOffset: number): RangeSelection {
  const range = $createRangeSelection();
  range.anchor.set(anchor.getKey(), anchorOffset, 'text');
  range.focus.set(focus.getKey(), focusOffset, 'text');
  $setSelection(range);
  return range;
}

/** Puts `node` at the caret (splitting its text there), after a deletion the caret is in, or into an empty `block`. */
function $placeAtCaret(node: LexicalNode, at: { node: TextNode; offset: number } | null, block: ElementNode): void {
  if (!at) {
    block.append(node);
    return;
  }
  const deletion = $inDeletion(at.node);
  // Never inside struck text: new words go after the deletion they replace.
  if (deletion) {
    deletion.insertAfter(node);
    return;
  }
  const size = at.node.getTextContentSize();
  if (at.offset === 0) at.node.insertBefore(node);
  else if (at.offset >= size) at.node.insertAfter(node);
  else at.node.splitText(at.offset)[0]!.insertAfter(node);
}

/** Types `text` as a suggestion at the selection (a selected range is first suggested for deletion: a replacement). */
export function $suggestInsertText(text: string, meta: SuggestionMeta): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || text === '') return false;
  if (!selection.isCollapsed()) $suggestDeleteSelection(meta, false);
  const current = $getSelection();
  if (!$isRangeSelection(current)) return false;
  const format = current.format;
  const at = $textPoint(current.anchor);
  const own = at && !$inDeletion(at.node) ? $ownInsertion(at.node, meta.author) : null;
  if (at && own) {
    at.node.spliceText(at.offset, 0, text, true);
    return true;
  }
  // Right after or before one's own insertion: grow it rather than start another.
  const previous = at && at.offset === 0 ? at.node.getPreviousSibling() : null;
  const next = at && at.offset === at.node.getTextContentSize() ? at.node.getNextSibling() : null;
  const neighbour = [previous, next].find((node): node is InsertionNode => $isInsertionNode(node) && node.getSuggestion().author === meta.author);
  if (neighbour) {
    const edge = neighbour === previous ? neighbour.getLastDescendant() : neighbour.getFirstDescendant();
    if ($isTextNode(edge)) {
      edge.spliceText(neighbour === previous ? edge.getTextContentSize() : 0, 0, text, true);
      return true;
    }
  }
  const block = $block(current.anchor.getNode());
  if (!block) return false;
  const added = $createTextNode(text).setFormat(format);
  $placeAtCaret($createInsertionNode(meta).append(added), at, block);
  added.select(text.length, text.length);
  return true;
}

/** Strikes `node` (a whole text node) as a deletion, joining a neighbouring deletion of the same suggestion. */
function $strike(node: TextNode, meta: SuggestionMeta): DeletionNode {
  const joins = (candidate: LexicalNode | null): candidate is DeletionNode =>
    $isDeletionNode(candidate) && candidate.getSuggestion().author === meta.author;
  const previous = node.getPreviousSibling();
  const next = node.getNextSibling();
  if (joins(previous)) {
    previous.append(node);
    if (joins(next)) for (const child of next.getChildren()) previous.append(child);
    if (joins(next)) next.remove();
    return previous;
  }
  if (joins(next)) {
    const first = next.getFirstChild();
    if (first) first.insertBefore(node);
    else next.append(node);
    return next;
  }
  const deletion = $createDeletionNode(meta);
  node.insertBefore(deletion);
  deletion.append(node);
  return deletion;
}

/**
 * Suggests deleting the selected text: it stays, struck through; what the
 * author inserted themselves goes for real; already struck text is left.
 * The caret ends before the struck text (`backward`) or after it.
 */
export function $suggestDeleteSelection(meta: SuggestionMeta, backward: boolean): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return false;
  const texts = selection.extract().filter($isTextNode);
  let first: LexicalNode | null = null;
  let last: LexicalNode | null = null;
  let caret: { node: TextNode; offset: number } | null = null;
  for (const text of texts) {
    if (text.getTextContentSize() === 0 || $inDeletion(text)) {
      first ??= text;
      last = text;
      continue;
    }
    if ($ownInsertion(text, meta.author)) {
      const sibling = text.getPreviousSibling() ?? text.getNextSibling();
      if (!caret && $isTextNode(sibling)) caret = { node: sibling, offset: sibling === text.getPreviousSibling() ? sibling.getTextContentSize() : 0 };
      text.remove();
      continue;
    }
    const deletion = $strike(text, meta);
    first ??= deletion;
    last = deletion;
  }
  const edge = backward ? first : last;
  if (edge && edge.isAttached()) {
    if (backward) edge.selectPrevious();
    else edge.selectNext(0, 0);
  } else if (caret && caret.node.isAttached()) {
    caret.node.select(caret.offset, caret.offset);
  }
  return true;
}

/** The character before (or after) a caret that is not already struck, skipping over deletions; null at the block's edge. */
function $neighbourCharacter(at: { node: TextNode; offset: number }, backward: boolean): { node: TextNode; start: number } | null {
  const block = $block(at.node);
  if (!block) return null;
  const texts = block.getAllTextNodes();
  let index = texts.indexOf(at.node);
  let offset = at.offset;
  while (index >= 0 && index < texts.length) {
    const node = texts[index]!;
    const size = node.getTextContentSize();
    const available = backward ? offset > 0 : offset < size;
    if (available && !$inDeletion(node)) {
      const start = backward ? offset - 1 : offset;
      // Keep a surrogate pair whole.
      if (backward && start > 0 && /[\uDC00-\uDFFF]/.test(node.getTextContent()[start]!)) return { node, start: start - 1 };
      return { node, start };
    }
    index += backward ? -1 : 1;
    offset = backward ? (texts[index]?.getTextContentSize() ?? 0) : 0;
  }
  return null;
}

/** Backspace (`backward`) or Delete with a caret: suggests deleting one character. At a block's edge nothing happens. */
export function $suggestDeleteCharacter(meta: SuggestionMeta, backward: boolean): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  if (!selection.isCollapsed()) return $suggestDeleteSelection(meta, backward);
  const at = $textPoint(selection.anchor);
  const target = at && $neighbourCharacter(at, backward);
  if (!target) return true;
  const text = target.node.getTextContent();
  const length = /[\uD800-\uDBFF]/.test(text[target.start]!) ? 2 : 1;
  $selectRange(target.node, target.start, target.node, target.start + length);
  return $suggestDeleteSelection(meta, backward);
}

/** Ctrl+Backspace / Ctrl+Delete: the word before or after the caret (and the spaces between), as one suggestion step. */
export function $suggestDeleteWord(meta: SuggestionMeta, backward: boolean): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  if (!selection.isCollapsed()) return $suggestDeleteSelection(meta, backward);
  const at = $textPoint(selection.anchor);
  if (!at) return true;
  const text = at.node.getTextContent();
  let start = at.offset;
  let end = at.offset;
  if (backward) {
    while (start > 0 && /\s/.test(text[start - 1]!)) start--;
    while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  } else {
    while (end < text.length && /\s/.test(text[end]!)) end++;
    while (end < text.length && !/\s/.test(text[end]!)) end++;
  }
  if (start === end) return $suggestDeleteCharacter(meta, backward);
  $selectRange(at.node, start, at.node, end);
  return $suggestDeleteSelection(meta, backward);
}

/**
 * Bold, italic or underline on a selection, as a suggestion: each run of
 * text is wrapped with the format it had, so rejecting restores it. Text the
 * author inserted, or already under a format suggestion, just changes.
 * A collapsed caret is left to Lexical (it sets the format of what is typed next).
 */
export function $suggestFormat(format: TextFormatType, meta: SuggestionMeta): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return false;
  const texts = selection.extract().filter((node): node is TextNode => $isTextNode(node) && node.getTextContentSize() > 0 && !$inDeletion(node));
  const firstText = texts[0];
  const lastText = texts[texts.length - 1];
  if (!firstText || !lastText) return true;
  const bit = TEXT_TYPE_TO_FORMAT[format] ?? 0;
  const turnOn = !firstText.hasFormat(format);
  for (const text of texts) {
    const before = text.getFormat();
    const after = turnOn ? before | bit : before & ~bit;
    if (after === before) continue;
    const wrapper = $ancestor(text, $isFormatChangeNode);
    if (!wrapper && !$ownInsertion(text, meta.author)) {
      const change = $createFormatChangeNode(meta, before);
      text.insertBefore(change);
      change.append(text);
    }
    text.setFormat(after);
  }
  $selectRange(firstText, 0, lastText, lastText.getTextContentSize());
  return true;
}

/**
 * Enter: the paragraph is split and the new block carries the suggestion, so
 * rejecting joins it back. In the headline, kicker or lead, whose Enter starts
 * the body, nothing happens.
 */
export function $suggestParagraphBreak(meta: SuggestionMeta): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  if (selection.anchor.getNode().getTopLevelElement() instanceof TopBlockNode) return true;
  if (!selection.isCollapsed()) $suggestDeleteSelection(meta, false);
  const current = $getSelection();
  const block = $isRangeSelection(current) ? current.insertParagraph() : null;
  if (block) $setSuggestedSplit(block, meta);
  return true;
}
