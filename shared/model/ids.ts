import { z } from 'zod';

/**
 * Draft and revision ids become folder and file names, so they are restricted to
 * a safe alphabet: no dots, slashes or separators can reach the file system.
 */
const safeId = (label: string) => z.string().regex(/^[a-z0-9][a-z0-9-]{7,63}$/, label);

export const draftIdSchema = safeId('draft id');
export const revisionIdSchema = safeId('revision id');
/** Comment threads and messages; a thread's id is also the id its Lexical mark carries. */
export const commentIdSchema = safeId('comment id');

export type DraftId = z.infer<typeof draftIdSchema>;
export type RevisionId = z.infer<typeof revisionIdSchema>;
export type CommentId = z.infer<typeof commentIdSchema>;
