import { z } from 'zod';
import { packageInfoSchema } from '../../../shared/api/packagesService';
import { revisionIdSchema } from '../../../shared/model/ids';

export const PACKAGE_FORMAT = 'midad-package';
/** Raised when a package's layout changes in a way an older Midad cannot read. */
export const PACKAGE_FORMAT_VERSION = 1;
export const PACKAGE_EXTENSION = '.midad';

export const MANIFEST_ENTRY = 'manifest.json';
export const DRAFT_ENTRY = 'draft.json';
export const REVISIONS_PREFIX = 'revisions/';
export const ASSETS_PREFIX = 'assets/';

/** Every entry a package may hold besides its manifest; anything else (`../x`, a stray file) makes it corrupt. */
const ENTRY_NAME = /^(draft\.json|revisions\/[a-z0-9][a-z0-9-]{7,63}\.json|assets\/[0-9a-f]{64}\.(png|jpg|gif|webp))$/;

export function isPackageEntryName(name: string): boolean {
  return ENTRY_NAME.test(name);
}

/**
 * `manifest.json`: what the package is, who sent it from where, the history it
 * carries (revision ids, oldest first, ending with `revisionId`) so a desk scan
 * can place it without unpacking the rest, and the SHA-256 of every other entry.
 */
export const manifestSchema = packageInfoSchema.extend({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.number().int().positive(),
  history: z.array(revisionIdSchema).min(1).max(100_000),
  /** Whether anonymous sources' real identities were left in (absent in packages from before this was recorded). */
  confidentialIdentities: z.boolean().optional(),
  entries: z.record(z.string().max(300), z.string().regex(/^[0-9a-f]{64}$/)),
});
export type Manifest = z.infer<typeof manifestSchema>;
