import { describe, expect, it } from 'vitest';
import type { JobSummary } from '../../../../shared/api/outboxService';
import { editedJobOptions, jobEditStart } from './jobEdit';

const job = {
  id: 'j-abc12345-0011223344',
  kind: 'publish',
  draftId: 'd-1',
  target: 'site',
  headline: 'خبر',
  options: { status: 'future', at: '2026-03-29T08:30:00Z', correction: 'صُحّح الاسم.', override: { reason: 'عاجل', blockers: ['photosTagWithoutImages'] } },
  state: 'failed',
  attempts: 1,
  createdAt: '2026-03-01T09:00:00Z',
  updatedAt: '2026-03-01T09:00:00Z',
} as JobSummary;

describe('editing an outbox job', () => {
  it('starts from the job\'s status and its time on the newsroom\'s clock (Casablanca is UTC+1 in March 2026, before Ramadan\'s UTC+0)', () => {
    expect(jobEditStart(job, 'Africa/Casablanca')).toEqual({ status: 'future', wallTime: '2026-03-29T09:30' });
    expect(jobEditStart(job, 'Asia/Riyadh')).toEqual({ status: 'future', wallTime: '2026-03-29T11:30' });
    expect(jobEditStart({ ...job, options: { status: 'pending' } }, 'Africa/Casablanca')).toEqual({ status: 'pending', wallTime: '' });
  });

  it('a new time is read in the newsroom\'s zone; the correction and the recorded override are kept', () => {
    expect(editedJobOptions(job.options, 'future', '2026-04-02T18:00', 'Asia/Riyadh')).toEqual({ ...job.options, at: '2026-04-02T18:00:00+03:00' });
    expect(editedJobOptions(job.options, 'pending', '2026-04-02T18:00', 'Asia/Riyadh')).toEqual({
      status: 'pending',
      correction: 'صُحّح الاسم.',
      override: job.options.override,
    });
    expect(editedJobOptions(job.options, 'future', '', 'Asia/Riyadh')).toBeUndefined();
  });
});
