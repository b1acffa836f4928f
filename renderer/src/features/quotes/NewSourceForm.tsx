import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../../../shared/model/source';
import { useMidad } from '../../app/AppContext';
import { useErrorText } from '../../ui/useErrorText';

interface NewSourceFormProps {
  initial: Pick<Source, 'name' | 'kind' | 'title' | 'organisation' | 'anonymous'>;
  onCreated(source: Source): void;
  onCancel(): void;
}

/** Creates a directory source on the spot, pre-filled with what the sentence said about the speaker. */
export function NewSourceForm({ initial, onCreated, onCancel }: NewSourceFormProps) {
  const { t } = useTranslation('sources');
  const midad = useMidad();
  const errorText = useErrorText();
  const [draft, setDraft] = useState({ ...initial, confidentialIdentity: '' });
  const [error, setError] = useState<unknown>();
  const set = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) => setDraft((previous) => ({ ...previous, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.name.trim()) return;
    const { confidentialIdentity, ...fields } = draft;
    try {
      onCreated(
        await midad.sources.create({
          ...fields,
          name: fields.name.trim(),
          aliases: [],
          ...(fields.anonymous && confidentialIdentity.trim() ? { confidentialIdentity: confidentialIdentity.trim() } : {}),
        }),
      );
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="source-form">
      <label>
        {t('create.name')}
        <input value={draft.name} required autoFocus onChange={(event) => set('name', event.target.value)} />
      </label>
      <label>
        {t('create.kind')}
        <select value={draft.kind} onChange={(event) => set('kind', event.target.value as Source['kind'])}>
          <option value="person">{t('create.person')}</option>
          <option value="organisation">{t('create.organisation')}</option>
        </select>
      </label>
      <label>
        {t('create.sourceTitle')}
        <input value={draft.title} onChange={(event) => set('title', event.target.value)} />
      </label>
      <label>
        {t('create.organisation2')}
        <input value={draft.organisation} onChange={(event) => set('organisation', event.target.value)} />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={draft.anonymous} onChange={(event) => set('anonymous', event.target.checked)} />
        {t('create.anonymous')}
      </label>
      {draft.anonymous && (
        <label>
          {t('create.confidentialIdentity')}
          <input value={draft.confidentialIdentity} onChange={(event) => set('confidentialIdentity', event.target.value)} />
        </label>
      )}
      {error !== undefined && <p role="alert">{errorText(error)}</p>}
      <div className="dialog-actions">
        <button type="submit">{t('create.submit')}</button>
        <button type="button" onClick={onCancel}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}
