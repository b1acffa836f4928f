import type { ProofreadingFinding } from '../../../../shared/api/proofreadingService';
import type { ArticleFields } from '../../../../shared/model/article';
import type { AcknowledgedFinding, DraftStatus } from '../../../../shared/model/draft';
import type { UiLanguage } from '../../../../shared/model/language';
import { checkedStatuses } from '../../../../shared/review/proofreadingGate';
import { transitions, type Role, type WorkflowAction } from '../../../../shared/review/workflow';
import { formatInZone } from '../../../../shared/time/formatInZone';
import { dateLocale } from '../../i18n/documentLanguage';

export interface ReviewStep {
  action: WorkflowAction;
  to: DraftStatus;
  /** Sending a story back without saying why helps nobody: request changes must carry a message. */
  messageRequired: boolean;
  /** Whether the text is proofread first (issue 6). */
  checked: boolean;
}

/** The buttons of the transition bar: what the role may do from `from`, in the workflow's order. */
export function reviewSteps(from: DraftStatus, role: Role): ReviewStep[] {
  return transitions
    .filter((transition) => transition.from === from && transition.roles.includes(role))
    .map(({ action, to }) => ({ action, to, messageRequired: action === 'request_changes', checked: checkedStatuses.has(to) }));
}

/** Findings that one acknowledgement covers: the same rule on the same text. */
export interface FindingGroup {
  key: string;
  ruleId: string;
  text: string;
  findings: ProofreadingFinding[];
}

export const acknowledgementKey = (finding: Pick<ProofreadingFinding, 'ruleId' | 'text'>) => `${finding.ruleId}\u0000${finding.text}`;

/**
 * What the gate shows: error findings grouped by rule and text. Findings the
 * journalist already dismissed with a reason in the proofreading panel count as
 * acknowledged with that reason, so nobody is asked twice.
 */
export function gateFindings(findings: readonly ProofreadingFinding[], fields: ArticleFields): { groups: FindingGroup[]; dismissed: AcknowledgedFinding[] } {
  const dismissals = fields.proofreading?.dismissed ?? [];
  const groups = new Map<string, FindingGroup>();
  const dismissed = new Map<string, AcknowledgedFinding>();
  for (const finding of findings) {
    if (finding.severity !== 'error') continue;
    const key = acknowledgementKey(finding);
    const dismissal = dismissals.find((entry) => entry.ruleId === finding.ruleId && entry.blockId === finding.blockId && entry.text === finding.text);
    if (dismissal) {
      dismissed.set(key, { ruleId: finding.ruleId, text: finding.text, ...(dismissal.reason ? { reason: dismissal.reason } : {}) });
      continue;
    }
    const group = groups.get(key) ?? { key, ruleId: finding.ruleId, text: finding.text, findings: [] };
    group.findings.push(finding);
    groups.set(key, group);
  }
  for (const key of groups.keys()) dismissed.delete(key);
  return { groups: [...groups.values()], dismissed: [...dismissed.values()] };
}

/** A step's time in the UI language, in the newsroom's time zone (not the machine's). */
export function formatStepTime(iso: string, language: UiLanguage, timeZone: string): string {
  return formatInZone(iso, timeZone, dateLocale(language), { dateStyle: 'medium', timeStyle: 'short' });
}
