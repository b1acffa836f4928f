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
    const submitted = history.find((revision) => revision.statusChange?.to === 'submitted');
    if (!submitted) return { submitted: null, comparison: null };
    return { submitted, comparison: await this.revisions({ id: args.id, from: submitted.id, to: history[0]!.id }) };
  }
}
