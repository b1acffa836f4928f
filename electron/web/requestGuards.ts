import { timingSafeEqual } from 'node:crypto';

/** A client id becomes part of lock records and log lines: keep it short and plain. */
const CLIENT_ID = /^[A-Za-z0-9_-]{1,100}$/;

export function isSafeClientId(value: unknown): value is string {
  return typeof value === 'string' && CLIENT_ID.test(value);
}

/**
 * The checks every request to the web host passes, bound to the port it
 * listens on. A `Host` other than the loopback names defeats DNS rebinding
 * (a hostile page whose name resolves to 127.0.0.1); the `Origin` check stops
 * other pages on this machine from calling in; the token stops everything else.
 */
export interface RequestGuards {
  hostAllowed(host: string | undefined): boolean;
  /** The page's own origin, and it must match the Host the request was sent to. */
  originAllowed(origin: string | undefined, host: string | undefined): boolean;
  tokenMatches(given: string | undefined): boolean;
}

export function createRequestGuards(port: number, token: string): RequestGuards {
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const expected = Buffer.from(token);
  return {
    hostAllowed: (host) => host !== undefined && hosts.has(host),
    originAllowed: (origin, host) => host !== undefined && hosts.has(host) && origin === `http://${host}`,
    tokenMatches(given) {
      if (typeof given !== 'string') return false;
      const actual = Buffer.from(given);
      // timingSafeEqual needs equal lengths; the length itself is not secret.
      return actual.length === expected.length && timingSafeEqual(actual, expected);
    },
  };
}

/** The token from `Authorization: Bearer <token>`. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer ([A-Za-z0-9_-]+)$/.exec(header ?? '');
  return match?.[1];
}
