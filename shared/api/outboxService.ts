import { z } from 'zod';
import { method, service } from './contract';
import { errorCodes } from './errors';
import { draftIdSchema } from '../model/ids';
import { publishOptionsSchema, targetNameSchema } from './publishingService';

export const jobIdSchema = z.string().regex(/^j-[a-z0-9-]{8,60}$/, 'job id');
export const jobStates = ['queued', 'running', 'waiting-retry', 'done', 'failed', 'cancelled'] as const;
export const jobStateSchema = z.enum(jobStates);
export type JobState = z.infer<typeof jobStateSchema>;

/** A job as the UI and the CLI see it. */
export const jobSummarySchema = z.object({
  id: jobIdSchema,
  kind: z.enum(['publish', 'unpublish']),
  draftId: draftIdSchema,
  target: targetNameSchema,
  headline: z.string().max(2_000),
  options: publishOptionsSchema,
  state: jobStateSchema,
  attempts: z.number().int().nonnegative(),
  /** `publishing:progress.<key>` with its params, e.g. uploading images 3/7. */
  progress: z.object({ key: z.string().max(100), params: z.record(z.string(), z.union([z.string(), z.number()])) }).optional(),
  /** The last failure, in the error vocabulary every host translates. */
  error: z
    .object({ code: z.enum(errorCodes), params: z.record(z.string(), z.union([z.string(), z.number()])).default({}) })
    .optional(),
  nextAttemptAt: z.iso.datetime({ offset: true }).optional(),
  postId: z.number().int().positive().optional(),
  /** Where the post is on the site, once the job is done. */
  link: z.string().max(2_000).optional(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type JobSummary = z.infer<typeof jobSummarySchema>;

const byId = z.object({ id: jobIdSchema });

export const outboxService = service(
  {
    list: method(z.object({}), z.array(jobSummarySchema)),
    /** A failed or waiting job runs again now. */
    retry: method(byId, jobSummarySchema),
    cancel: method(byId, jobSummarySchema),
    /** Changes what a job that has not succeeded will send (status, time); it then runs again. */
    edit: method(z.object({ id: jobIdSchema, options: publishOptionsSchema }), jobSummarySchema),
  },
  {
    onDidChange: z.object({ jobs: z.array(jobSummarySchema).max(10_000) }),
  },
);
