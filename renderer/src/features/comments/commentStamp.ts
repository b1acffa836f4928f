import type { Settings } from '../../../../shared/model/settings';
import type { CommentStamp } from '../../../../shared/review/comments/threads';

/** Who comments: the user's name from settings, else their byline. */
export function commentAuthor(settings: Pick<Settings, 'userName' | 'byline'>): string {
  return (settings.userName.trim() || settings.byline.trim()).slice(0, 200);
}

/** A new message's id, author and time. A UUID fits the id alphabet and needs no coordination between machines. */
export function newStamp(author: string, now: Date = new Date()): CommentStamp {
  return { id: crypto.randomUUID(), author, at: now.toISOString() };
}
