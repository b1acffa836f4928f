import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportFormats, type ExportFormat } from '../../../../shared/api/publishingService';
import { useMidad } from '../../app/AppContext';
import { useErrorText } from '../../ui/useErrorText';
import { downloadFile } from './downloadFile';

/** Exports the saved draft to a file in one of the formats the service writes. */
export function ExportMenu({ draftId, beforeExport }: { draftId: string; beforeExport: () => Promise<void> }) {
  const { t } = useTranslation('publishing');
  const midad = useMidad();
  const errorText = useErrorText();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState<ExportFormat | undefined>();

  const run = async (format: ExportFormat) => {
    setBusy(format);
    setError(undefined);
    try {
      await beforeExport();
      downloadFile(await midad.publishing.export({ id: draftId, format }));
    } catch (thrown) {
      setError(thrown);
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section className="export-menu" aria-label={t('export.title')}>
      <h3>{t('export.title')}</h3>
      <div className="export-buttons">
        {exportFormats.map((format) => (
          <button key={format} type="button" disabled={busy !== undefined} onClick={() => void run(format)}>
            {t(`export.${format}`)}
          </button>
        ))}
      </div>
      {error !== undefined && <p role="alert">{errorText(error)}</p>}
    </section>
  );
}
