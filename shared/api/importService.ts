import { z } from 'zod';
import { draftMetaSchema } from '../model/draft';
import { method, service } from './contract';

/** The largest file an import reads; a bigger one is refused before it is read. */
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;

/** What an import found, for the CLI and the "imported" notice. */
export const importSummarySchema = z.object({
  format: z.enum(['docx', 'html', 'text']),
  headline: z.string().max(2_000),
  breaking: z.boolean(),
  publishedAt: z.string().max(100).optional(),
  mediaTags: z.array(z.string().max(50)),
  related: z.number().int().nonnegative(),
  intertitles: z.number().int().nonnegative(),
  paragraphs: z.number().int().nonnegative(),
  quotes: z.object({ speech: z.number().int().nonnegative(), terms: z.number().int().nonnegative() }),
  sources: z.array(z.object({ name: z.string().max(300), quotes: z.number().int().nonnegative(), anonymous: z.boolean() })),
  /** i18n keys in the `import` namespace with their params. */
  warnings: z.array(z.object({ key: z.string().max(200), params: z.record(z.string(), z.string()).optional() })),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

const importResultSchema = z.object({ meta: draftMetaSchema, summary: importSummarySchema });

/**
 * Imports a .docx, an .html page or a plain-text article into a new draft.
 * The type is read from the content, not the name.
 */
export const importService = service(
  {
    /** The desktop app and the CLI: a path on this machine. */
    fromFile: method(z.object({ path: z.string().min(1).max(4_096) }), importResultSchema),
    /** The web host and the renderer: the file's bytes, base64 (the transports cap a request at 64 MB). */
    fromContent: method(
      z.object({ name: z.string().max(500), base64: z.string().max(Math.ceil((IMPORT_MAX_BYTES * 4) / 3) + 4) }),
      importResultSchema,
    ),
  },
  {},
);
