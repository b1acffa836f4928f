import type { CommentThread } from '../../model/comment';

/**
 * The comment threads of a resolved conflict: no thread and no reply either
 * side wrote is lost. A thread both sides have gets the replies of both (by
 * message id, in time order) and its open or resolved state from the side
 * chosen as a whole; a thread only one side has is kept as it is.
 */
export function mergeComments(chosen: CommentThread[], other: CommentThread[]): CommentThread[] {
  const others = new Map(other.map((thread) => [thread.id, thread]));
  const merged = chosen.map((thread) => {
    const counterpart = others.get(thread.id);
    if (!counterpart) return thread;
    const known = new Set(thread.messages.map((message) => message.id));
    const messages = [...thread.messages, ...counterpart.messages.filter((message) => !known.has(message.id))];
    messages.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id.localeCompare(b.id));
    return { ...thread, messages };
  });
  const chosenIds = new Set(chosen.map((thread) => thread.id));
  return [...merged, ...other.filter((thread) => !chosenIds.has(thread.id))];
}
