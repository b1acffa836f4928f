import type { JobSummary } from '../../../../shared/api/outboxService';
import type { PublishOptions, PublishStatus } from '../../../../shared/api/publishingService';
import { isoToWallTime, wallTimeToIso } from '../article/zonedTime';

/** What the edit form starts from: the job's status and its time as the newsroom's clock shows it. */
export function jobEditStart(job: JobSummary, timeZone: string): { status: PublishStatus; wallTime: string } {
  return { status: job.options.status, wallTime: job.options.at ? isoToWallTime(job.options.at, timeZone) : '' };
}

/**
 * The job's options with the new status and, for a scheduled post, the time
 * read in the newsroom's zone; the correction note and any recorded override
 * stay as they were. Undefined while a scheduled post has no valid time.
 */
export function editedJobOptions(options: PublishOptions, status: PublishStatus, wallTime: string, timeZone: string): PublishOptions | undefined {
  const { at: _at, ...kept } = options;
  if (status !== 'future') return { ...kept, status };
  const at = wallTimeToIso(wallTime, timeZone);
  return at ? { ...kept, status, at } : undefined;
}
