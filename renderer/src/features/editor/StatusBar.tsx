import { useTranslation } from 'react-i18next';
import type { ArticleLanguage } from '../../../../shared/model/language';
import { useValue, type ValueStore } from '../../ui/valueStore';
import type { AutosaveController } from './autosaveController';
import { SaveStatusIndicator } from './SaveStatusIndicator';

interface StatusBarProps {
  controller: AutosaveController | undefined;
  wordCount: ValueStore<number>;
  language: ArticleLanguage;
}

/** Save state and word count; the count is refreshed with each save, not per keystroke. */
export function StatusBar({ controller, wordCount, language }: StatusBarProps) {
  const { t } = useTranslation('editor');
  const words = useValue(wordCount);
  return (
    <footer className="status-bar">
      {controller ? <SaveStatusIndicator controller={controller} /> : <span>{t('readOnly.label')}</span>}
      <span>{t(`common:language.${language}`)}</span>
      <span>{t('wordCount', { count: words })}</span>
    </footer>
  );
}
