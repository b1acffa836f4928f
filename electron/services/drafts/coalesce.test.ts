import { describe, expect, it } from 'vitest';
import type { RevisionKind, RevisionSummary } from '../../../shared/model/draft';
import { coalesceRevisions } from './coalesce';

const now = new Date('2025-03-10T12:00:00.000Z');
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();

function revision(id: string, kind: RevisionKind, createdAt: string): RevisionSummary {
  return { id: `rev-${id}-000000`, draftId: 'draft-00000000', kind, createdAt, author: 'سلمى', headline: '', wordCount: 0 };
}

const ids = (revisions: RevisionSummary[]) => revisions.map((item) => item.id.split('-')[1]);

describe('coalesceRevisions', () => {
  it('keeps the newest autosave per 5 minutes within the last day', () => {
    // 11:40:00 .. 11:59:00: buckets [11:40,11:45) [11:45,11:50) [11:50,11:55) [11:55,12:00)
    const history = [
      revision('a', 'autosave', minutesAgo(20)),
      revision('b', 'autosave', minutesAgo(17)),
      revision('c', 'autosave', minutesAgo(14)),
      revision('d', 'autosave', minutesAgo(11)),
      revision('e', 'autosave', minutesAgo(1)),
    ];
    const { keep, drop } = coalesceRevisions(history, now);
    expect(ids(keep)).toEqual(['b', 'd', 'e']);
    expect(ids(drop)).toEqual(['a', 'c']);
  });

  it('keeps the newest autosave per hour beyond a day', () => {
    const day = 24 * 60;
    const history = [
      revision('a', 'autosave', minutesAgo(day + 170)), // 09:10 the day before
      revision('b', 'autosave', minutesAgo(day + 150)), // 09:30
      revision('c', 'autosave', minutesAgo(day + 100)), // 10:20
      revision('d', 'autosave', minutesAgo(day + 70)), // 10:50
      revision('e', 'autosave', minutesAgo(3)),
    ];
    expect(ids(coalesceRevisions(history, now).keep)).toEqual(['b', 'd', 'e']);
  });

  it('never drops checkpoints, status changes, restores, the creation or the current revision', () => {
    const history = [
      revision('a', 'created', minutesAgo(4)),
      revision('b', 'checkpoint', minutesAgo(4)),
      revision('c', 'status', minutesAgo(3)),
      revision('d', 'restore', minutesAgo(3)),
      revision('e', 'autosave', minutesAgo(2)),
      revision('f', 'autosave', minutesAgo(2)),
    ];
    const { keep, drop } = coalesceRevisions(history, now);
    expect(ids(keep)).toEqual(['a', 'b', 'c', 'd', 'f']);
    expect(ids(drop)).toEqual(['e']);
  });
});
