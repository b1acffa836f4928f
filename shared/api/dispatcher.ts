import type { z } from 'zod';
import type { CallContext, ServiceImplementation, ServiceSpec } from './contract';
import { MidadError, toMidadError } from './errors';
import type { Reply } from './envelope';

type Contract = Record<string, ServiceSpec>;
export type Implementations<C extends Contract> = { [S in keyof C]: ServiceImplementation<C[S]> };

export interface Dispatcher {
  /** Validates, runs and answers one call; never throws. */
  call(channel: string, rawArgs: unknown, context: CallContext): Promise<Reply>;
  /** Validates an event payload against the contract before a host sends it. */
  checkEvent(channel: string, payload: unknown): unknown;
  isEvent(channel: string): boolean;
}

function splitChannel(channel: string): [string, string] | undefined {
  const dot = channel.indexOf('.');
  if (dot <= 0 || dot !== channel.lastIndexOf('.')) return undefined;
  return [channel.slice(0, dot), channel.slice(dot + 1)];
}

function issuesSummary(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

/**
 * The one place where both transports (Electron IPC and the loopback web host)
 * check arguments, run a service method and check what it returns.
 */
export function createDispatcher<C extends Contract>(contract: C, implementations: Implementations<C>): Dispatcher {
  const hasOwn = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

  return {
    async call(channel, rawArgs, context) {
      try {
        const parts = typeof channel === 'string' ? splitChannel(channel) : undefined;
        const spec = parts && hasOwn(contract, parts[0]) ? contract[parts[0]] : undefined;
        if (!parts || !spec || !hasOwn(spec.methods, parts[1])) {
          throw new MidadError('unknown_method', { channel: String(channel).slice(0, 100) });
        }
        const [serviceName, methodName] = parts;
        const methodSpec = spec.methods[methodName]!;
        const parsedArgs = methodSpec.args.safeParse(rawArgs ?? {});
        if (!parsedArgs.success) {
          throw new MidadError('invalid_request', { channel }, issuesSummary(parsedArgs.error));
        }
        const implementation = implementations[serviceName] as Record<
          string,
          (args: unknown, context: CallContext) => Promise<unknown>
        >;
        const result = await implementation[methodName]!(parsedArgs.data, context);
        const parsedResult = methodSpec.result.safeParse(result);
        if (!parsedResult.success) {
          throw new MidadError('internal', { channel }, `result: ${issuesSummary(parsedResult.error)}`);
        }
        return { ok: true, result: parsedResult.data };
      } catch (error) {
        return { ok: false, error: toMidadError(error).toData() };
      }
    },
    checkEvent(channel, payload) {
      const parts = splitChannel(channel);
      const schema = parts && hasOwn(contract, parts[0]) ? contract[parts[0]]!.events[parts[1]] : undefined;
      if (!schema) throw new MidadError('unknown_method', { channel });
      return schema.parse(payload);
    },
    isEvent(channel) {
      const parts = splitChannel(channel);
      return Boolean(parts && hasOwn(contract, parts[0]) && hasOwn(contract[parts[0]]!.events, parts[1]));
    },
  };
}
