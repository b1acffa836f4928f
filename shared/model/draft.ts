import { z } from 'zod';
import { articleFieldsSchema, defaultArticleFields } from './article';
import { commentThreadsSchema } from './comment';
import { documentSchema } from './document';
import { draftIdSchema, revisionIdSchema } from './ids';
import { articleLanguageSchema } from './language';
import { sourceSchema } from './source';

/** Editorial states; review (issue 4) adds the transitions between them. */
export const draftStatuses = [
  'draft',
  'submitted',
  'in_review',
  'changes_requested',
  'approved',
  'scheduled',
  'published',
  'withdrawn',
  'killed',
  'corrected',
] as const;
export const draftStatusSchema = z.enum(draftStatuses);
export type DraftStatus = z.infer<typeof draftStatusSchema>;

const isoTime = z.iso.datetime({ offset: true });

export const draftMetaSchema = z.object({
  id: draftIdSchema,
  language: articleLanguageSchema,
  status: draftStatusSchema,
  authors: z.array(z.string().max(200)).max(50),
  createdAt: isoTime,
  updatedAt: isoTime,
  headline: z.string().max(2_000),
  wordCount: z.number().int().nonnegative(),
  revisionId: revisionIdSchema,
  /** Open comment threads, for the library; absent in entries written before comments existed (read as 0). */
  openComments: z.number().int().nonnegative().optional(),
  /** Revisions of this draft received from another machine that conflict with this one, kept until resolved. */
  conflicts: z.array(revisionIdSchema).max(100).optional(),
});
export type DraftMeta = z.infer<typeof draftMetaSchema>;

/**
 * A draft as callers see it: the Lexical document plus the article's fields
 * and the sources its quotes point to (so a package or export carries them).
 * Defaults keep callers that only know meta and document working.
 */
export const draftSchema = z.object({
  meta: draftMetaSchema,
  document: documentSchema,
  fields: articleFieldsSchema.default(defaultArticleFields),
  sources: z.array(sourceSchema).max(1_000).default([]),
  /** Review comments: threads on its text (anchored by marks in the document) and on its fields. */
  comments: commentThreadsSchema.default([]),
});
export type Draft = z.infer<typeof draftSchema>;

export const revisionKinds = ['created', 'autosave', 'checkpoint', 'status', 'restore'] as const;
export const revisionKindSchema = z.enum(revisionKinds);
export type RevisionKind = z.infer<typeof revisionKindSchema>;

/** A proofreading error the user chose to keep at a review step, and why (issue 6). */
export const acknowledgedFindingSchema = z.object({
  ruleId: z.string().max(64),
  text: z.string().max(10_000),
  reason: z.string().max(2_000).optional(),
});
export type AcknowledgedFinding = z.infer<typeof acknowledgedFindingSchema>;

/** Who moved a draft between editorial states, from which machine, and why: kept on its `status` revision. */
export const statusChangeSchema = z.object({
  from: draftStatusSchema,
  to: draftStatusSchema,
  by: z.string().max(200),
  machine: z.string().max(255),
  message: z.string().max(5_000).optional(),
  /** Proofreading errors kept on purpose at this step; absent in drafts from before issue 6. */
  acknowledged: z.array(acknowledgedFindingSchema).max(1_000).optional(),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

export const revisionSummarySchema = z.object({
  id: revisionIdSchema,
  draftId: draftIdSchema,
  kind: revisionKindSchema,
  createdAt: isoTime,
  author: z.string().max(200),
  headline: z.string().max(2_000),
  wordCount: z.number().int().nonnegative(),
  /** For a restore: the revision it brought back. */
  restoredFrom: revisionIdSchema.optional(),
  /** For a status revision: the step it records. */
  statusChange: statusChangeSchema.optional(),
  /** For a resolved conflict: the other machine's revision it merged (its first parent is the revision before it). */
  mergedFrom: revisionIdSchema.optional(),
});
export type RevisionSummary = z.infer<typeof revisionSummarySchema>;

/**
 * A revision's text. `fields` and `sources` are kept since compare (issue 4)
 * lists their changes; revision files written before then lack them, and
 * compare reads a missing one as unknown, not as emptied.
 */
export const revisionSchema = revisionSummarySchema.extend({
  document: documentSchema,
  fields: articleFieldsSchema.optional(),
  sources: z.array(sourceSchema).max(1_000).optional(),
});
export type Revision = z.infer<typeof revisionSchema>;

/** A draft that could not be read and was moved aside, with the reason the user is shown. */
export const quarantinedDraftSchema = z.object({
  id: z.string().max(200),
  reason: z.enum(['empty', 'truncated', 'not_json', 'invalid', 'future_version']),
  headline: z.string().max(2_000).optional(),
  movedTo: z.string().max(4_096),
  at: isoTime,
});
export type QuarantinedDraft = z.infer<typeof quarantinedDraftSchema>;

export const trashedDraftSchema = draftMetaSchema.extend({ deletedAt: isoTime });
export type TrashedDraft = z.infer<typeof trashedDraftSchema>;
