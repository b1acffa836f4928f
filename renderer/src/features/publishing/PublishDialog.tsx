import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { publishStatuses, type PublishOptions, type PublishStatus, type Publication, type Target } from '../../../../shared/api/publishingService';
import { useMidad, useSettings } from '../../app/AppContext';
import { Dialog } from '../../ui/Dialog';
import { useErrorText } from '../../ui/useErrorText';
import { wallTimeToIso } from '../article/zonedTime';
import { ChecklistView, type ChecklistItem } from './ChecklistView';
import { OutboxList } from './OutboxList';
import { useOutboxJobs } from './useOutboxJobs';

interface PublishDialogProps {
  draftId: string;
  /** Saves the editor's pending changes: the service publishes the saved draft. */
  flush: () => Promise<void>;
  onClose: () => void;
}

/**
 * Sends the draft to a target through the outbox: status (draft, pending,
 * scheduled in the newsroom's time zone, now), the checklist the service
 * returns (anything it lists needs a reason to publish anyway), then the job
 * as it goes, down to the post's link. A draft already on the target is
 * updated (with an optional correction note) or put back to draft.
 */
export function PublishDialog({ draftId, flush, onClose }: PublishDialogProps) {
  const { t } = useTranslation('publishing');
  const midad = useMidad();
  const settings = useSettings();
  const errorText = useErrorText();
  const ids = { reason: useId(), at: useId(), correction: useId(), target: useId() };
  const [targets, setTargets] = useState<Target[] | undefined>();
  const [target, setTarget] = useState('');
  const [publications, setPublications] = useState<Publication[]>([]);
  const [status, setStatus] = useState<PublishStatus>('draft');
  const [wallTime, setWallTime] = useState('');
  const [correction, setCorrection] = useState('');
  const [items, setItems] = useState<ChecklistItem[] | undefined>();
  const [reason, setReason] = useState('');
  const [jobId, setJobId] = useState<string | undefined>();
  const [error, setError] = useState<unknown>();
  const jobs = useOutboxJobs();
  const zone = settings.houseStyle.timeZone;

  useEffect(() => {
    void flush()
      .then(() => Promise.all([midad.publishing.listTargets({}), midad.publishing.publications({ draftId })]))
      .then(([listed, published]) => {
        setTargets(listed);
        setPublications(published);
        setTarget((current) => current || published[0]?.target || listed[0]?.name || '');
      }, setError);
  }, [midad, draftId, flush]);

  const at = status === 'future' ? wallTimeToIso(wallTime, zone) : undefined;
  const options: PublishOptions = { status, ...(at ? { at } : {}), ...(correction.trim() ? { correction: correction.trim() } : {}) };
  const optionsKey = JSON.stringify(options);

  useEffect(() => {
    let active = true;
    setItems(undefined);
    midad.publishing.checklist({ draftId, options: JSON.parse(optionsKey) as PublishOptions }).then(
      (found) => active && setItems(found),
      (thrown: unknown) => active && setError(thrown),
    );
    return () => {
      active = false;
    };
  }, [midad, draftId, optionsKey]);

  const published = publications.find((publication) => publication.target === target);
  const needsReason = (items?.length ?? 0) > 0;
  const ready = target !== '' && items !== undefined && (!needsReason || reason.trim() !== '') && (status !== 'future' || at !== undefined);
  const job = jobs.find((candidate) => candidate.id === jobId);
  const jobDone = job?.state === 'done';

  // Once the job is through, the draft is on the site: the next press updates that post.
  useEffect(() => {
    if (jobDone) void midad.publishing.publications({ draftId }).then(setPublications, setError);
  }, [midad, draftId, jobDone]);

  const send = (call: () => Promise<{ jobId: string }>) => {
    setError(undefined);
    flush()
      .then(call)
      .then(({ jobId: queued }) => setJobId(queued), setError);
  };
  const publish = (asNew = false) =>
    send(() =>
      midad.publishing.publish({ draftId, target, options, ...(needsReason ? { override: { reason: reason.trim() } } : {}), ...(asNew ? { asNew } : {}) }),
    );

  return (
    <Dialog title={t('publish.title')} onClose={onClose} className="publish-dialog">
      {targets?.length === 0 && <p>{t('publish.noTargets')}</p>}
      {targets && targets.length > 0 && (
        <div className="publish-form">
          <label htmlFor={ids.target}>{t('publish.target')}</label>
          <select id={ids.target} value={target} onChange={(event) => setTarget(event.target.value)}>
            {targets.map((candidate) => (
              <option key={candidate.name} value={candidate.name}>
                {candidate.name}
              </option>
            ))}
          </select>
          {published && (
            <p className="publish-already">
              {t('publish.already')}{' '}
              {/* The site's address is percent-encoded Arabic: unreadable, so it stays in the tooltip. */}
              <a href={published.link} title={published.link} target="_blank" rel="noreferrer">
                {t('panel.openPost')}
              </a>{' '}
              ({t(`siteStatus.${published.status}`, { defaultValue: published.status })})
            </p>
          )}
          <fieldset className="publish-status">
            <legend>{t('publish.status')}</legend>
            {publishStatuses.map((choice) => (
              <label key={choice}>
                <input type="radio" name="publish-status" value={choice} checked={status === choice} onChange={() => setStatus(choice)} />
                {t(`publish.statuses.${choice}`)}
              </label>
            ))}
          </fieldset>
          {status === 'future' && (
            <>
              <label htmlFor={ids.at}>{t('publish.at', { zone })}</label>
              <input id={ids.at} type="datetime-local" value={wallTime} onChange={(event) => setWallTime(event.target.value)} />
            </>
          )}
          {published && (
            <>
              <label htmlFor={ids.correction}>{t('publish.correction')}</label>
              <textarea id={ids.correction} maxLength={2_000} value={correction} onChange={(event) => setCorrection(event.target.value)} />
            </>
          )}
          <section aria-label={t('publish.checklist')}>
            <h3>{t('publish.checklist')}</h3>
            <ChecklistView items={items} />
            {needsReason && (
              <>
                <label htmlFor={ids.reason}>{t('publish.override')}</label>
                <input id={ids.reason} type="text" maxLength={2_000} placeholder={t('publish.overrideHint')} value={reason} onChange={(event) => setReason(event.target.value)} />
              </>
            )}
          </section>
        </div>
      )}
      {job && <OutboxList jobs={[job]} />}
      {job?.state === 'failed' && job.error?.code === 'wp_post_deleted' && (
        <button type="button" onClick={() => publish(true)}>
          {t('publish.asNew')}
        </button>
      )}
      {error !== undefined && <p role="alert">{errorText(error)}</p>}
      <div className="dialog-actions">
        <button type="button" className="primary" disabled={!ready || (job !== undefined && job.state !== 'failed' && job.state !== 'done')} onClick={() => publish()}>
          {published ? t('publish.update') : t('publish.submit')}
        </button>
        {published && published.status !== 'draft' && (
          <button type="button" onClick={() => send(() => midad.publishing.unpublish({ draftId, target }))}>
            {t('publish.unpublish')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t('common:close')}
        </button>
      </div>
    </Dialog>
  );
}
