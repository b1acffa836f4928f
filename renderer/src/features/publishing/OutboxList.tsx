import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobSummary } from '../../../../shared/api/outboxService';
import { formatInZone } from '../../../../shared/time/formatInZone';
import { useMidad, useSettings } from '../../app/AppContext';
import { useErrorText } from '../../ui/useErrorText';
import { JobEditForm } from './JobEditForm';

function clockTime(iso: string, timeZone: string, language: string): string {
  return formatInZone(iso, timeZone, language, { dateStyle: 'short', timeStyle: 'short' });
}

/** One job: headline, target, state in words (next try, the site's answer, the post's link), retry, edit and cancel. */
function JobRow({ job }: { job: JobSummary }) {
  const { t, i18n } = useTranslation('publishing');
  const midad = useMidad();
  const settings = useSettings();
  const errorText = useErrorText();
  const [error, setError] = useState<unknown>();
  const [editing, setEditing] = useState(false);
  const act = (call: Promise<unknown>) => void call.then(() => setError(undefined), setError);
  const changeable = job.state !== 'done' && job.state !== 'running' && job.state !== 'cancelled';
  const retryable = job.state === 'failed' || job.state === 'waiting-retry';
  // An unpublish has nothing to choose: it only puts the post back to draft.
  const editable = retryable && job.kind === 'publish';

  return (
    <li className={`outbox-job outbox-${job.state}`} aria-label={job.headline || t('outbox.untitled')}>
      <div className="outbox-job-head">
        <strong>{job.kind === 'unpublish' ? t('outbox.unpublishJob') : job.headline || t('outbox.untitled')}</strong>
        <span className="outbox-target">{job.target}</span>
        <span className="outbox-state" data-state={job.state}>
          {t(`state.${job.state}`)}
        </span>
      </div>
      {job.state === 'running' && job.progress && <p className="outbox-progress">{t(`progress.${job.progress.key}`, job.progress.params)}</p>}
      {job.state === 'waiting-retry' && job.nextAttemptAt && (
        <p>{t('outbox.nextAttempt', { time: clockTime(job.nextAttemptAt, settings.houseStyle.timeZone, i18n.language) })}</p>
      )}
      {job.error && job.state !== 'done' && <p className="outbox-error">{t(`errors:${job.error.code}`, job.error.params)}</p>}
      {job.state === 'done' && job.link && (
        <a href={job.link} target="_blank" rel="noreferrer" dir="ltr">
          {t('outbox.openPost')}
        </a>
      )}
      {editing && editable && (
        <JobEditForm
          job={job}
          onDone={() => {
            setEditing(false);
            setError(undefined);
          }}
          onError={setError}
        />
      )}
      {(retryable || changeable) && !editing && (
        <div className="outbox-actions">
          {retryable && (
            <button type="button" onClick={() => act(midad.outbox.retry({ id: job.id }))}>
              {t('outbox.retry')}
            </button>
          )}
          {editable && (
            <button type="button" onClick={() => setEditing(true)}>
              {t('outbox.edit')}
            </button>
          )}
          {changeable && (
            <button type="button" onClick={() => act(midad.outbox.cancel({ id: job.id }))}>
              {t('outbox.cancel')}
            </button>
          )}
        </div>
      )}
      {error !== undefined && <p role="alert">{errorText(error)}</p>}
    </li>
  );
}

/** Jobs, newest first, as the outbox reports them. */
export function OutboxList({ jobs }: { jobs: JobSummary[] }) {
  const { t } = useTranslation('publishing');
  if (jobs.length === 0) return <p>{t('outbox.empty')}</p>;
  return (
    <ul className="outbox-list">
      {jobs.map((job) => (
        <JobRow key={job.id} job={job} />
      ))}
    </ul>
  );
}
