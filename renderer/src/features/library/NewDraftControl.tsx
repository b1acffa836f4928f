import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { articleLanguages, type ArticleLanguage } from '../../../../shared/model/language';
import { useMidad, useSettings } from '../../app/AppContext';
import { openDraft } from '../../app/openDraft';
import { useErrorText } from '../../ui/useErrorText';

/** "New draft" with the article language beside it, defaulting to the house style's. */
export function NewDraftControl() {
  const { t } = useTranslation('library');
  const midad = useMidad();
  const settings = useSettings();
  const errorText = useErrorText();
  const [language, setLanguage] = useState<ArticleLanguage>(settings.houseStyle.defaultLanguage);
  const [error, setError] = useState<unknown>();

  const create = async () => {
    try {
      const draft = await midad.drafts.create({ language });
      await openDraft(midad, draft.meta.id);
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <div className="new-draft">
      <select aria-label={t('newDraft.language')} value={language} onChange={(event) => setLanguage(event.target.value as ArticleLanguage)}>
        {articleLanguages.map((code) => (
          <option key={code} value={code}>
            {t(`common:language.${code}`)}
          </option>
        ))}
      </select>
      <button type="button" className="primary" onClick={() => void create()}>
        {t('newDraft.button')}
      </button>
      {error !== undefined && <span role="alert">{errorText(error)}</span>}
    </div>
  );
}
