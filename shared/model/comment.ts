import { z } from 'zod';
import { articleFieldsSchema } from './article';
import { commentIdSchema } from './ids';

const isoTime = z.iso.datetime({ offset: true });

/**
 * What a thread comments on: text inside the Lexical document (headline,
 * kicker, lead and body alike, anchored by a mark carrying the thread's id)
 * or one of the article's form fields.
 */
export const commentTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text') }),
  z.object({ kind: z.literal('field'), field: articleFieldsSchema.keyof() }),
]);
export type CommentTarget = z.infer<typeof commentTargetSchema>;

export const commentMessageSchema = z.object({
  id: commentIdSchema,
  author: z.string().max(200),
  /** The machine it was written on, when a desk round trip needs to tell two laptops of one person apart. */
  machine: z.string().max(255).optional(),
  at: isoTime,
  text: z.string().min(1).max(10_000),
});
export type CommentMessage = z.infer<typeof commentMessageSchema>;

export const commentStatuses = ['open', 'resolved'] as const;

export const commentThreadSchema = z.object({
  id: commentIdSchema,
  target: commentTargetSchema,
  /** The commented text as it was when the comment was made: what an orphaned thread still shows. */
  quote: z.string().max(2_000),
  status: z.enum(commentStatuses),
  /** Its text was deleted: the thread is kept, shown apart, and anchored again if the text comes back (undo). */
  orphaned: z.boolean().default(false),
  /** The first message is the comment, the rest are replies, oldest first. */
  messages: z.array(commentMessageSchema).min(1).max(1_000),
  resolvedBy: z.string().max(200).optional(),
  resolvedAt: isoTime.optional(),
});
export type CommentThread = z.infer<typeof commentThreadSchema>;

/** A draft's threads; absent in drafts saved before comments existed. */
export const commentThreadsSchema = z.array(commentThreadSchema).max(5_000);
