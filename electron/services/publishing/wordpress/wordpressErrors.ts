import { MidadError } from '../../../../shared/api/errors';

/** What WordPress puts in the body of a failed REST call. */
interface RestErrorBody {
  code?: string;
  message?: string;
  data?: { status?: number; params?: Record<string, string> };
}

const TERM_PARAMS = ['categories', 'tags'];

/**
 * Turns a WordPress answer into the plain-words error vocabulary. The outbox
 * retries `wp_unreachable`, `wp_timeout` and `wp_server_error`; the others
 * need a person (a password, a role, a mapping).
 */
export function restError(status: number, body: unknown): MidadError {
  const rest = (typeof body === 'object' && body !== null ? body : {}) as RestErrorBody;
  const message = (rest.message ?? '').replace(/<[^>]*>/g, '').slice(0, 300);
  const detail = `HTTP ${status} ${rest.code ?? ''} ${message}`;
  if (status >= 500) return new MidadError('wp_server_error', { status }, detail);
  if (status === 401 || rest.code === 'incorrect_password' || rest.code === 'invalid_username') {
    return new MidadError('wp_auth_failed', {}, detail);
  }
  if (status === 403) return new MidadError('wp_forbidden', { capability: rest.code ?? String(status) }, detail);
  const badTerm = TERM_PARAMS.find((param) => rest.data?.params?.[param] !== undefined);
  if (rest.code === 'rest_invalid_param' && badTerm) {
    return new MidadError('wp_unknown_term', { term: `${badTerm}: ${rest.data!.params![badTerm]}` }, detail);
  }
  // An update or unpublish of a post someone deleted for good on the site (a trashed one can still be updated).
  if (rest.code === 'rest_post_invalid_id' && (status === 404 || status === 410)) {
    return new MidadError('wp_post_deleted', {}, detail);
  }
  if (rest.code === 'rest_no_route' && status === 404) return new MidadError('wp_not_json', {}, detail);
  return new MidadError('wp_rejected', { message: message || `HTTP ${status}` }, detail);
}

/** A request that got no answer at all: the network, DNS, a refused or cut connection, or a timeout. */
export function networkError(error: unknown, url: string): MidadError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') return new MidadError('wp_timeout', {}, String(error));
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return new MidadError('wp_unreachable', { url: new URL(url).origin }, `${String(error)}${cause}`);
}

/** Errors the outbox waits out or retries rather than reporting as failed. */
export const retryableCodes = new Set(['wp_unreachable', 'wp_timeout', 'wp_server_error']);
