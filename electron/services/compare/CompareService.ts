import type { ServiceImplementation } from '../../../shared/api/contract';
import type { compareService } from '../../../shared/api/compareService';
import type { Revision, RevisionSummary } from '../../../shared/model/draft';
import { compareRevisions } from '../../../shared/review/compare/compareRevisions';
import type { Comparison } from '../../../shared/review/compare/comparison';

/** The part of the drafts service compare reads; the real one in the hosts, a fake or a temp folder in tests. */
export interface CompareDrafts {
  /** Newest first; the first is the draft's current text. */
  revisions(args: { id: string }): Promise<RevisionSummary[]>;
  revision(args: { id: string; revisionId: string }): Promise<Revision>;
}

type CompareApi = ServiceImplementation<typeof compareService>;
type Args<M extends keyof CompareApi> = Parameters<CompareApi[M]>[0];

/** Reads two revisions of a draft and compares them; no state of its own. */
export class CompareService implements CompareApi {
  constructor(private readonly drafts: CompareDrafts) {}

  async revisions(args: Args<'revisions'>): Promise<Comparison> {
    const to = args.to === 'current' ? (await this.drafts.revisions({ id: args.id }))[0]!.id : args.to;
    const [before, after] = await Promise.all([
      this.drafts.revision({ id: args.id, revisionId: args.from }),
      this.drafts.revision({ id: args.id, revisionId: to }),
    ]);
    return compareRevisions(before, after);
  }

  async sinceSubmitted(args: Args<'sinceSubmitted'>) {
    const history = await this.drafts.revisions({ id: args.id });
    const submitted = submissionBase(history);
    if (!submitted) return { submitted: null, comparison: null };
    return { submitted, comparison: await this.revisions({ id: args.id, from: submitted.id, to: history[0]!.id }) };
  }
}

/**
 * The revision "since submitted" starts from, in a history newest first: the
 * newest submission; but when that was a resubmission, the text the editor sent
 * back with changes requested — what the editor last saw — so the editor sees
 * what the journalist did with the request, not an almost empty comparison.
 */
export function submissionBase(history: readonly RevisionSummary[]): RevisionSummary | undefined {
  const index = history.findIndex((revision) => revision.statusChange?.to === 'submitted');
  const submitted = history[index];
  if (submitted?.statusChange?.from !== 'changes_requested') return submitted;
  return history.slice(index + 1).find((revision) => revision.statusChange?.to === 'changes_requested') ?? submitted;
}
