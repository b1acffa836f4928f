import { useEffect, useState } from 'react';
import type { JobSummary } from '../../../../shared/api/outboxService';
import { useMidad } from '../../app/AppContext';
import { mergeJobs } from './outboxJobs';

/** The outbox's jobs, kept live by `outbox.onDidChange` (each event carries the jobs that changed). */
export function useOutboxJobs(): JobSummary[] {
  const midad = useMidad();
  const [jobs, setJobs] = useState<JobSummary[]>([]);
  useEffect(() => {
    let active = true;
    const unsubscribe = midad.outbox.onDidChange(({ jobs: changed }) => setJobs((current) => mergeJobs(current, changed)));
    void midad.outbox.list({}).then((listed) => active && setJobs((current) => mergeJobs(listed, current)));
    return () => {
      active = false;
      unsubscribe();
    };
  }, [midad]);
  return jobs;
}
