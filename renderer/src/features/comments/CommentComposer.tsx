import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';

interface CommentComposerProps {
  /** The text commented on, or null when nothing was selected. */
  quote: string | null;
  onSubmit(text: string): void;
  onClose(): void;
}

/** Asks for a new comment's text, showing what it comments on. */
export function CommentComposer({ quote, onSubmit, onClose }: CommentComposerProps) {
  const { t } = useTranslation('comments');
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) onSubmit(text.trim());
  };
  return (
    <Dialog title={t('composer.title')} onClose={onClose} className="comment-composer">
      {quote === null ? (
        <p role="alert">{t('composer.noSelection')}</p>
      ) : (
        <form onSubmit={submit}>
          <blockquote className="comment-quote" aria-label={t('quote')}>
            {quote}
          </blockquote>
          <label className="field">
            {t('composer.label')}
            <textarea value={text} maxLength={10_000} rows={3} autoFocus onChange={(event) => setText(event.target.value)} />
          </label>
          <div className="dialog-actions">
            <button type="submit" disabled={!text.trim()}>
              {t('composer.submit')}
            </button>
            <button type="button" onClick={onClose}>
              {t('composer.cancel')}
            </button>
          </div>
        </form>
      )}
      {quote === null && (
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('common:close')}
          </button>
        </div>
      )}
    </Dialog>
  );
}
