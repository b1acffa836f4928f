import type { RevisionSummary } from '../../../shared/model/draft';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const FINE_BUCKET = 5 * MINUTE;
const FINE_PERIOD = 24 * HOUR;

function bucketOf(createdAt: number, now: number): string {
  return now - createdAt < FINE_PERIOD ? `m${Math.floor(createdAt / FINE_BUCKET)}` : `h${Math.floor(createdAt / HOUR)}`;
}

/**
 * Which revisions to keep: every checkpoint, status change, restore and the
 * draft's creation; of the autosaves, the newest per 5 minutes for the last day
 * and the newest per hour before that. The newest revision is always kept, since
 * it is the draft's current text. `history` is oldest first, and so is `keep`.
 */
export function coalesceRevisions(
  history: RevisionSummary[],
  now: Date,
): { keep: RevisionSummary[]; drop: RevisionSummary[] } {
  const newestPerBucket = new Map<string, RevisionSummary>();
  for (const revision of history) {
    if (revision.kind !== 'autosave') continue;
    // History is oldest first, so the last one seen in a bucket is its newest.
    newestPerBucket.set(bucketOf(Date.parse(revision.createdAt), now.getTime()), revision);
  }
  const keptAutosaves = new Set(newestPerBucket.values());
  const newest = history.at(-1);
  const keep: RevisionSummary[] = [];
  const drop: RevisionSummary[] = [];
  for (const revision of history) {
    const kept = revision.kind !== 'autosave' || keptAutosaves.has(revision) || revision === newest;
    (kept ? keep : drop).push(revision);
  }
  return { keep, drop };
}
