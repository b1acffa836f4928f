import { z } from 'zod';
import { midadErrorSchema } from './errors';

/** What a host answers to one call, on either transport. */
export const replySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), error: midadErrorSchema }),
]);
export type Reply = z.infer<typeof replySchema>;

/** A pushed event, on either transport. */
export const eventMessageSchema = z.object({ channel: z.string().max(200), payload: z.unknown() });
export type EventMessage = z.infer<typeof eventMessageSchema>;
