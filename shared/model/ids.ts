import { z } from 'zod';

/**
 * Draft and revision ids become folder and file names, so they are restricted to
 * a safe alphabet: no dots, slashes or separators can reach the file system.
 */
export const draftIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{7,63}$/, 'draft id');
export const revisionIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{7,63}$/, 'revision id');

export type DraftId = z.infer<typeof draftIdSchema>;
export type RevisionId = z.infer<typeof revisionIdSchema>;
