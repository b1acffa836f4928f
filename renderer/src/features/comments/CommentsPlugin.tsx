import { $getMarkIDs } from '@lexical/mark';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getSelection, $isRangeSelection, $isTextNode, $setSelection, COMMAND_PRIORITY_EDITOR, type BaseSelection, type LexicalEditor } from 'lexical';
import { useEffect, useState } from 'react';
import type { CommentThread } from '../../../../shared/model/comment';
import { $anchorComment, reconcileOrphans } from '../../../../shared/review/comments/anchors';
import { registerCommentOverlaps } from '../../../../shared/review/comments/overlaps';
import { newThread } from '../../../../shared/review/comments/threads';
import { useSettings } from '../../app/AppContext';
import type { ValueStore } from '../../ui/valueStore';
import type { EditorExtensionContext } from '../editor/editorExtensions';
import { activeThreadOf } from './activeThread';
import { ASK_COMMENT_COMMAND } from './commentCommands';
import { CommentComposer } from './CommentComposer';
import { commentAuthor, newStamp } from './commentStamp';
import { registerMoveAnchors } from './moveAnchors';
import { watchCommentAnchors, type CommentAnchors } from './useCommentAnchors';
import './comments.css';

interface Pending {
  selection: BaseSelection | null;
  quote: string | null;
}

function $selectedQuote(): Pending {
  const selection = $getSelection();
  const quote = $isRangeSelection(selection) && !selection.isCollapsed() ? selection.getTextContent() : '';
  return { selection: selection?.clone() ?? null, quote: quote.trim() ? quote : null };
}

function $threadAtCaret(): string | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const node = selection.anchor.getNode();
  return $isTextNode(node) ? ($getMarkIDs(node, selection.anchor.offset)?.[0] ?? null) : null;
}

/** Marks show their thread's state: the active one stronger, resolved ones faint. */
function decorate(editor: LexicalEditor, anchors: CommentAnchors, threads: CommentThread[], active: string | null): void {
  const resolved = new Set(threads.filter((thread) => thread.status === 'resolved').map((thread) => thread.id));
  for (const { key, ids } of anchors.marks) {
    const element = editor.getElementByKey(key);
    if (!element) continue;
    element.classList.toggle('comment-mark-active', active !== null && ids.includes(active));
    element.classList.toggle('comment-mark-resolved', ids.every((id) => resolved.has(id)));
  }
}

/**
 * Keeps the anchors right: flags threads whose marks were deleted (and not
 * those an undo brought back), follows text that is cut and pasted, flattens
 * overlapping marks, decorates them, and follows the thread at the caret.
 */
function useAnchorUpkeep(editor: LexicalEditor, comments: ValueStore<CommentThread[]>): void {
  useEffect(() => {
    const active = activeThreadOf(editor);
    let anchors: CommentAnchors = { order: [], marks: [] };
    const redecorate = () => decorate(editor, anchors, comments.get(), active.get());
    return mergeRegister(
      watchCommentAnchors(editor, (next) => {
        anchors = next;
        comments.set(reconcileOrphans(comments.get(), new Set(next.order)));
        redecorate();
      }),
      comments.subscribe(redecorate),
      active.subscribe(redecorate),
      registerMoveAnchors(editor),
      registerCommentOverlaps(editor),
      editor.registerUpdateListener(({ editorState, tags }) => {
        if (tags.has('historic') || tags.has('collaboration')) return;
        const atCaret = editorState.read($threadAtCaret);
        if (atCaret) active.set(atCaret);
      }),
    );
  }, [editor, comments]);
}

/**
 * Comments in the live editor: the "Comment" action opens a composer on the
 * selection, which anchors a new thread there with a mark.
 */
export function CommentsPlugin({ comments }: EditorExtensionContext) {
  const [editor] = useLexicalComposerContext();
  const settings = useSettings();
  const [pending, setPending] = useState<Pending>();
  useAnchorUpkeep(editor, comments);

  useEffect(
    () =>
      editor.registerCommand(
        ASK_COMMENT_COMMAND,
        () => {
          setPending(editor.getEditorState().read($selectedQuote));
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );

  const close = () => {
    setPending(undefined);
    editor.focus();
  };

  const submit = (text: string) => {
    const stamp = newStamp(commentAuthor(settings));
    let quote: string | null = null;
    editor.update(
      () => {
        $setSelection(pending?.selection ?? null);
        quote = $anchorComment(stamp.id);
      },
      { discrete: true },
    );
    if (quote !== null) {
      comments.set([...comments.get(), newThread(stamp, { kind: 'text' }, quote, text)]);
      activeThreadOf(editor).set(stamp.id);
    }
    close();
  };

  return pending ? <CommentComposer quote={pending.quote} onSubmit={submit} onClose={close} /> : null;
}
