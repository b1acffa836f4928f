import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../ui/useErrorText';
import type { AutosaveController } from './autosaveController';

/** Says whether the latest text is on disk; never "saved" before the write resolved. */
export function SaveStatusIndicator({ controller }: { controller: AutosaveController }) {
  const { t } = useTranslation('editor');
  const errorText = useErrorText();
  const status = useSyncExternalStore(controller.subscribe, controller.getStatus);
  return (
    <span role="status" className={`save-status save-${status.state}`}>
      {status.state === 'conflict' ? (
        <strong role="alert">{t('review:conflict')}</strong>
      ) : status.state === 'failed' ? (
        <>
          <strong>{t('save.failed')}</strong> {errorText(status.error)}
        </>
      ) : (
        t(`save.${status.state}`)
      )}
    </span>
  );
}
