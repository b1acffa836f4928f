import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './publishing.css';
import type { Publication } from '../../../../shared/api/publishingService';
import { useMidad } from '../../app/AppContext';
import { SidePanel } from '../../ui/SidePanel';
import type { EditorExtensionContext } from '../editor/editorExtensions';
import { ExportMenu } from './ExportMenu';
import { OutboxList } from './OutboxList';
import { PublishDialog } from './PublishDialog';
import { useOutboxJobs } from './useOutboxJobs';

/**
 * The draft's publishing side panel: where it is published, the button to the
 * publish dialog, its outbox jobs as they go, and the file exports. Publishing
 * and exports read the saved draft, so pending edits are saved first.
 */
export function PublishingPanel({ draftId, controller, onClose }: EditorExtensionContext & { onClose(): void }) {
  const { t } = useTranslation('publishing');
  const midad = useMidad();
  const [dialogOpen, setDialogOpen] = useState(false);
  const [publications, setPublications] = useState<Publication[]>([]);
  const jobs = useOutboxJobs().filter((job) => job.draftId === draftId);
  const settledCount = jobs.filter((job) => job.state === 'done').length;
  const flush = useCallback(async () => controller?.flush(), [controller]);

  useEffect(() => {
    void midad.publishing.publications({ draftId }).then(setPublications, () => setPublications([]));
  }, [midad, draftId, settledCount]);

  return (
    <SidePanel className="side-panel publishing-panel" title={t('panel.title')} onClose={onClose} closeLabel={t('panel.close')}>
      <button type="button" className="primary" onClick={() => setDialogOpen(true)}>
        {t('panel.publish')}
      </button>
      {publications.length === 0 ? (
        <p>{t('panel.notYet')}</p>
      ) : (
        <ul className="publication-list">
          {publications.map((publication) => (
            <li key={publication.target}>
              {t('panel.onSite', { target: publication.target, status: t(`siteStatus.${publication.status}`, { defaultValue: publication.status }) })}{' '}
              {publication.link && (
                <a href={publication.link} target="_blank" rel="noreferrer">
                  {t('panel.openPost')}
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
      {jobs.length > 0 && <OutboxList jobs={jobs} />}
      <ExportMenu draftId={draftId} beforeExport={flush} />
      {dialogOpen && <PublishDialog draftId={draftId} flush={flush} onClose={() => setDialogOpen(false)} />}
    </SidePanel>
  );
}
