import { $unwrapMarkNode, $isMarkNode, $wrapSelectionInMarkNode, type MarkNode } from '@lexical/mark';
import { $dfs } from '@lexical/utils';
import { $getSelection, $isRangeSelection } from 'lexical';
import type { CommentThread } from '../../model/comment';
import type { SerializedNodeShape } from '../../model/document';

/** The Lexical type of the marks that anchor comments (`@lexical/mark`'s MarkNode). */
export const MARK_NODE_TYPE = 'mark';

function collectIds(node: SerializedNodeShape, into: string[]): void {
  const ids = node.type === MARK_NODE_TYPE ? node.ids : undefined;
  if (Array.isArray(ids)) {
    for (const id of ids) if (typeof id === 'string' && !into.includes(id)) into.push(id);
  }
  for (const child of node.children ?? []) collectIds(child, into);
}

/** The thread ids anchored in a saved document, in document order (first mark of each). */
export function commentIdsInDocument(document: { root: SerializedNodeShape }): string[] {
  const ids: string[] = [];
  collectIds(document.root, ids);
  return ids;
}

/** The same, read from the live editor state. */
export function $commentIdsInOrder(): string[] {
  const ids: string[] = [];
  for (const { node } of $dfs()) {
    if ($isMarkNode(node)) for (const id of node.getIDs()) if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * Marks text threads whose mark is gone as orphaned, and anchors again those
 * whose mark came back (an undo). Field threads never orphan. Returns the
 * same array when nothing changed, so a store does not notify for nothing.
 */
export function reconcileOrphans(threads: CommentThread[], anchored: ReadonlySet<string>): CommentThread[] {
  let changed = false;
  const next = threads.map((thread) => {
    const orphaned = thread.target.kind === 'text' && !anchored.has(thread.id);
    if (orphaned === thread.orphaned) return thread;
    changed = true;
    return { ...thread, orphaned };
  });
  return changed ? next : threads;
}

/**
 * Anchors a new thread on the current selection, returning the commented
 * text, or null when there is no text selected to comment on.
 */
export function $anchorComment(id: string): string | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return null;
  const quote = selection.getTextContent();
  if (quote.trim() === '') return null;
  $wrapSelectionInMarkNode(selection, selection.isBackward(), id);
  return quote;
}

/** Removes a thread's anchors, keeping their text; a mark shared with another thread only loses the id. */
export function $removeCommentAnchors(id: string): void {
  for (const { node } of $dfs()) {
    if (!$isMarkNode(node) || !node.hasID(id)) continue;
    const mark: MarkNode = node.deleteID(id);
    if (mark.getIDs().length === 0) $unwrapMarkNode(mark);
  }
}

/** The marks of one thread, in document order: what selecting a thread selects. */
export function $commentMarks(id: string): MarkNode[] {
  return $dfs()
    .map(({ node }) => node)
    .filter((node): node is MarkNode => $isMarkNode(node) && node.hasID(id));
}
