import { MidadError } from '../../../shared/api/errors';
import type { DraftStatus } from '../../../shared/model/draft';
import type { Settings } from '../../../shared/model/settings';
import type { Source } from '../../../shared/model/source';

type Role = Settings['role'];

/**
 * Who a package is for. A `handover` is the drop an editorial step makes in
 * the desk folder; anything else is `by_hand` (export, desk send, the CLI),
 * where only an editor may ask to include identities, to pass the story to
 * another editor.
 */
export type PackageAudience = { kind: 'handover' } | { kind: 'by_hand'; role: Role; includeConfidential: boolean };

/**
 * Whether a package carries the real identities of anonymous sources (issue 3:
 * never sent to someone without the editor role). A story submitted goes to the
 * editors; sent back or approved it goes to the journalist. A journalist asking
 * to include them is refused rather than silently given a stripped package.
 */
export function carriesConfidentialIdentities(audience: PackageAudience, status: DraftStatus): boolean {
  if (audience.kind === 'handover') return status === 'submitted';
  if (!audience.includeConfidential) return false;
  if (audience.role !== 'editor') throw new MidadError('confidential_editors_only', {}, `role ${audience.role}`);
  return true;
}

/** The sources as a package without identities carries them. */
export function withoutConfidentialIdentities(sources: Source[]): Source[] {
  return sources.map(({ confidentialIdentity: _kept, ...source }) => source);
}

/**
 * Received sources with the identities this machine already recorded: a story
 * that comes back stripped must not make its journalist lose them. An identity
 * the package does carry wins (the sender's is the newer one).
 */
export function keepLocalIdentities(received: Source[], local: readonly Source[]): Source[] {
  const known = new Map(local.flatMap((source) => (source.confidentialIdentity === undefined ? [] : [[source.id, source.confidentialIdentity] as const])));
  return received.map((source) => {
    const identity = known.get(source.id);
    return source.confidentialIdentity === undefined && identity !== undefined ? { ...source, confidentialIdentity: identity } : source;
  });
}
