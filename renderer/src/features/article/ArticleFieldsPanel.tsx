import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { mediaTags, type ArticleFields } from '../../../../shared/model/article';
import type { ArticleLanguage } from '../../../../shared/model/language';
import { formatDateline, formatUpdatedLine } from '../../../../shared/text/dateline';
import { useSettings } from '../../app/AppContext';
import { SidePanel } from '../../ui/SidePanel';
import { useValue, type ValueStore } from '../../ui/valueStore';
import { FeaturedImagePicker } from '../media/FeaturedImagePicker';
import { RelatedHeadlinesEditor } from './RelatedHeadlinesEditor';
import { normalizeSlug, suggestSlug } from './slug';
import { TagsInput } from './TagsInput';
import { isoToWallTime, wallTimeToIso } from './zonedTime';

interface ArticleFieldsPanelProps {
  draftId: string;
  language: ArticleLanguage;
  fields: ValueStore<ArticleFields>;
  /** The headline as it is now, read when a slug is suggested. */
  headline: () => string;
  readOnly: boolean;
  onClose: () => void;
  /** Below the form: the comment box for fields. */
  footer?: ReactNode;
}

/**
 * The article's fields beside the text: section, tags, slug, the breaking flag
 * and media tags, byline, dates, place and related headlines. Every change goes
 * into the fields store, which the autosave treats as an edit.
 */
export function ArticleFieldsPanel({ draftId, language, fields, headline, readOnly, onClose, footer }: ArticleFieldsPanelProps) {
  const { t } = useTranslation('article');
  const { houseStyle } = useSettings();
  const value = useValue(fields);
  const set = <K extends keyof ArticleFields>(key: K, next: ArticleFields[K]) => fields.set({ ...fields.get(), [key]: next });
  const timeZone = houseStyle.timeZone;

  // The date line exactly as the preview and exports print it, so the house style is visible while choosing.
  const datelineOf = (key: 'publishedAt' | 'correctedAt', iso: string) =>
    key === 'publishedAt'
      ? formatDateline(iso, houseStyle, language, { hijri: value.showHijriDate })
      : formatUpdatedLine(iso, houseStyle, language);

  const timeField = (key: 'publishedAt' | 'correctedAt') => {
    const iso = value[key];
    return (
      <>
        <label className="field">
          {t(key)}
          <input
            type="datetime-local"
            value={iso ? isoToWallTime(iso, timeZone) : ''}
            onChange={(event) => set(key, event.target.value ? wallTimeToIso(event.target.value, timeZone) : undefined)}
          />
        </label>
        {iso && (
          <p className="dateline-preview" dir={language === 'ar' ? 'rtl' : 'ltr'} lang={language}>
            {datelineOf(key, iso)}
          </p>
        )}
      </>
    );
  };

  return (
    <SidePanel className="fields-panel" title={t('panel')} onClose={onClose}>
      <fieldset disabled={readOnly} className="fields-form">
        <label className="field field-toggle breaking-toggle">
          <input type="checkbox" checked={value.breaking} onChange={(event) => set('breaking', event.target.checked)} />
          {t('breaking')}
        </label>
        <fieldset className="media-tags">
          <legend>{t('mediaTags.label')}</legend>
          {mediaTags.map((tag) => (
            <label key={tag} className="field-toggle">
              <input
                type="checkbox"
                checked={value.mediaTags.includes(tag)}
                onChange={(event) =>
                  set('mediaTags', event.target.checked ? [...value.mediaTags, tag] : value.mediaTags.filter((item) => item !== tag))
                }
              />
              {t(`mediaTags.${tag}`)}
            </label>
          ))}
        </fieldset>
        <label className="field">
          {t('section')}
          <input type="text" value={value.section} onChange={(event) => set('section', event.target.value)} />
        </label>
        <TagsInput label={t('tags')} values={value.tags} onChange={(tags) => set('tags', tags)} />
        <div className="field">
          <label>
            {t('slug')}
            <input
              type="text"
              dir="auto"
              value={value.slug}
              placeholder={suggestSlug(headline(), language)}
              onChange={(event) => set('slug', event.target.value)}
              onBlur={(event) => set('slug', normalizeSlug(event.target.value))}
            />
          </label>
          {language !== 'ar' && (
            <button type="button" onClick={() => set('slug', suggestSlug(headline(), language))}>
              {t('suggestSlug')}
            </button>
          )}
        </div>
        <TagsInput label={t('authors')} values={value.authors} onChange={(authors) => set('authors', authors)} max={20} />
        <label className="field">
          {t('outlet')}
          <input type="text" value={value.outlet} onChange={(event) => set('outlet', event.target.value)} />
        </label>
        {timeField('publishedAt')}
        <label className="field field-toggle">
          <input type="checkbox" checked={value.showHijriDate} onChange={(event) => set('showHijriDate', event.target.checked)} />
          {t('showHijriDate')}
        </label>
        {timeField('correctedAt')}
        <p className="muted field-hint">{t('timeZoneHint', { timeZone })}</p>
        <label className="field">
          {t('place')}
          <input type="text" value={value.place} placeholder={t('placeExample')} onChange={(event) => set('place', event.target.value)} />
        </label>
        <FeaturedImagePicker draftId={draftId} value={value.featuredImage} onChange={(assetId) => set('featuredImage', assetId)} />
        <RelatedHeadlinesEditor draftId={draftId} related={value.related} onChange={(related) => set('related', related)} />
      </fieldset>
      {footer}
    </SidePanel>
  );
}
