import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMidad } from '../../app/AppContext';
import { useErrorText } from '../../ui/useErrorText';
import { DraftFilters, type DraftFilter } from './DraftFilters';
import { DraftTable } from './DraftTable';
import { useDraftsQuery } from './useDraftsQuery';

export function DraftList() {
  const { t } = useTranslation('library');
  const midad = useMidad();
  const errorText = useErrorText();
  const [filter, setFilter] = useState<DraftFilter>({ sort: 'updated' });
  const { data: drafts, error } = useDraftsQuery(() => midad.drafts.list(filter), [filter]);

  return (
    <section aria-label={t('drafts')}>
      <DraftFilters value={filter} onChange={setFilter} />
      {error !== undefined && <p role="alert">{errorText(error)}</p>}
      {drafts && (drafts.length === 0 ? <p className="empty">{t('empty')}</p> : <DraftTable drafts={drafts} />)}
    </section>
  );
}
