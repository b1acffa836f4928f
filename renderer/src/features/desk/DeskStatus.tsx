import { useTranslation } from 'react-i18next';
import type { DeskScan } from '../../../../shared/api/packagesService';

/** Whether the desk is off, reachable, or gone for now (a USB stick pulled out, a VPN share down) and retried. */
export function DeskStatus({ scan }: { scan: DeskScan }) {
  const { t } = useTranslation('desk');
  return (
    <p className={`desk-status desk-${scan.state}`} role="status">
      {t(`folder.${scan.state}`)}
      {scan.state !== 'off' && (
        <>
          {' '}
          <bdi dir="ltr" className="desk-folder-path">
            {scan.folder}
          </bdi>
        </>
      )}
    </p>
  );
}
