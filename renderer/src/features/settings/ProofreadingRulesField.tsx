import { useTranslation } from 'react-i18next';
import { ruleIds } from '../../../../shared/proofreading/rules';
import { CheckboxField } from './CheckboxField';

interface ProofreadingRulesFieldProps {
  /** Rule id → on/off; a rule not listed is on. */
  switches: Record<string, boolean>;
  onChange: (switches: Record<string, boolean>) => void;
}

/** One switch per proofreading rule, named as the findings panel names it. */
export function ProofreadingRulesField({ switches, onChange }: ProofreadingRulesFieldProps) {
  const { t } = useTranslation('settings');
  return (
    <fieldset className="settings-rules">
      <legend>{t('proofreadingRules')}</legend>
      {ruleIds.map((id) => (
        <CheckboxField key={id} label={t(`proofreading:rules.${id}.name`)} checked={switches[id] !== false} onChange={(on) => onChange({ ...switches, [id]: on })} />
      ))}
    </fieldset>
  );
}
