import { z } from 'zod';
import { method, service } from './contract';
import { revisionSummarySchema } from '../model/draft';
import { draftIdSchema, revisionIdSchema } from '../model/ids';
import { comparisonSchema } from '../review/compare/comparison';

/** A revision, or the draft's text as it is now. */
export const comparedRevisionSchema = z.union([revisionIdSchema, z.literal('current')]);

export const compareService = service(
  {
    /** What changed from revision `from` to revision `to` (shared/review/compare). */
    revisions: method(z.object({ id: draftIdSchema, from: revisionIdSchema, to: comparedRevisionSchema }), comparisonSchema),
    /**
     * What changed since the draft was last submitted: from its newest status
     * revision moving it to `submitted` (after a resubmission, from the text the
     * editor sent back) to the current text. Both null when it never was submitted.
     */
    sinceSubmitted: method(
      z.object({ id: draftIdSchema }),
      z.object({ submitted: revisionSummarySchema.nullable(), comparison: comparisonSchema.nullable() }),
    ),
  },
  {},
);
