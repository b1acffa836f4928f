import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleFields } from '../../../../shared/model/article';
import type { CommentThread } from '../../../../shared/model/comment';
import { newThread } from '../../../../shared/review/comments/threads';
import { useSettings } from '../../app/AppContext';
import type { ValueStore } from '../../ui/valueStore';
import { commentableFields, fieldQuote } from './commentFields';
import { commentAuthor, newStamp } from './commentStamp';
import './comments.css';

interface FieldCommentFormProps {
  fields: ValueStore<ArticleFields>;
  comments: ValueStore<CommentThread[]>;
}

/** At the foot of the fields form: a comment on one of the fields (section, tags, byline…). */
export function FieldCommentForm({ fields, comments }: FieldCommentFormProps) {
  const { t } = useTranslation('comments');
  const settings = useSettings();
  const [open, setOpen] = useState(false);
  const [field, setField] = useState<keyof ArticleFields>('section');
  const [text, setText] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    const thread = newThread(newStamp(commentAuthor(settings)), { kind: 'field', field }, fieldQuote(fields.get(), field), text.trim());
    comments.set([...comments.get(), thread]);
    setText('');
    setOpen(false);
  };

  if (!open) {
    return (
      <button type="button" className="field-comment-open" onClick={() => setOpen(true)}>
        {t('fieldComposer.title')}
      </button>
    );
  }
  return (
    <form className="field-comment-form" aria-label={t('fieldComposer.title')} onSubmit={submit}>
      <label className="field">
        {t('fieldComposer.field')}
        <select value={field} onChange={(event) => setField(event.target.value as keyof ArticleFields)}>
          {commentableFields.map((entry) => (
            <option key={entry.field} value={entry.field}>
              {t(entry.label)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('composer.label')}
        <textarea value={text} maxLength={10_000} rows={2} onChange={(event) => setText(event.target.value)} />
      </label>
      <div className="dialog-actions">
        <button type="submit" disabled={!text.trim()}>
          {t('fieldComposer.submit')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('composer.cancel')}
        </button>
      </div>
    </form>
  );
}
