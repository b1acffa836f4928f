import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { jobSummarySchema, type JobSummary } from '../../../shared/api/outboxService';
import { articleFieldsSchema } from '../../../shared/model/article';
import { documentSchema } from '../../../shared/model/document';

/** The article as it was when the editor pressed publish: a later edit does not change a queued job. */
export const articleSnapshotSchema = z.object({
  headline: z.string().max(2_000),
  lead: z.string().max(20_000),
  document: documentSchema,
  fields: articleFieldsSchema,
});
export type ArticleSnapshot = z.infer<typeof articleSnapshotSchema>;

/**
 * What a job has already done on the site, saved before and after each step
 * so a retry or a restart continues instead of starting over.
 */
export const checkpointSchema = z.object({
  /** Set before the create request is sent: its answer may be lost, the post may exist. */
  createAttempted: z.boolean().default(false),
  postId: z.number().int().positive().optional(),
  /** assetId → uploaded media; `attempted` lists uploads whose answer may have been lost. */
  media: z.record(z.string(), z.object({ id: z.number().int().positive(), url: z.string().max(2_000) })).default({}),
  attempted: z.array(z.string().max(200)).default([]),
});
export type Checkpoint = z.infer<typeof checkpointSchema>;

export const outboxJobSchema = jobSummarySchema.extend({
  article: articleSnapshotSchema.optional(),
  checkpoint: checkpointSchema.default({ createAttempted: false, media: {}, attempted: [] }),
});
export type OutboxJob = z.infer<typeof outboxJobSchema>;

/** Sortable by creation time, unique enough to mark a post on the site (`midad-<id>`). */
export function newJobId(now: number): string {
  return `j-${now.toString(36)}-${randomBytes(5).toString('hex')}`;
}

export function jobSummary(job: OutboxJob): JobSummary {
  const { article: _article, checkpoint, ...summary } = job;
  return { ...summary, postId: checkpoint.postId ?? summary.postId };
}
