import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Dispatcher } from '../../shared/api/dispatcher';
import { sendError, sendReply } from './httpReplies';
import { isSafeClientId } from './requestGuards';

/** Large enough for a long article with its inline images; anything bigger is refused unread. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** How long a refused upload may keep sending before it is answered and its connection closed. */
const DRAIN_GRACE_MS = 1_000;

/** Used when a caller sends no `X-Midad-Client` header. */
const ANONYMOUS_CLIENT = 'web';

class BodyTooLarge extends Error {}

/** Reads the body, giving up as soon as it passes the limit rather than buffering it. */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.off('data', onData);
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/**
 * Reads and drops the rest of a refused upload, for a short while at most.
 * Answering mid-upload makes Node close the connection under a client that is
 * still writing, which then sees a reset instead of the 413.
 */
function discardRest(request: IncomingMessage): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, DRAIN_GRACE_MS);
    request.once('end', () => {
      clearTimeout(timer);
      resolve();
    });
    request.once('error', () => {
      clearTimeout(timer);
      resolve();
    });
    request.resume();
  });
}

/**
 * `POST /api/<service>.<method>`: the JSON body is the argument object; the
 * answer is the dispatcher's `Reply`, so validation is exactly the desktop app's.
 * The caller has already passed the host, origin and token checks.
 */
export async function handleApiCall(
  request: IncomingMessage,
  response: ServerResponse,
  channel: string,
  dispatcher: Dispatcher,
  limit = MAX_BODY_BYTES,
): Promise<void> {
  if (request.method !== 'POST') {
    sendError(response, 405, 'invalid_request', { Allow: 'POST' });
    return;
  }
  const clientHeader = request.headers['x-midad-client'];
  if (clientHeader !== undefined && !isSafeClientId(clientHeader)) {
    sendError(response, 400, 'invalid_request');
    return;
  }
  let body: Buffer;
  try {
    body = await readBody(request, limit);
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      await discardRest(request);
      sendError(response, 413, 'payload_too_large');
      return;
    }
    throw error;
  }
  let args: unknown;
  try {
    args = body.length === 0 ? undefined : JSON.parse(body.toString('utf8'));
  } catch {
    sendError(response, 400, 'invalid_request');
    return;
  }
  const reply = await dispatcher.call(channel, args, { clientId: clientHeader ?? ANONYMOUS_CLIENT });
  sendReply(response, 200, reply);
}
