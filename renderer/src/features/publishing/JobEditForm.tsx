import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobSummary } from '../../../../shared/api/outboxService';
import { publishStatuses, type PublishStatus } from '../../../../shared/api/publishingService';
import { useMidad, useSettings } from '../../app/AppContext';
import { editedJobOptions, jobEditStart } from './jobEdit';

interface JobEditFormProps {
  job: JobSummary;
  onDone: () => void;
  onError: (error: unknown) => void;
}

/**
 * A job that has not gone through yet, sent differently: another status or
 * scheduled time (in the newsroom's zone). Saving runs it again at once.
 */
export function JobEditForm({ job, onDone, onError }: JobEditFormProps) {
  const { t } = useTranslation('publishing');
  const midad = useMidad();
  const zone = useSettings().houseStyle.timeZone;
  const ids = { at: useId(), status: useId() };
  const [start] = useState(() => jobEditStart(job, zone));
  const [status, setStatus] = useState<PublishStatus>(start.status);
  const [wallTime, setWallTime] = useState(start.wallTime);
  const options = editedJobOptions(job.options, status, wallTime, zone);

  const save = () => {
    if (!options) return;
    midad.outbox.edit({ id: job.id, options }).then(onDone, onError);
  };

  return (
    <fieldset className="outbox-edit" aria-label={t('outbox.editTitle')}>
      <legend>{t('outbox.editTitle')}</legend>
      <div className="publish-status" role="radiogroup" aria-labelledby={ids.status}>
        <span id={ids.status}>{t('publish.status')}</span>
        {publishStatuses.map((choice) => (
          <label key={choice}>
            <input type="radio" name={`${job.id}-status`} value={choice} checked={status === choice} onChange={() => setStatus(choice)} />
            {t(`publish.statuses.${choice}`)}
          </label>
        ))}
      </div>
      {status === 'future' && (
        <>
          <label htmlFor={ids.at}>{t('publish.at', { zone })}</label>
          <input id={ids.at} type="datetime-local" value={wallTime} onChange={(event) => setWallTime(event.target.value)} />
        </>
      )}
      <div className="outbox-actions">
        <button type="button" className="primary" disabled={!options} onClick={save}>
          {t('outbox.saveAndRetry')}
        </button>
        <button type="button" onClick={onDone}>
          {t('outbox.editCancel')}
        </button>
      </div>
    </fieldset>
  );
}
