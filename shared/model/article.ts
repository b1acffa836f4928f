import { z } from 'zod';
import { draftIdSchema } from './ids';

export const mediaTags = ['photos', 'video', 'audio', 'infographic', 'live'] as const;
export const mediaTagSchema = z.enum(mediaTags);
export type MediaTag = z.infer<typeof mediaTagSchema>;

/** One entry of the "related headlines" ticker: another draft or a URL, in order. */
export const relatedHeadlineSchema = z.object({
  title: z.string().max(500),
  draftId: draftIdSchema.optional(),
  url: z.url({ protocol: /^https?$/ }).max(2_000).optional(),
});
export type RelatedHeadline = z.infer<typeof relatedHeadlineSchema>;

const isoTime = z.iso.datetime({ offset: true });

/**
 * The article's fields beside the Lexical document (the form next to the editor).
 * The headline, kicker and lead are NOT here: they are nodes at the top of the
 * document, so undo, find, comments and suggestions span them.
 */
export const articleFieldsSchema = z.object({
  section: z.string().max(200).default(''),
  tags: z.array(z.string().max(100)).max(50).default([]),
  slug: z.string().max(200).default(''),
  /** عاجل: rendered by the preview and exports, never typed into the headline. */
  breaking: z.boolean().default(false),
  /** (صور), (فيديو) …: rendered beside the headline, never typed into it. */
  mediaTags: z.array(mediaTagSchema).max(5).default([]),
  /** Byline authors; a new draft starts with the user's byline from settings. */
  authors: z.array(z.string().max(200)).max(20).default([]),
  outlet: z.string().max(200).default(''),
  /** The publication time the date line shows, formatted per house style in the newsroom's time zone. */
  publishedAt: isoTime.optional(),
  /** Set after a correction: the date line adds "updated at". */
  correctedAt: isoTime.optional(),
  showHijriDate: z.boolean().default(false),
  /** The wire-style dateline place, e.g. الرباط. */
  place: z.string().max(200).default(''),
  related: z.array(relatedHeadlineSchema).max(50).default([]),
  /** Asset id of the featured image, stored with the draft. */
  featuredImage: z.string().max(200).optional(),
  /** What the journalist told the proofreader about this article; travels with the story. */
  proofreading: z
    .object({
      /** Words not flagged in this article ("ignore in this article"). */
      ignored: z.array(z.string().max(100)).max(5_000).default([]),
      /** Findings dismissed with a reason, matched by rule, block and text so they survive edits elsewhere. */
      dismissed: z
        .array(z.object({ ruleId: z.string().max(64), blockId: z.string().max(200), text: z.string().max(10_000), reason: z.string().max(1_000) }))
        .max(5_000)
        .default([]),
    })
    .optional(),
});
export type ArticleFields = z.infer<typeof articleFieldsSchema>;
export const defaultArticleFields: ArticleFields = articleFieldsSchema.parse({});
