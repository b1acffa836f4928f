import { z } from 'zod';
import { method, service } from './contract';
import { draftIdSchema } from '../model/ids';
import { articleLanguageSchema } from '../model/language';

const wordSchema = z.string().trim().min(1).max(100).regex(/^[^\s]+$/, 'one word');

export const findingSchema = z.object({
  ruleId: z.string().max(64),
  severity: z.enum(['error', 'warning', 'advice']),
  blockId: z.string().max(200),
  /** Index of the block in the article, headline first: the "paragraph" of the CLI. */
  blockIndex: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().max(10_000),
  messageKey: z.string().max(200),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  fix: z.object({ replacement: z.string().max(10_000) }).optional(),
  suggestions: z.array(z.string().max(200)).max(20).optional(),
  insideQuote: z.boolean(),
});
export type ProofreadingFinding = z.infer<typeof findingSchema>;

const blockSchema = z.object({
  id: z.string().min(1).max(200),
  kind: z.enum(['headline', 'kicker', 'lead', 'paragraph', 'intertitle', 'quote']),
  text: z.string().max(1_000_000),
});

const checkResultSchema = z.object({ findings: z.array(findingSchema).max(100_000), words: z.number().int().nonnegative() });

export const proofreadingService = service(
  {
    /** Proofreads a saved draft with the house style, the rule switches and the newsroom dictionary. */
    checkDraft: method(z.object({ id: draftIdSchema }), checkResultSchema),
    /** Proofreads text that is not a draft yet (a file given to `midad check`). */
    checkText: method(z.object({ blocks: z.array(blockSchema).max(100_000), language: articleLanguageSchema }), checkResultSchema),
    /** Adds a word to the newsroom dictionary shared by the desk. */
    addWord: method(z.object({ word: wordSchema }), z.object({ words: z.number().int().nonnegative() })),
    dictionary: method(z.object({}), z.object({ words: z.array(z.string()).max(1_000_000) })),
    /** Merges a word list (one word a line, `#` comments) into the newsroom dictionary. */
    importWords: method(z.object({ text: z.string().max(20_000_000) }), z.object({ added: z.number().int().nonnegative(), words: z.number().int().nonnegative() })),
    exportWords: method(z.object({}), z.object({ text: z.string() })),
  },
  {},
);
