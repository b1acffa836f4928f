import type { DraftStatus } from '../model/draft';
import type { Settings } from '../model/settings';

export type Role = Settings['role'];

/** What a step of the editorial workflow is called, for the UI's buttons and the CLI. */
export type WorkflowAction =
  | 'submit'
  | 'resubmit'
  | 'withdraw'
  | 'reopen'
  | 'start_review'
  | 'request_changes'
  | 'approve'
  | 'reopen_review'
  | 'schedule'
  | 'unschedule'
  | 'publish'
  | 'kill'
  | 'correct';

export interface Transition {
  from: DraftStatus;
  to: DraftStatus;
  action: WorkflowAction;
  roles: readonly Role[];
}

const both: readonly Role[] = ['journalist', 'editor'];
const editor: readonly Role[] = ['editor'];

/**
 * Every allowed step; anything not listed is refused. The choices:
 * - A journalist only moves a story onto the desk and off it again: submit,
 *   resubmit after changes were requested, withdraw while it waits or came back
 *   (not once an editor has started reviewing: pulling it from under the editor
 *   is the editor's call), and reopen a withdrawn story as a draft. A data
 *   folder is one person's, so "own submission" is the journalist's folder.
 * - An editor may do all of that (they also write) plus everything that
 *   judges or releases a story: review, request changes, approve, schedule,
 *   publish, kill, and correct after publication (again and again).
 * - Approval can be taken back into review, and a scheduled story unscheduled,
 *   so a late fact check does not need a kill. Killed is final.
 * - Changes requested goes back through "submitted", so the resubmission waits
 *   in the inbox like any arrival.
 */
export const transitions: readonly Transition[] = [
  { from: 'draft', to: 'submitted', action: 'submit', roles: both },
  { from: 'changes_requested', to: 'submitted', action: 'resubmit', roles: both },
  { from: 'submitted', to: 'withdrawn', action: 'withdraw', roles: both },
  { from: 'changes_requested', to: 'withdrawn', action: 'withdraw', roles: both },
  { from: 'in_review', to: 'withdrawn', action: 'withdraw', roles: editor },
  { from: 'withdrawn', to: 'draft', action: 'reopen', roles: both },
  { from: 'submitted', to: 'in_review', action: 'start_review', roles: editor },
  { from: 'in_review', to: 'changes_requested', action: 'request_changes', roles: editor },
  { from: 'in_review', to: 'approved', action: 'approve', roles: editor },
  { from: 'approved', to: 'in_review', action: 'reopen_review', roles: editor },
  { from: 'approved', to: 'scheduled', action: 'schedule', roles: editor },
  { from: 'scheduled', to: 'approved', action: 'unschedule', roles: editor },
  { from: 'approved', to: 'published', action: 'publish', roles: editor },
  { from: 'scheduled', to: 'published', action: 'publish', roles: editor },
  { from: 'published', to: 'corrected', action: 'correct', roles: editor },
  { from: 'corrected', to: 'corrected', action: 'correct', roles: editor },
  ...(['submitted', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'corrected'] as const).map(
    (from): Transition => ({ from, to: 'killed', action: 'kill', roles: editor }),
  ),
];

/** The step from `from` to `to`, if the role may take it. */
export function findTransition(from: DraftStatus, to: DraftStatus, role: Role): Transition | undefined {
  return transitions.find((transition) => transition.from === from && transition.to === to && transition.roles.includes(role));
}

/** The states a role can move a story to from `from`, for the UI to offer. */
export function nextStatuses(from: DraftStatus, role: Role): DraftStatus[] {
  return transitions.filter((transition) => transition.from === from && transition.roles.includes(role)).map((transition) => transition.to);
}
