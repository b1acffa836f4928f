import type { CommentMessage, CommentTarget, CommentThread } from '../../model/comment';

/** Who writes and when; ids come from the caller so the UI and tests choose how they are made. */
export interface CommentStamp {
  id: string;
  author: string;
  at: string;
  machine?: string;
}

function message(stamp: CommentStamp, text: string): CommentMessage {
  const { id, author, at, machine } = stamp;
  return machine === undefined ? { id, author, at, text } : { id, author, at, machine, text };
}

/** A new open thread; its id is `stamp.id`, which its first message shares. */
export function newThread(stamp: CommentStamp, target: CommentTarget, quote: string, text: string): CommentThread {
  return { id: stamp.id, target, quote: quote.slice(0, 2_000), status: 'open', orphaned: false, messages: [message(stamp, text)] };
}

function replaceThread(threads: CommentThread[], id: string, change: (thread: CommentThread) => CommentThread): CommentThread[] {
  return threads.map((thread) => (thread.id === id ? change(thread) : thread));
}

export function withReply(threads: CommentThread[], threadId: string, stamp: CommentStamp, text: string): CommentThread[] {
  return replaceThread(threads, threadId, (thread) => ({ ...thread, messages: [...thread.messages, message(stamp, text)] }));
}

export function withResolved(threads: CommentThread[], threadId: string, by: { author: string; at: string }): CommentThread[] {
  return replaceThread(threads, threadId, (thread) => ({ ...thread, status: 'resolved', resolvedBy: by.author, resolvedAt: by.at }));
}

export function withReopened(threads: CommentThread[], threadId: string): CommentThread[] {
  return replaceThread(threads, threadId, ({ resolvedBy: _by, resolvedAt: _at, ...thread }) => ({ ...thread, status: 'open' }));
}

/**
 * Deletes one message. Deleting a thread's first message deletes the thread
 * (replies to nothing make no sense); the caller then removes its mark.
 */
export function withoutMessage(threads: CommentThread[], threadId: string, messageId: string): CommentThread[] {
  const thread = threads.find((candidate) => candidate.id === threadId);
  if (!thread) return threads;
  if (thread.messages[0]?.id === messageId) return threads.filter((candidate) => candidate !== thread);
  return replaceThread(threads, threadId, (found) => ({ ...found, messages: found.messages.filter((item) => item.id !== messageId) }));
}

/** What the library shows per draft: threads still waiting for an answer. */
export function openCommentCount(threads: readonly CommentThread[]): number {
  return threads.filter((thread) => thread.status === 'open').length;
}
