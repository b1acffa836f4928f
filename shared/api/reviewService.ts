import { z } from 'zod';
import { method, service } from './contract';
import { acknowledgedFindingSchema, draftMetaSchema, draftStatusSchema, statusChangeSchema } from '../model/draft';
import { draftIdSchema, revisionIdSchema } from '../model/ids';

const isoTime = z.iso.datetime({ offset: true });

/** One step of a draft's editorial history: its status revision, when, and the step. */
export const transitionRecordSchema = statusChangeSchema.extend({ revisionId: revisionIdSchema, at: isoTime });
export type TransitionRecord = z.infer<typeof transitionRecordSchema>;

/** A draft waiting for someone, with the step that put it there. */
export const inboxEntrySchema = z.object({ meta: draftMetaSchema, since: transitionRecordSchema });
export type InboxEntry = z.infer<typeof inboxEntrySchema>;

export const reviewService = service(
  {
    /** Moves a draft to `to` if the role in settings may; refused with `transition_not_allowed`. */
    transition: method(
      z.object({
        id: draftIdSchema,
        to: draftStatusSchema,
        message: z.string().max(5_000).optional(),
        /** Proofreading errors kept on purpose; publishing is refused with `unacknowledged_findings` while any is not. */
        acknowledged: z.array(acknowledgedFindingSchema).max(1_000).optional(),
      }),
      draftMetaSchema,
    ),
    /** Every step the draft went through, oldest first. */
    history: method(z.object({ id: draftIdSchema }), z.array(transitionRecordSchema)),
    /** Editors: submitted drafts, oldest submission first. Journalists: their drafts sent back with changes requested. */
    inbox: method(z.object({}), z.array(inboxEntrySchema)),
  },
  {},
);
