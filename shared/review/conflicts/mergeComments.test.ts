import { describe, expect, it } from 'vitest';
import type { CommentMessage, CommentThread } from '../../model/comment';
import { mergeComments } from './mergeComments';

function message(id: string, minute: number, text: string): CommentMessage {
  return { id, author: 'كريم', at: `2026-11-22T10:${String(minute).padStart(2, '0')}:00.000Z`, text };
}

function thread(id: string, messages: CommentMessage[], status: CommentThread['status'] = 'open'): CommentThread {
  return { id, target: { kind: 'text' }, quote: 'خلية', status, orphaned: false, messages };
}

describe('mergeComments', () => {
  it('keeps every thread and every reply of both sides, the state from the chosen side', () => {
    const first = message('msg00001', 1, 'من المصدر؟');
    const mine = [thread('thread01', [first, message('msg00002', 5, 'مصدر أمني')], 'resolved'), thread('thread02', [message('msg00003', 2, 'تاريخ؟')])];
    const theirs = [thread('thread01', [first, message('msg00004', 3, 'أضيفي الاسم')]), thread('thread03', [message('msg00005', 4, 'صورة أخرى')])];
    const merged = mergeComments(mine, theirs);
    expect(merged.map((entry) => entry.id)).toEqual(['thread01', 'thread02', 'thread03']);
    expect(merged[0]!.messages.map((entry) => entry.id)).toEqual(['msg00001', 'msg00004', 'msg00002']);
    expect(merged[0]!.status).toBe('resolved');
    expect(mergeComments(theirs, mine)[0]!.status).toBe('open');
  });
});
