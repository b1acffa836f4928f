import type { JobSummary } from '../../../../shared/api/outboxService';

/** The list with the changed jobs put in place (or added), newest first. */
export function mergeJobs(jobs: readonly JobSummary[], changed: readonly JobSummary[]): JobSummary[] {
  const byId = new Map(jobs.map((job) => [job.id, job]));
  for (const job of changed) {
    const known = byId.get(job.id);
    // Events can overtake the list that was asked for before them: keep the newer.
    if (!known || known.updatedAt <= job.updatedAt) byId.set(job.id, job);
  }
  return [...byId.values()].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}
