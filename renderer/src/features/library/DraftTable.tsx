import { useTranslation } from 'react-i18next';
import type { DraftMeta } from '../../../../shared/model/draft';
import { directionOf } from '../../../../shared/model/language';
import { useMidad, useSettings } from '../../app/AppContext';
import { openDraft } from '../../app/openDraft';
import { dateLocale } from '../../i18n/documentLanguage';
import { formatDateTime, formatRelativeTime } from '../../i18n/formatTime';
import { useNow } from '../../ui/useNow';

export function DraftTable({ drafts }: { drafts: DraftMeta[] }) {
  const { t } = useTranslation('library');
  const midad = useMidad();
  const { uiLanguage } = useSettings();
  const now = useNow();
  const locale = dateLocale(uiLanguage);
  const authors = new Intl.ListFormat(locale, { type: 'conjunction' });

  return (
    <table className="draft-table">
      <thead>
        <tr>
          <th scope="col">{t('column.headline')}</th>
          <th scope="col">{t('column.status')}</th>
          <th scope="col">{t('column.language')}</th>
          <th scope="col">{t('column.authors')}</th>
          <th scope="col">{t('column.updated')}</th>
          <th scope="col" className="numeric">{t('column.words')}</th>
          <th scope="col" className="numeric">{t('comments:library.column')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('column.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {drafts.map((draft) => {
          const headline = draft.headline || t('untitled');
          return (
            <tr key={draft.id}>
              <td>
                <button
                  type="button"
                  className="link-button"
                  dir={directionOf(draft.language)}
                  onClick={() => void openDraft(midad, draft.id)}
                >
                  {headline}
                </button>
              </td>
              <td>{t(`common:status.${draft.status}`)}</td>
              <td>{t(`common:language.${draft.language}`)}</td>
              <td>{authors.format(draft.authors)}</td>
              <td>
                <time dateTime={draft.updatedAt} title={formatDateTime(draft.updatedAt, uiLanguage)}>
                  {formatRelativeTime(draft.updatedAt, now, uiLanguage)}
                </time>
              </td>
              <td className="numeric">{draft.wordCount.toLocaleString(locale)}</td>
              <td className="numeric">
                {draft.openComments ? (
                  <span className="comment-count" title={t('comments:openCount', { count: draft.openComments })}>
                    {draft.openComments.toLocaleString(locale)}
                  </span>
                ) : null}
              </td>
              <td>
                <button
                  type="button"
                  className="quiet"
                  aria-label={t('delete', { headline })}
                  onClick={() => void midad.drafts.delete({ id: draft.id })}
                >
                  {t('deleteShort')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
