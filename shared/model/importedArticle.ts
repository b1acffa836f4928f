import { z } from 'zod';
import { articleFieldsSchema } from './article';
import { articleLanguageSchema } from './language';
import { sourceSchema, attributionSchema } from './source';

/**
 * What every importer (plain text like the fixtures, HTML pages, .docx, pasted
 * clipboard HTML, WordPress block markup) produces, before it becomes a Lexical
 * document (`importedArticleToDocument` in shared/editor/import/). Keeping this
 * step plain data lets importers be tested without an editor.
 */
export const importedQuoteSchema = z.object({
  /** `speech` is someone's words and wants a source; `term` is a name or term in quotation marks. */
  kind: z.enum(['speech', 'term']),
  attribution: attributionSchema.default({}),
});

export const importedRunSchema = z.object({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  link: z.string().max(2_000).optional(),
  /** Set on the run that is the quoted text itself, without its quotation marks. */
  quote: importedQuoteSchema.optional(),
});
export type ImportedRun = z.infer<typeof importedRunSchema>;

export const importedBlockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), runs: z.array(importedRunSchema) }),
  z.object({ kind: z.literal('intertitle'), level: z.union([z.literal(2), z.literal(3)]), text: z.string() }),
  z.object({ kind: z.literal('pullquote'), runs: z.array(importedRunSchema), attribution: attributionSchema.default({}) }),
  z.object({ kind: z.literal('list'), ordered: z.boolean(), items: z.array(z.array(importedRunSchema)) }),
  z.object({
    kind: z.literal('image'),
    src: z.string().max(10_000_000),
    caption: z.string().default(''),
    credit: z.string().default(''),
    alt: z.string().default(''),
  }),
  z.object({ kind: z.literal('embed'), url: z.string().max(2_000) }),
  z.object({ kind: z.literal('separator') }),
]);
export type ImportedBlock = z.infer<typeof importedBlockSchema>;

export const importedArticleSchema = z.object({
  language: articleLanguageSchema,
  headline: z.string().default(''),
  kicker: z.string().default(''),
  lead: z.string().default(''),
  fields: articleFieldsSchema.partial().default({}),
  blocks: z.array(importedBlockSchema),
  /** Sources the quotes' attributions point at (by `sourceId`). */
  sources: z.array(sourceSchema).default([]),
  /** Things the importer could not keep or was unsure of, as i18n keys in the `import` namespace. */
  warnings: z.array(z.object({ key: z.string(), params: z.record(z.string(), z.string()).optional() })).default([]),
});
export type ImportedArticle = z.infer<typeof importedArticleSchema>;
