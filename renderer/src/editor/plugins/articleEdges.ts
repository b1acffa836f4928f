import { $getRoot, $getSelection, $isRangeSelection } from 'lexical';

export type ArticleEdge = 'start' | 'end';

type KeyEvent = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>;

/** Ctrl+Home / Ctrl+End, and on a Mac also Cmd+Up / Cmd+Down: to the article's first or last character. */
export function articleEdgeForKey(event: KeyEvent): ArticleEdge | null {
  if (event.altKey || !(event.ctrlKey || event.metaKey)) return null;
  if (event.key === 'Home' || (event.metaKey && event.key === 'ArrowUp')) return 'start';
  if (event.key === 'End' || (event.metaKey && event.key === 'ArrowDown')) return 'end';
  return null;
}

/** Puts the caret at the article's start or end; `extend` (Shift) keeps where the selection started. */
export function $moveToArticleEdge(edge: ArticleEdge, extend: boolean): void {
  const previous = $getSelection();
  // Copied first: selecting moves the points of the current selection object itself.
  const anchor = extend && $isRangeSelection(previous) ? { key: previous.anchor.key, offset: previous.anchor.offset, type: previous.anchor.type } : null;
  const root = $getRoot();
  const moved = edge === 'start' ? root.selectStart() : root.selectEnd();
  if (anchor) moved.anchor.set(anchor.key, anchor.offset, anchor.type);
}
