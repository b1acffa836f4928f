import { useTranslation } from 'react-i18next';
import { draftStatuses, type DraftStatus } from '../../../../shared/model/draft';
import { articleLanguages, type ArticleLanguage } from '../../../../shared/model/language';

export interface DraftFilter {
  sort: 'updated' | 'created' | 'headline' | 'words';
  status?: DraftStatus;
  language?: ArticleLanguage;
}

const sorts: DraftFilter['sort'][] = ['updated', 'created', 'headline', 'words'];

export function DraftFilters({ value, onChange }: { value: DraftFilter; onChange: (filter: DraftFilter) => void }) {
  const { t } = useTranslation('library');
  return (
    <div className="draft-filters">
      <label>
        {t('sort.label')}
        <select value={value.sort} onChange={(event) => onChange({ ...value, sort: event.target.value as DraftFilter['sort'] })}>
          {sorts.map((sort) => (
            <option key={sort} value={sort}>
              {t(`sort.${sort}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filter.status')}
        <select
          value={value.status ?? ''}
          onChange={(event) => onChange({ ...value, status: (event.target.value || undefined) as DraftStatus | undefined })}
        >
          <option value="">{t('filter.allStatuses')}</option>
          {draftStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`common:status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filter.language')}
        <select
          value={value.language ?? ''}
          onChange={(event) =>
            onChange({ ...value, language: (event.target.value || undefined) as ArticleLanguage | undefined })
          }
        >
          <option value="">{t('filter.allLanguages')}</option>
          {articleLanguages.map((language) => (
            <option key={language} value={language}>
              {t(`common:language.${language}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
