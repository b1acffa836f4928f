import { useTranslation } from 'react-i18next';
import type { ArticleLanguage } from '../../../../shared/model/language';
import { useSettings } from '../../app/AppContext';
import { useValue, type ValueStore } from '../../ui/valueStore';
import type { AutosaveController } from './autosaveController';
import type { ArticleCounts } from './counters';
import { SaveStatusIndicator } from './SaveStatusIndicator';

interface StatusBarProps {
  controller: AutosaveController | undefined;
  counts: ValueStore<ArticleCounts>;
  headlineLength: ValueStore<number>;
  language: ArticleLanguage;
  zoom: number;
}

/** Save state, headline length against the house limit, and the article's counts (refreshed with each save). */
export function StatusBar({ controller, counts, headlineLength, language, zoom }: StatusBarProps) {
  const { t } = useTranslation('editor');
  const { houseStyle } = useSettings();
  const { words, characters, readingMinutes, quotes, sources } = useValue(counts);
  const length = useValue(headlineLength);
  const over = length > houseStyle.headlineMaxLength;
  return (
    <footer className="status-bar" aria-label={t('status.label')}>
      {controller ? <SaveStatusIndicator controller={controller} /> : <span>{t('readOnly.label')}</span>}
      <span className={over ? 'headline-length over' : 'headline-length'} aria-live={over ? 'polite' : 'off'}>
        {t(over ? 'status.headlineOver' : 'status.headline', { length, max: houseStyle.headlineMaxLength })}
      </span>
      <span>{t('wordCount', { count: words })}</span>
      <span>{t('status.characters', { count: characters })}</span>
      <span>{t('status.reading', { count: readingMinutes })}</span>
      <span>{t('status.quotes', { count: quotes })}</span>
      <span>{t('status.sources', { count: sources })}</span>
      <span>{t(`common:language.${language}`)}</span>
      {zoom !== 1 && <span>{t('status.zoom', { percent: Math.round(zoom * 100) })}</span>}
    </footer>
  );
}
