import { z } from 'zod';
import { articleFieldsSchema } from '../../model/article';
import { documentSchema } from '../../model/document';
import { attributionSchema, sourceSchema } from '../../model/source';

/**
 * One side of a comparison: a revision's text. `fields` and `sources` are
 * absent for revisions saved before revisions carried them; their changes are
 * then unknown rather than reported.
 */
export const comparedTextSchema = z.object({
  document: documentSchema,
  fields: articleFieldsSchema.optional(),
  sources: z.array(sourceSchema).max(1_000).optional(),
});
export type ComparedText = z.infer<typeof comparedTextSchema>;

/** A run of whole words (with the spaces after them) kept, inserted or deleted. */
export const wordChangeSchema = z.object({
  op: z.enum(['equal', 'insert', 'delete']),
  text: z.string(),
});
export type WordChange = z.infer<typeof wordChangeSchema>;

/** The fixed blocks at the top are reported by name; everything after them is body. */
export const blockRoleSchema = z.enum(['headline', 'kicker', 'lead', 'body']);
export type BlockRole = z.infer<typeof blockRoleSchema>;

/**
 * One top-level block across both sides. `moved` is independent of `status`:
 * a paragraph can be moved and edited. Indexes are positions among the
 * document's top-level blocks on each side.
 */
export const blockComparisonSchema = z.object({
  status: z.enum(['unchanged', 'changed', 'added', 'removed']),
  moved: z.boolean(),
  role: blockRoleSchema,
  /** The Lexical node type (new side, else old side). */
  type: z.string(),
  blockId: z.string().optional(),
  oldBlockId: z.string().optional(),
  oldIndex: z.number().int().nonnegative().optional(),
  newIndex: z.number().int().nonnegative().optional(),
  oldText: z.string().optional(),
  newText: z.string().optional(),
  /** Only for `changed`: the word-level difference from oldText to newText. */
  words: z.array(wordChangeSchema).optional(),
});
export type BlockComparison = z.infer<typeof blockComparisonSchema>;

/** A field's value as compared and shown: lists as lists of strings, unset as null. */
export const fieldValueSchema = z.union([z.string(), z.boolean(), z.array(z.string()), z.null()]);
export type FieldValue = z.infer<typeof fieldValueSchema>;

export const comparedFields = [
  'headline',
  'kicker',
  'lead',
  'section',
  'tags',
  'slug',
  'breaking',
  'mediaTags',
  'authors',
  'outlet',
  'publishedAt',
  'correctedAt',
  'showHijriDate',
  'place',
  'related',
  'featuredImage',
] as const;
export const comparedFieldSchema = z.enum(comparedFields);
export type ComparedField = z.infer<typeof comparedFieldSchema>;

export const fieldChangeSchema = z.object({ field: comparedFieldSchema, before: fieldValueSchema, after: fieldValueSchema });
export type FieldChange = z.infer<typeof fieldChangeSchema>;

/** A quote as found in one side's document, with the source it names resolved from that side's sources. */
export const quoteSchema = z.object({
  kind: z.enum(['inline', 'pull']),
  quoteKind: z.enum(['speech', 'term']),
  blockId: z.string().optional(),
  text: z.string(),
  attribution: attributionSchema,
  sourceName: z.string().optional(),
  sourceTitle: z.string().optional(),
});
export type Quote = z.infer<typeof quoteSchema>;

/** What of an attribution differs: its own fields, or the name/title of the source it points to. */
export const attributionPartSchema = z.enum(['sourceId', 'sourceName', 'sourceTitle', 'titleUsed', 'outlet', 'channel', 'at']);
export type AttributionPart = z.infer<typeof attributionPartSchema>;

export const quoteChangeSchema = z.object({
  status: z.enum(['added', 'removed', 'changed']),
  textChanged: z.boolean(),
  attributionChanged: z.array(attributionPartSchema),
  before: quoteSchema.optional(),
  after: quoteSchema.optional(),
});
export type QuoteChange = z.infer<typeof quoteChangeSchema>;

export const comparisonSchema = z.object({
  /** In reading order: the new side's blocks, with removed ones where they stood. */
  blocks: z.array(blockComparisonSchema),
  /** False when either side predates revisions carrying fields: their changes are unknown, not none. */
  fieldsKnown: z.boolean(),
  /** Headline, kicker and lead always; form fields only when `fieldsKnown`. */
  fields: z.array(fieldChangeSchema),
  quotes: z.array(quoteChangeSchema),
  counts: z.object({
    added: z.number().int().nonnegative(),
    removed: z.number().int().nonnegative(),
    changed: z.number().int().nonnegative(),
    moved: z.number().int().nonnegative(),
  }),
});
export type Comparison = z.infer<typeof comparisonSchema>;
