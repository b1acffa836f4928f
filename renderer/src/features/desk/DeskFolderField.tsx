import { useTranslation } from 'react-i18next';
import { TextField } from '../settings/TextField';
import { DeskStatus } from './DeskStatus';
import { useDeskScan } from './useDeskScan';

/**
 * The `deskFolder` setting as a typed path (a browser window has no folder
 * picker), with whether the host can reach it right now.
 */
export function DeskFolderField({ value, onCommit }: { value: string; onCommit: (value: string) => void }) {
  const { t } = useTranslation('desk');
  const { scan } = useDeskScan();
  return (
    <div className="desk-folder-field">
      <TextField label={t('folder.label')} dir="ltr" value={value} onCommit={(text) => onCommit(text.trim())} />
      <p className="muted">{t('folder.hint')}</p>
      {scan && <DeskStatus scan={scan} />}
    </div>
  );
}
