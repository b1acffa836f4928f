import { z } from 'zod';

export const sourceIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{7,63}$/, 'source id');
export type SourceId = z.infer<typeof sourceIdSchema>;

/**
 * Someone or something quoted: a person, or an organisation (a ministry, a report's
 * publisher). Anonymous sources ("مصادر مطلعة") may record the real identity for
 * the editor; it is confidential and never exported, published or sent to a
 * non-editor.
 */
export const sourceSchema = z.object({
  id: sourceIdSchema,
  kind: z.enum(['person', 'organisation']),
  name: z.string().max(300),
  /** The formal title or role, e.g. "الباحث في الشؤون الأمنية". */
  title: z.string().max(300).default(''),
  organisation: z.string().max(300).default(''),
  /** Other ways the text names this source: "الحافيظي", "الخبير الأمني", "المتحدث ذاته". */
  aliases: z.array(z.string().max(300)).max(100).default([]),
  anonymous: z.boolean().default(false),
  /** Only for anonymous sources, only for editors. */
  confidentialIdentity: z.string().max(1_000).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/** How a quote was obtained. */
export const quoteChannels = ['to_us', 'report', 'press_conference', 'social_media', 'other_outlet', 'statement', 'interview'] as const;
export const quoteChannelSchema = z.enum(quoteChannels);
export type QuoteChannel = z.infer<typeof quoteChannelSchema>;

/** What a quote node records about who said it; stored on the node in the document. */
export const attributionSchema = z.object({
  sourceId: sourceIdSchema.optional(),
  channel: quoteChannelSchema.optional(),
  /** The outlet it was said to, when not ours ("لموقع كيفاش" is ours when the outlet is ours). */
  outlet: z.string().max(300).optional(),
  /** The title used for the source in this article, if it differs from the directory's. */
  titleUsed: z.string().max(300).optional(),
  at: z.iso.datetime({ offset: true }).optional(),
});
export type Attribution = z.infer<typeof attributionSchema>;
