import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingKey } from '../../../../shared/model/settings';
import { useMidad, useSettings } from '../../app/AppContext';
import { Dialog } from '../../ui/Dialog';
import { TargetsSection } from '../publishing/TargetsSection';
import { DeskFolderField } from '../desk/DeskFolderField';
import { useErrorText } from '../../ui/useErrorText';
import { CheckboxField } from './CheckboxField';
import { ChoiceField } from './ChoiceField';
import { NumberField } from './NumberField';
import { ProofreadingRulesField } from './ProofreadingRulesField';
import { TextField } from './TextField';
import { TimeZoneField } from './TimeZoneField';

/** Every setting, saved as soon as it changes; the UI follows through `settings.onDidChange`. */
export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('settings');
  const midad = useMidad();
  const settings = useSettings();
  const errorText = useErrorText();
  const [error, setError] = useState<unknown>();
  const set = (key: SettingKey, value: unknown) =>
    void midad.settings.set({ key, value }).then(() => setError(undefined), setError);
  const style = settings.houseStyle;

  return (
    <Dialog title={t('title')} onClose={onClose} className="settings-dialog">
      <form className="settings-form" onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>{t('section.personal')}</legend>
          <ChoiceField label={t('uiLanguage')} value={settings.uiLanguage} choices={['ar', 'fr', 'en']} choiceLabel={(code) => t(`common:language.${code}`)} onChange={(value) => set('uiLanguage', value)} />
          <TextField label={t('userName')} value={settings.userName} onCommit={(value) => set('userName', value)} />
          <TextField label={t('byline')} value={settings.byline} onCommit={(value) => set('byline', value)} />
          <ChoiceField label={t('role.label')} value={settings.role} choices={['journalist', 'editor']} choiceLabel={(role) => t(`role.${role}`)} onChange={(value) => set('role', value)} />
          <ChoiceField label={t('theme.label')} value={settings.theme} choices={['system', 'light', 'dark']} choiceLabel={(theme) => t(`theme.${theme}`)} onChange={(value) => set('theme', value)} />
          <DeskFolderField value={settings.deskFolder} onCommit={(value) => set('deskFolder', value)} />
          <CheckboxField label={t('screenReader')} checked={settings.screenReader} onChange={(value) => set('screenReader', value)} />
        </fieldset>
        <fieldset>
          <legend>{t('section.houseStyle')}</legend>
          <ChoiceField label={t('defaultLanguage')} value={style.defaultLanguage} choices={['ar', 'fr', 'en']} choiceLabel={(code) => t(`common:language.${code}`)} onChange={(value) => set('houseStyle.defaultLanguage', value)} />
          <ChoiceField label={t('monthNames.label')} value={style.monthNames} choices={['mashriq', 'maghreb']} choiceLabel={(names) => t(`monthNames.${names}`)} onChange={(value) => set('houseStyle.monthNames', value)} />
          <ChoiceField label={t('digits.label')} value={style.digits} choices={['western', 'eastern']} choiceLabel={(digits) => t(`digits.${digits}`)} onChange={(value) => set('houseStyle.digits', value)} />
          <ChoiceField label={t('quotationMarks.label')} value={style.quotationMarks} choices={['curly', 'guillemets']} choiceLabel={(marks) => t(`quotationMarks.${marks}`)} onChange={(value) => set('houseStyle.quotationMarks', value)} />
          <TimeZoneField label={t('timeZone')} value={style.timeZone} onChange={(value) => set('houseStyle.timeZone', value)} />
          <NumberField label={t('headlineMaxLength')} value={style.headlineMaxLength} min={10} max={1_000} onCommit={(value) => set('houseStyle.headlineMaxLength', value)} />
          <CheckboxField label={t('arabicPunctuation')} checked={style.arabicPunctuation} onChange={(value) => set('houseStyle.arabicPunctuation', value)} />
        </fieldset>
        <fieldset>
          <legend>{t('section.proofreading')}</legend>
          <CheckboxField label={t('proofreading')} checked={settings.proofreading} onChange={(value) => set('proofreading', value)} />
          <ProofreadingRulesField switches={settings.proofreadingRules} onChange={(value) => set('proofreadingRules', value)} />
        </fieldset>
        <TargetsSection />
        {error !== undefined && <p role="alert">{errorText(error)}</p>}
        <div className="dialog-actions">
          <button type="button" className="primary" onClick={onClose}>
            {t('common:close')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
