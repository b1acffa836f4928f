import { z } from 'zod';
import { draftIdSchema } from '../model/ids';
import { quoteChannelSchema, sourceIdSchema, sourceSchema } from '../model/source';
import { method, service } from './contract';

/** What a new or changed source may carry; the id is the directory's. */
export const sourceFieldsSchema = sourceSchema.omit({ id: true });

/** One quote of a source in one draft, with the title the draft gave the source there. */
export const sourceQuoteSchema = z.object({
  draftId: draftIdSchema,
  headline: z.string().max(2_000),
  text: z.string().max(20_000),
  kind: z.enum(['inline', 'pullquote']),
  /** The title used in that draft ("الخبير في الشؤون الأمنية"), else the source's own. */
  titleUsed: z.string().max(300),
  channel: quoteChannelSchema.optional(),
});
export type SourceQuote = z.infer<typeof sourceQuoteSchema>;

const byId = z.object({ id: sourceIdSchema });

/**
 * The sources directory: every person and organisation quoted in the
 * newsroom's drafts. Confidential identities of anonymous sources are only
 * returned to the editor role.
 */
export const sourcesService = service(
  {
    /** Sources whose name, title, organisation or aliases match the query, Arabic-insensitively (autocomplete). */
    list: method(
      z.object({ query: z.string().max(300).optional(), limit: z.number().int().min(1).max(1_000).default(50) }),
      z.array(sourceSchema),
    ),
    /** A merged-away id answers with the source it was merged into. */
    get: method(byId, sourceSchema),
    create: method(sourceFieldsSchema, sourceSchema),
    update: method(z.object({ id: sourceIdSchema, changes: sourceFieldsSchema.partial() }), sourceSchema),
    /** Duplicates: `remove`'s aliases join `keep`, and quotes pointing at `remove` count as `keep`'s. */
    merge: method(z.object({ keep: sourceIdSchema, remove: sourceIdSchema }), sourceSchema),
    quotes: method(z.object({ sourceId: sourceIdSchema }), z.array(sourceQuoteSchema)),
  },
  {
    onDidChange: z.object({ ids: z.array(sourceIdSchema).max(10_000) }),
  },
);
