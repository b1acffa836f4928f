import { describe, expect, it } from 'vitest';
import { commentThreadSchema, commentThreadsSchema } from '../../model/comment';
import { newThread, openCommentCount, withoutMessage, withReopened, withReply, withResolved } from './threads';

const stamp = (n: number, author = 'سارة') => ({ id: `c-${String(n).padStart(8, '0')}`, author, at: `2026-03-0${n}T09:00:00+01:00` });

describe('comment threads', () => {
  const first = newThread(stamp(1), { kind: 'text' }, 'خطة جديدة', 'من أين هذا الرقم؟');

  it('starts open with the comment as its first message, and passes the schema', () => {
    expect(first).toMatchObject({ id: 'c-00000001', status: 'open', orphaned: false, quote: 'خطة جديدة' });
    expect(first.messages.map((message) => message.text)).toEqual(['من أين هذا الرقم؟']);
    expect(commentThreadSchema.parse(first)).toEqual(first);
  });

  it('replies, resolves and reopens, counting only open threads', () => {
    const field = newThread(stamp(2), { kind: 'field', field: 'tags' }, '', 'أضف وسم الفلاحة');
    let threads = withReply([first, field], first.id, stamp(3, 'كريم'), 'من وزارة الفلاحة');
    expect(threads[0]!.messages.map((message) => message.author)).toEqual(['سارة', 'كريم']);
    expect(openCommentCount(threads)).toBe(2);
    threads = withResolved(threads, first.id, { author: 'كريم', at: '2026-03-04T09:00:00+01:00' });
    expect(threads[0]).toMatchObject({ status: 'resolved', resolvedBy: 'كريم' });
    expect(openCommentCount(threads)).toBe(1);
    threads = withReopened(threads, first.id);
    expect(threads[0]!.status).toBe('open');
    expect(threads[0]).not.toHaveProperty('resolvedBy');
    expect(commentThreadsSchema.parse(threads)).toEqual(threads);
  });

  it('deletes a reply alone, and the whole thread with its first message', () => {
    const threads = withReply([first], first.id, stamp(3), 'تصحيح');
    expect(withoutMessage(threads, first.id, 'c-00000003')[0]!.messages).toHaveLength(1);
    expect(withoutMessage(threads, first.id, first.id)).toEqual([]);
  });

  it('refuses a thread without messages, a field that does not exist and an unsafe id', () => {
    expect(commentThreadSchema.safeParse({ ...first, messages: [] }).success).toBe(false);
    expect(commentThreadSchema.safeParse({ ...first, target: { kind: 'field', field: 'nope' } }).success).toBe(false);
    expect(commentThreadSchema.safeParse({ ...first, id: '../../etc' }).success).toBe(false);
  });

  it('reads a thread saved without `orphaned` as anchored', () => {
    const { orphaned: _orphaned, ...saved } = first;
    expect(commentThreadSchema.parse(saved).orphaned).toBe(false);
  });
});
