import { $createRangeSelection, $setSelection, type LexicalEditor } from 'lexical';
import { useTranslation } from 'react-i18next';
import type { CommentThread } from '../../../../shared/model/comment';
import { directionOf } from '../../../../shared/model/language';
import { $commentMarks, $removeCommentAnchors } from '../../../../shared/review/comments/anchors';
import { openCommentCount, withoutMessage, withReopened, withReply, withResolved } from '../../../../shared/review/comments/threads';
import { useSettings } from '../../app/AppContext';
import { scrollToArticleElement } from '../../editor/plugins/farBlocks';
import { SidePanel } from '../../ui/SidePanel';
import { createValueStore, useValue } from '../../ui/valueStore';
import type { EditorExtensionContext } from '../editor/editorExtensions';
import { activeThreadOf } from './activeThread';
import { commentAuthor, newStamp } from './commentStamp';
import { groupThreads } from './threadGroups';
import { ThreadCard, type ThreadActions } from './ThreadCard';
import { useCommentAnchors } from './useCommentAnchors';
import './comments.css';

const noActive = createValueStore<string | null>(null);

/** Selects all of a thread's text and brings it into view. */
function showThread(editor: LexicalEditor, id: string): void {
  let key: string | undefined;
  editor.update(() => {
    const marks = $commentMarks(id);
    const first = marks[0];
    const last = marks.at(-1);
    if (!first || !last) return;
    const selection = $createRangeSelection();
    selection.anchor.set(first.getKey(), 0, 'element');
    selection.focus.set(last.getKey(), last.getChildrenSize(), 'element');
    $setSelection(selection);
    key = first.getKey();
  });
  activeThreadOf(editor).set(id);
  editor.focus();
  if (key) scrollToArticleElement(editor.getElementByKey(key));
}

/** The draft's comment threads, in document order, with the field and orphaned ones in their own groups. */
export function CommentsPanel({ getEditor, comments, readOnly, language, onClose }: EditorExtensionContext & { onClose(): void }) {
  const { t } = useTranslation('comments');
  const settings = useSettings();
  const editor = getEditor();
  const threads = useValue(comments);
  const anchors = useCommentAnchors(editor);
  const active = useValue(editor ? activeThreadOf(editor) : noActive);
  const me = commentAuthor(settings);
  const groups = groupThreads(threads, anchors.order);
  const update = (change: (list: CommentThread[]) => CommentThread[]) => comments.set(change(comments.get()));

  const actionsFor = (thread: CommentThread): ThreadActions | undefined => {
    if (readOnly) return undefined;
    const at = () => new Date().toISOString();
    return {
      reply: (text) => update((list) => withReply(list, thread.id, newStamp(me), text)),
      resolve: () => update((list) => withResolved(list, thread.id, { author: me, at: at() })),
      reopen: () => update((list) => withReopened(list, thread.id)),
      deleteMessage: (messageId) => {
        const next = withoutMessage(comments.get(), thread.id, messageId);
        const gone = !next.some((candidate) => candidate.id === thread.id);
        if (gone && editor) editor.update(() => $removeCommentAnchors(thread.id), { discrete: true });
        comments.set(next);
      },
      show: thread.target.kind === 'text' && !thread.orphaned && editor ? () => showThread(editor, thread.id) : undefined,
    };
  };

  const group = (id: keyof typeof groups, list: CommentThread[]) =>
    list.length > 0 && (
      <section key={id} aria-label={t(`groups.${id}`)}>
        <h3>{t(`groups.${id}`)}</h3>
        <ul className="comment-threads">
          {list.map((thread) => (
            <ThreadCard key={thread.id} thread={thread} active={thread.id === active} me={me} actions={actionsFor(thread)} dir={directionOf(language)} />
          ))}
        </ul>
      </section>
    );

  return (
    <SidePanel className="side-panel comments-panel" title={t('panel')} onClose={onClose} closeLabel={t('close')}>
      {threads.length === 0 ? <p>{t('empty')}</p> : <p role="status">{t('openCount', { count: openCommentCount(threads) })}</p>}
      {group('text', groups.text)}
      {group('fields', groups.fields)}
      {group('orphaned', groups.orphaned)}
    </SidePanel>
  );
}
