import { describe, expect, it } from 'vitest';
import type { JobSummary } from '../../../../shared/api/outboxService';
import { mergeJobs } from './outboxJobs';

const job = (id: string, createdAt: string, updatedAt: string, state: JobSummary['state'] = 'queued'): JobSummary => ({
  id,
  kind: 'publish',
  draftId: 'draft-0001',
  target: 'site',
  headline: 'عنوان',
  options: { status: 'draft' },
  state,
  attempts: 0,
  createdAt,
  updatedAt,
});

describe('mergeJobs', () => {
  it('replaces a job by a newer version of it and adds new ones, newest first', () => {
    const old = [job('j-aaaaaaaa', '2026-01-01T10:00:00Z', '2026-01-01T10:00:00Z')];
    const merged = mergeJobs(old, [
      job('j-aaaaaaaa', '2026-01-01T10:00:00Z', '2026-01-01T10:00:05Z', 'done'),
      job('j-bbbbbbbb', '2026-01-01T11:00:00Z', '2026-01-01T11:00:00Z'),
    ]);
    expect(merged.map((item) => [item.id, item.state])).toEqual([
      ['j-bbbbbbbb', 'queued'],
      ['j-aaaaaaaa', 'done'],
    ]);
  });

  it('keeps the newer state when an older one arrives late', () => {
    const current = [job('j-aaaaaaaa', '2026-01-01T10:00:00Z', '2026-01-01T10:00:09Z', 'done')];
    const merged = mergeJobs(current, [job('j-aaaaaaaa', '2026-01-01T10:00:00Z', '2026-01-01T10:00:01Z', 'running')]);
    expect(merged[0]!.state).toBe('done');
  });
});
