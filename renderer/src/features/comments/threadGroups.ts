import type { CommentThread } from '../../../../shared/model/comment';

export interface ThreadGroups {
  /** On text still in the document, in the order that text comes. */
  text: CommentThread[];
  fields: CommentThread[];
  /** Their text was deleted. */
  orphaned: CommentThread[];
}

/** Splits threads into the panel's groups; `order` is the anchored thread ids in document order. */
export function groupThreads(threads: readonly CommentThread[], order: readonly string[]): ThreadGroups {
  const position = new Map(order.map((id, index) => [id, index]));
  const at = (thread: CommentThread) => position.get(thread.id) ?? Number.MAX_SAFE_INTEGER;
  const text = threads.filter((thread) => thread.target.kind === 'text' && !thread.orphaned);
  return {
    text: [...text].sort((a, b) => at(a) - at(b)),
    fields: threads.filter((thread) => thread.target.kind === 'field'),
    orphaned: threads.filter((thread) => thread.target.kind === 'text' && thread.orphaned),
  };
}
