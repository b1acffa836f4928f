import type { CallContext, ServiceImplementation } from '../../../shared/api/contract';
import { MidadError } from '../../../shared/api/errors';
import type { ProofreadingFinding } from '../../../shared/api/proofreadingService';
import type { InboxEntry, reviewService, TransitionRecord } from '../../../shared/api/reviewService';
import type { DraftMeta, DraftStatus, RevisionSummary, StatusChange } from '../../../shared/model/draft';
import { enforcedStatuses, unacknowledgedErrors } from '../../../shared/review/proofreadingGate';
import { findTransition, type Role } from '../../../shared/review/workflow';

/** The part of the drafts service review needs; a narrow seam so tests and hosts pass the real one. */
export interface ReviewDrafts {
  list(args: { status?: DraftStatus; sort: 'updated' }): Promise<DraftMeta[]>;
  revisions(args: { id: string }): Promise<RevisionSummary[]>;
  setStatus(id: string, status: DraftStatus, record: Omit<StatusChange, 'to'>, context: CallContext): Promise<DraftMeta>;
}

export interface ReviewServiceOptions {
  drafts: ReviewDrafts;
  role: () => Role;
  /** The name recorded on each step: the user's name, else the byline. */
  user: () => string;
  /** This computer's name, so a step says where it was taken. */
  machine: () => string;
  /** The proofreader's findings on the saved draft; publishing is refused while errors are unacknowledged. */
  proofread?: (id: string) => Promise<ProofreadingFinding[]>;
  /** Called once a step is committed (the desk folder takes hand-overs); the step stands whatever it does. */
  afterTransition?: (meta: DraftMeta) => Promise<void>;
}

type ReviewApi = ServiceImplementation<typeof reviewService>;
type Args<M extends keyof ReviewApi> = Parameters<ReviewApi[M]>[0];

/**
 * The editorial workflow over the drafts: the role in settings decides which
 * steps are allowed (shared/review/workflow.ts), and each step is a status
 * revision of the draft, so the history travels with the draft itself.
 */
export class ReviewService implements ReviewApi {
  constructor(private readonly options: ReviewServiceOptions) {}

  async transition(args: Args<'transition'>, context: CallContext): Promise<DraftMeta> {
    const meta = await this.meta(args.id);
    const role = this.options.role();
    if (!findTransition(meta.status, args.to, role)) {
      throw new MidadError('transition_not_allowed', { id: args.id, from: meta.status, to: args.to, role });
    }
    const acknowledged = args.acknowledged ?? [];
    if (enforcedStatuses.has(args.to) && this.options.proofread) {
      const pending = unacknowledgedErrors(await this.options.proofread(args.id), acknowledged);
      if (pending.length > 0) throw new MidadError('unacknowledged_findings', { count: pending.length, first: pending[0]!.text.slice(0, 80) });
    }
    const record = {
      from: meta.status,
      by: this.options.user().slice(0, 200),
      machine: this.options.machine().slice(0, 255),
      ...(args.message ? { message: args.message } : {}),
      ...(acknowledged.length > 0 ? { acknowledged } : {}),
    };
    const moved = await this.options.drafts.setStatus(args.id, args.to, record, context);
    await this.options.afterTransition?.(moved);
    return moved;
  }

  async history(args: Args<'history'>): Promise<TransitionRecord[]> {
    return historyOf(await this.options.drafts.revisions({ id: args.id }));
  }

  async inbox(_args?: Args<'inbox'>): Promise<InboxEntry[]> {
    const editor = this.options.role() === 'editor';
    const drafts = await this.options.drafts.list({ status: editor ? 'submitted' : 'changes_requested', sort: 'updated' });
    const user = this.options.user();
    const mine = editor || !user ? drafts : drafts.filter((meta) => meta.authors.includes(user));
    const entries: InboxEntry[] = [];
    for (const meta of mine) {
      const since = (await this.history({ id: meta.id })).findLast((step) => step.to === meta.status);
      if (since) entries.push({ meta, since });
    }
    return entries.sort((a, b) => Date.parse(a.since.at) - Date.parse(b.since.at) || a.meta.id.localeCompare(b.meta.id));
  }

  /** From the library catalog, which is in memory; setStatus checks the status again on disk. */
  private async meta(id: string): Promise<DraftMeta> {
    const meta = (await this.options.drafts.list({ sort: 'updated' })).find((draft) => draft.id === id);
    if (!meta) throw new MidadError('not_found', { id });
    return meta;
  }
}

/** Status revisions as steps, oldest first (revisions come newest first). */
function historyOf(revisions: RevisionSummary[]): TransitionRecord[] {
  return revisions
    .flatMap((revision) =>
      revision.kind === 'status' && revision.statusChange
        ? [{ ...revision.statusChange, revisionId: revision.id, at: revision.createdAt }]
        : [],
    )
    .reverse();
}
