import type { ProofreadingFinding } from '../api/proofreadingService';
import type { AcknowledgedFinding, DraftStatus } from '../model/draft';

/**
 * Steps before which the app checks the text (issue 6): sending it to the desk
 * (the journalist's own check, offline) and the editor's approval and release.
 */
export const checkedStatuses: ReadonlySet<DraftStatus> = new Set(['submitted', 'approved', 'published']);

/**
 * Steps the service itself refuses while errors are left unacknowledged, so
 * the CLI and every window obey it: only publication, where a slip reaches readers.
 */
export const enforcedStatuses: ReadonlySet<DraftStatus> = new Set(['published']);

/** An acknowledgement names the rule and the text, not offsets, so edits elsewhere keep it. */
export function isAcknowledged(finding: Pick<ProofreadingFinding, 'ruleId' | 'text'>, acknowledged: readonly AcknowledgedFinding[]): boolean {
  return acknowledged.some((entry) => entry.ruleId === finding.ruleId && entry.text === finding.text);
}

/** Error-severity findings that are neither fixed nor acknowledged. */
export function unacknowledgedErrors<F extends Pick<ProofreadingFinding, 'ruleId' | 'text' | 'severity'>>(
  findings: readonly F[],
  acknowledged: readonly AcknowledgedFinding[],
): F[] {
  return findings.filter((finding) => finding.severity === 'error' && !isAcknowledged(finding, acknowledged));
}
