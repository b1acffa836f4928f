import type { DraftMeta, RevisionSummary } from '../../../shared/model/draft';
import type { Manifest } from './manifest';

/** How a received revision relates to the local draft; see `relationOf`. */
export type Relation = 'new' | 'up_to_date' | 'fast_forward' | 'conflict';

/**
 * Revision ids are random and travel unchanged, so histories compare by id.
 * The package is up to date when this machine already has its revision (or
 * keeps it as a conflict); it moves the draft forward when it was built on the
 * local current revision: that revision is in its history, or is the last one
 * both machines had (its `baseRevisionId`, which survives the sender's history
 * pruning that revision). Anything else changed on both sides: a conflict.
 */
export function relationOf(
  local: { meta: DraftMeta; revisions: RevisionSummary[] } | undefined,
  incoming: Pick<Manifest, 'revisionId' | 'history' | 'baseRevisionId'>,
): Relation {
  if (!local) return 'new';
  const { meta, revisions } = local;
  if (revisions.some((revision) => revision.id === incoming.revisionId) || meta.conflicts?.includes(incoming.revisionId)) {
    return 'up_to_date';
  }
  if (incoming.history.includes(meta.revisionId) || incoming.baseRevisionId === meta.revisionId) return 'fast_forward';
  return 'conflict';
}

/**
 * The received history with the local revisions it lacks (older ones this
 * machine kept, or pruned there), by time, the received current one last.
 */
export function mergeHistories(local: RevisionSummary[], incoming: RevisionSummary[]): RevisionSummary[] {
  const known = new Set(incoming.map((revision) => revision.id));
  const current = incoming.at(-1)!;
  const rest = [...incoming.slice(0, -1), ...local.filter((revision) => !known.has(revision.id))];
  rest.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id.localeCompare(b.id));
  return [...rest, current];
}
