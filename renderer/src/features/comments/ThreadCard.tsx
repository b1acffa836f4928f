import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentThread } from '../../../../shared/model/comment';
import { useSettings } from '../../app/AppContext';
import { formatDateTime } from '../../i18n/formatTime';
import { fieldLabelKey } from './commentFields';

export interface ThreadActions {
  reply(text: string): void;
  resolve(): void;
  reopen(): void;
  deleteMessage(messageId: string): void;
  /** Selects the thread's text in the editor; absent for field and orphaned threads. */
  show?(): void;
}

interface ThreadCardProps {
  thread: CommentThread;
  active: boolean;
  /** The user's name: only their own messages can be deleted. */
  me: string;
  /** Undefined in a read-only window. */
  actions: ThreadActions | undefined;
  /** The article's direction, for the quoted text. */
  dir: 'rtl' | 'ltr';
}

/** One thread: what it is on, its messages, and (when editable) reply, resolve or reopen, delete. */
export function ThreadCard({ thread, active, me, actions, dir }: ThreadCardProps) {
  const { t } = useTranslation('comments');
  const { uiLanguage } = useSettings();
  const [reply, setReply] = useState('');
  const first = thread.messages[0]!;
  const author = (name: string) => name || t('anonymous');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reply.trim() || !actions) return;
    actions.reply(reply.trim());
    setReply('');
  };

  return (
    <li
      className={`comment-thread${active ? ' is-active' : ''}${thread.status === 'resolved' ? ' is-resolved' : ''}`}
      aria-label={t('thread', { author: author(first.author), text: first.text })}
      aria-current={active || undefined}
    >
      {thread.target.kind === 'field' ? (
        <p className="comment-target">{t('field', { field: t(fieldLabelKey(thread.target.field)) })}</p>
      ) : null}
      {thread.quote && (
        <blockquote className="comment-quote" dir={dir} aria-label={t('quote')}>
          {thread.quote}
        </blockquote>
      )}
      {thread.orphaned && <p className="comment-hint">{t('orphanedHint')}</p>}
      {actions?.show && (
        <button type="button" className="link-button" onClick={actions.show}>
          {t('show')}
        </button>
      )}
      <ol className="comment-messages">
        {thread.messages.map((message) => (
          <li key={message.id}>
            <p className="comment-meta">
              <strong>{author(message.author)}</strong>{' '}
              <time dateTime={message.at}>{formatDateTime(message.at, uiLanguage)}</time>
            </p>
            <p className="comment-text" dir="auto">
              {message.text}
            </p>
            {actions && message.author === me && (
              <button type="button" className="quiet" aria-label={t('deleteLabel', { author: author(message.author) })} onClick={() => actions.deleteMessage(message.id)}>
                {t('delete')}
              </button>
            )}
          </li>
        ))}
      </ol>
      {thread.status === 'resolved' && <p className="comment-hint">{t('resolvedBy', { author: author(thread.resolvedBy ?? '') })}</p>}
      {actions && (
        <div className="comment-actions">
          {thread.status === 'open' && (
            <form onSubmit={submit}>
              <textarea
                aria-label={t('reply.label', { author: author(first.author) })}
                value={reply}
                maxLength={10_000}
                rows={2}
                onChange={(event) => setReply(event.target.value)}
              />
              <button type="submit" disabled={!reply.trim()}>
                {t('reply.submit')}
              </button>
            </form>
          )}
          <button type="button" onClick={thread.status === 'open' ? actions.resolve : actions.reopen}>
            {thread.status === 'open' ? t('resolve') : t('reopen')}
          </button>
        </div>
      )}
    </li>
  );
}
