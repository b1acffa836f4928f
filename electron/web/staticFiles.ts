import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve, sep } from 'node:path';
import { BASE_HEADERS, sendError } from './httpReplies';
import { mimeTypeOf } from '../services/hosting/mimeTypes';


/** The same policy the desktop app sends, plus the event socket of this port. */
export function contentSecurityPolicy(port: number): string {
  return [
    "default-src 'self'",
    // Hunspell runs as WebAssembly in the proofreading worker; this allows compiling wasm, not JavaScript eval.
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ws://127.0.0.1:${port} ws://localhost:${port}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Maps a URL path to a file inside `root`, or undefined when it would leave it
 * (`..`, encoded separators, NUL bytes) or cannot be decoded.
 */
export function resolveStaticPath(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = resolve(root);
  const target = resolve(base, relative);
  return target.startsWith(base + sep) ? target : undefined;
}

/**
 * The page carries no secret, but a cached copy could outlive the run's token and port.
 * The build names every file under `assets/` by its content hash, so a cached copy of one
 * is never stale: a warm start then neither fetches nor recompiles the scripts (Chromium
 * keeps their compiled code beside the cache entry), which is most of opening a draft.
 */
function cacheControl(type: string, urlPath: string): string {
  if (type.startsWith('text/html')) return 'no-store';
  return urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export async function serveStatic(
  request: IncomingMessage,
  response: ServerResponse,
  root: string,
  urlPath: string,
  csp: string,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendError(response, 405, 'invalid_request', { Allow: 'GET, HEAD' });
    return;
  }
  const path = resolveStaticPath(root, urlPath);
  const info = path ? await stat(path).catch(() => undefined) : undefined;
  if (!path || !info?.isFile()) {
    sendError(response, 404, 'not_found');
    return;
  }
  const type = mimeTypeOf(path);
  response.writeHead(200, {
    ...BASE_HEADERS,
    'Content-Type': type,
    'Content-Length': info.size,
    'Content-Security-Policy': csp,
    'Cache-Control': cacheControl(type, urlPath),
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(path)
    .on('error', () => response.destroy())
    .pipe(response);
}
