import type { ServiceSpec, Unsubscribe } from './contract';
import { channelName } from './contract';
import { MidadError } from './errors';
import { replySchema } from './envelope';
import type { MidadApi, MidadContract } from './midad';
import { midadContract } from './midad';

/** How a client reaches a host; the renderer never knows which one it has. */
export interface Transport {
  invoke(channel: string, args: unknown): Promise<unknown>;
  subscribe(channel: string, listener: (payload: unknown) => void): Unsubscribe;
}

function serviceClient(serviceName: string, spec: ServiceSpec, transport: Transport): Record<string, unknown> {
  const client: Record<string, unknown> = {};
  for (const [methodName, methodSpec] of Object.entries(spec.methods)) {
    const channel = channelName(serviceName, methodName);
    client[methodName] = async (args: unknown) => {
      const parsedArgs = methodSpec.args.safeParse(args ?? {});
      if (!parsedArgs.success) throw new MidadError('invalid_request', { channel });
      const reply = replySchema.safeParse(await transport.invoke(channel, parsedArgs.data));
      if (!reply.success) throw new MidadError('internal', { channel }, 'malformed reply');
      if (!reply.data.ok) throw MidadError.fromData(reply.data.error);
      const result = methodSpec.result.safeParse(reply.data.result);
      if (!result.success) throw new MidadError('internal', { channel }, 'malformed result');
      return result.data;
    };
  }
  for (const [eventName, schema] of Object.entries(spec.events)) {
    const channel = channelName(serviceName, eventName);
    client[eventName] = (listener: (payload: unknown) => void) =>
      transport.subscribe(channel, (payload) => {
        const parsed = schema.safeParse(payload);
        if (parsed.success) listener(parsed.data);
      });
  }
  return client;
}

/** Builds the typed `MidadApi` over any transport, validating what goes out and comes back. */
export function createMidadClient(transport: Transport, contract: MidadContract = midadContract): MidadApi {
  const api: Record<string, unknown> = {};
  for (const [serviceName, spec] of Object.entries(contract)) {
    api[serviceName] = serviceClient(serviceName, spec as ServiceSpec, transport);
  }
  return api as MidadApi;
}
