import type { z } from 'zod';

/** One API method: the schema of its single argument object and of its result. */
export interface MethodSpec<A extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  args: A;
  result: R;
}

export interface ServiceSpec {
  methods: Record<string, MethodSpec>;
  /** Events pushed from the host, named `onDid…`; each carries one validated payload. */
  events: Record<string, z.ZodType>;
}

export function method<A extends z.ZodType, R extends z.ZodType>(args: A, result: R): MethodSpec<A, R> {
  return { args, result };
}

export function service<M extends Record<string, MethodSpec>, E extends Record<string, z.ZodType>>(
  methods: M,
  events: E,
): { methods: M; events: E } {
  return { methods, events };
}

export type Unsubscribe = () => void;

/** What a caller sees of a service: promise-returning methods and `onDid…` subscriptions. */
export type ServiceClient<S extends ServiceSpec> = {
  [M in keyof S['methods']]: (
    args: z.input<S['methods'][M]['args']>,
  ) => Promise<z.output<S['methods'][M]['result']>>;
} & {
  [E in keyof S['events']]: (listener: (payload: z.output<S['events'][E]>) => void) => Unsubscribe;
};

/** What a host implements for a service: methods get already-validated arguments. */
export type ServiceImplementation<S extends ServiceSpec> = {
  [M in keyof S['methods']]: (
    args: z.output<S['methods'][M]['args']>,
    context: CallContext,
  ) => Promise<z.input<S['methods'][M]['result']>>;
};

/** Who is calling: lets services tell windows and app instances apart (locks, events). */
export interface CallContext {
  /** A stable id for the calling window or browser tab. */
  clientId: string;
}

/** Channels are `service.method` for calls and `service.onDidX` for events. */
export function channelName(serviceName: string, member: string): string {
  return `${serviceName}.${member}`;
}
