import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuarantinedDraft } from '../../../../shared/model/draft';
import { useMidad } from '../../app/AppContext';

/** Drafts that could not be read on this start: which, why, and where the file was moved. */
export function QuarantineBanner() {
  const { t } = useTranslation('library');
  const midad = useMidad();
  const [drafts, setDrafts] = useState<QuarantinedDraft[]>([]);
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    midad.drafts.quarantined({}).then(setDrafts, () => setDrafts([]));
  }, [midad]);

  if (dismissed || drafts.length === 0) return null;
  return (
    <section role="alert" className="banner banner-warning" aria-label={t('quarantine.title')}>
      <strong>{t('quarantine.title')}</strong>
      <ul>
        {drafts.map((draft) => (
          <li key={`${draft.id}-${draft.at}`}>
            {t('quarantine.item', {
              name: draft.headline || draft.id,
              reason: t(`quarantine.reason.${draft.reason}`),
              path: draft.movedTo,
            })}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed(true)}>
        {t('common:dismiss')}
      </button>
    </section>
  );
}
