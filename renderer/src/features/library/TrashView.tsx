import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMidad, useSettings } from '../../app/AppContext';
import { formatRelativeTime } from '../../i18n/formatTime';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useErrorText } from '../../ui/useErrorText';
import { useNow } from '../../ui/useNow';
import { useDraftsQuery } from './useDraftsQuery';

/** Deleted drafts: each can be restored; emptying the trash asks first. */
export function TrashView() {
  const { t } = useTranslation('library');
  const midad = useMidad();
  const { uiLanguage } = useSettings();
  const now = useNow();
  const errorText = useErrorText();
  const [confirming, setConfirming] = useState(false);
  const [actionError, setActionError] = useState<unknown>();
  const { data: trashed, error } = useDraftsQuery(() => midad.drafts.trash({}), []);

  const act = (action: Promise<unknown>) => action.then(() => setActionError(undefined), setActionError);

  return (
    <section aria-label={t('trash.title')} className="trash">
      <div className="trash-header">
        <h2>{t('trash.title')}</h2>
        <button type="button" className="danger" disabled={!trashed?.length} onClick={() => setConfirming(true)}>
          {t('trash.empty')}
        </button>
      </div>
      {(error ?? actionError) !== undefined && <p role="alert">{errorText(error ?? actionError)}</p>}
      {trashed?.length === 0 && <p className="empty">{t('trash.isEmpty')}</p>}
      <ul className="trash-list">
        {trashed?.map((draft) => {
          const headline = draft.headline || t('untitled');
          return (
            <li key={draft.id}>
              <span className="trash-headline">{headline}</span>
              <span className="muted">{t('trash.deletedAt', { when: formatRelativeTime(draft.deletedAt, now, uiLanguage) })}</span>
              <button
                type="button"
                aria-label={t('trash.restore', { headline })}
                onClick={() => void act(midad.drafts.restoreFromTrash({ id: draft.id }))}
              >
                {t('trash.restoreShort')}
              </button>
            </li>
          );
        })}
      </ul>
      {confirming && (
        <ConfirmDialog
          title={t('trash.confirmTitle')}
          message={t('trash.confirmMessage', { count: trashed?.length ?? 0 })}
          confirmLabel={t('trash.empty')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void act(midad.drafts.emptyTrash({}));
          }}
        />
      )}
    </section>
  );
}
