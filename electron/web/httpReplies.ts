import type { ServerResponse } from 'node:http';
import type { ErrorCode } from '../../shared/api/errors';
import type { Reply } from '../../shared/api/envelope';

/** Headers on every answer, whatever it carries. */
export const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
} as const;

export function sendReply(response: ServerResponse, status: number, reply: Reply, extra: Record<string, string> = {}): void {
  const body = JSON.stringify(reply);
  response.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...extra,
  });
  response.end(body);
}

/** A refusal in the same shape as any failed call, so the client shows a typed error. */
export function sendError(response: ServerResponse, status: number, code: ErrorCode, extra?: Record<string, string>): void {
  sendReply(response, status, { ok: false, error: { code } }, extra);
}
