import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import './publishing.css';
import { Dialog } from '../../ui/Dialog';
import { OutboxList } from './OutboxList';
import { useOutboxJobs } from './useOutboxJobs';

function OutboxDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('publishing');
  const jobs = useOutboxJobs();
  return (
    <Dialog title={t('outbox.title')} onClose={onClose} className="outbox-dialog">
      <OutboxList jobs={jobs} />
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          {t('common:close')}
        </button>
      </div>
    </Dialog>
  );
}

/** The library's button to the outbox: every publish job, live. */
export function OutboxButton() {
  const { t } = useTranslation('publishing');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('outbox.open')}
      </button>
      {open && <OutboxDialog onClose={() => setOpen(false)} />}
    </>
  );
}
