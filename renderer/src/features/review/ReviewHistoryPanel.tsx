import { useTranslation } from 'react-i18next';
import { useMidad, useSettings } from '../../app/AppContext';
import { SidePanel } from '../../ui/SidePanel';
import { useErrorText } from '../../ui/useErrorText';
import type { EditorExtensionContext } from '../editor/editorExtensions';
import { useDraftsQuery } from '../library/useDraftsQuery';
import { formatStepTime } from './reviewSteps';
import './review.css';

/** Every review step of the draft, newest first: from → to, who, when, from which machine, the message and acknowledged errors. */
export function ReviewHistoryPanel({ draftId, onClose }: EditorExtensionContext & { onClose(): void }) {
  const { t } = useTranslation('review');
  const midad = useMidad();
  const { uiLanguage, houseStyle } = useSettings();
  const errorText = useErrorText();
  const { data: history, error } = useDraftsQuery(() => midad.review.history({ id: draftId }), [draftId]);
  const status = (value: string) => t(`common:status.${value}`);

  return (
    <SidePanel className="side-panel review-history" title={t('history.panel')} onClose={onClose} closeLabel={t('history.close')}>
      {error !== undefined && <p role="alert">{errorText(error)}</p>}
      {history?.length === 0 && <p>{t('history.empty')}</p>}
      <ol>
        {[...(history ?? [])].reverse().map((step) => (
          <li key={step.revisionId}>
            <strong>{t('history.step', { from: status(step.from), to: status(step.to) })}</strong>
            <div className="muted">
              {t('history.by', { by: step.by, when: formatStepTime(step.at, uiLanguage, houseStyle.timeZone) })} · {t('history.machine')} <bdi className="machine">{step.machine}</bdi>
            </div>
            {step.message && <blockquote>{step.message}</blockquote>}
            {step.acknowledged && step.acknowledged.length > 0 && (
              <div className="acknowledged">
                {t('history.acknowledged')}
                <ul>
                  {step.acknowledged.map((entry) => (
                    <li key={`${entry.ruleId}:${entry.text}`}>
                      {t('history.ackItem', {
                        text: entry.text,
                        rule: t(`proofreading:rules.${entry.ruleId}.name`, { defaultValue: entry.ruleId }),
                        reason: entry.reason ? t('history.ackReason', { reason: entry.reason }) : '',
                      })}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </li>
        ))}
      </ol>
    </SidePanel>
  );
}
