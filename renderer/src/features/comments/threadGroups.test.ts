import { describe, expect, it } from 'vitest';
import { newThread } from '../../../../shared/review/comments/threads';
import { groupThreads } from './threadGroups';

const at = '2026-03-01T09:00:00+01:00';
const text = (n: number, orphaned = false) => ({ ...newThread({ id: `c-0000000${n}`, author: 'سارة', at }, { kind: 'text' }, 'نص', 'تعليق'), orphaned });

describe('groupThreads', () => {
  it('orders text threads as their text comes, and puts field and orphaned threads apart', () => {
    const field = newThread({ id: 'c-00000009', author: 'كريم', at }, { kind: 'field', field: 'tags' }, '', 'وسم');
    const groups = groupThreads([text(1), text(2), field, text(3, true)], ['c-00000002', 'c-00000001']);
    expect(groups.text.map((thread) => thread.id)).toEqual(['c-00000002', 'c-00000001']);
    expect(groups.fields).toEqual([field]);
    expect(groups.orphaned.map((thread) => thread.id)).toEqual(['c-00000003']);
  });
});
