import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsNotice } from '../../../../shared/model/settings';
import { useMidad } from '../../app/AppContext';

/** "Your settings file was damaged and has been reset": shown once, as the host hands it over. */
export function SettingsNoticeBanner() {
  const { t } = useTranslation('library');
  const midad = useMidad();
  const [notices, setNotices] = useState<SettingsNotice[]>([]);

  useEffect(() => {
    // Reading clears them on the host, so keep what each read returns (StrictMode reads twice in development).
    midad.settings.takeNotices({}).then((taken) => setNotices((previous) => [...previous, ...taken]), () => {});
  }, [midad]);

  if (notices.length === 0) return null;
  return (
    <section role="alert" className="banner banner-warning" aria-label={t('settingsNotice.title')}>
      {notices.map((notice) => (
        <p key={notice.at}>{t('settingsNotice.reset', { path: notice.backupPath })}</p>
      ))}
      <button type="button" onClick={() => setNotices([])}>
        {t('common:dismiss')}
      </button>
    </section>
  );
}
