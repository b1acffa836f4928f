import { resolve, sep } from 'node:path';
import { mimeTypeOf } from '../../services/hosting/mimeTypes';

/** The app is served from `midad://app/…`, never `file://`, so it has a real origin the checks below can name. */
export const APP_SCHEME = 'midad';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // Hunspell runs as WebAssembly in the proofreading worker; this allows compiling wasm, not JavaScript eval.
  "script-src 'self' 'wasm-unsafe-eval'",
  // Lexical and React set inline `style` attributes (text alignment, placeholders).
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');


/** The URL of a renderer route; routes are hash-based (`#/`, `#/draft/<id>`). */
export function appUrl(route: string): string {
  return `${APP_ORIGIN}/index.html#${route}`;
}

/** True for any URL on the app's own origin. */
export function isAppUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}

export type AppRequestTarget =
  | { kind: 'file'; filePath: string }
  | { kind: 'refused'; status: 400 | 403 | 404 | 405 };

/**
 * Maps a request to a file under `rootDir`, or refuses it. Dot segments and
 * encoded separators are rejected outright rather than normalised away, so no
 * spelling of `..` can reach outside the renderer folder.
 */
export function resolveAppRequest(request: { url: string; method: string }, rootDir: string): AppRequestTarget {
  if (request.method !== 'GET' && request.method !== 'HEAD') return { kind: 'refused', status: 405 };
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  if (!isAppUrl(request.url)) return { kind: 'refused', status: 403 };

  const rawSegments = url.pathname.split('/').filter((segment) => segment !== '');
  let segments: string[];
  try {
    segments = rawSegments.map((segment) => decodeURIComponent(segment));
  } catch {
    return { kind: 'refused', status: 400 };
  }
  const unsafe = segments.some(
    (segment) => segment.startsWith('.') || /[\\/\0:]/.test(segment),
  );
  if (unsafe) return { kind: 'refused', status: 403 };
  if (segments.length === 0) segments = ['index.html'];

  const root = resolve(rootDir);
  const filePath = resolve(root, ...segments);
  if (!filePath.startsWith(root + sep)) return { kind: 'refused', status: 403 };
  return { kind: 'file', filePath };
}

export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | null;
}

const baseHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

/**
 * The whole protocol handler minus Electron: every response, refusals
 * included, carries the CSP so no document on the origin ever lacks it.
 */
export async function serveAppRequest(
  request: { url: string; method: string },
  rootDir: string,
  readFile: (filePath: string) => Promise<Uint8Array>,
): Promise<AppResponse> {
  const target = resolveAppRequest(request, rootDir);
  if (target.kind === 'refused') {
    return { status: target.status, headers: { ...baseHeaders, 'Content-Type': 'text/plain; charset=utf-8' }, body: null };
  }
  let body: Uint8Array;
  try {
    body = await readFile(target.filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const status = code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR' ? 404 : 500;
    return { status, headers: { ...baseHeaders, 'Content-Type': 'text/plain; charset=utf-8' }, body: null };
  }
  return {
    status: 200,
    headers: { ...baseHeaders, 'Content-Type': mimeTypeOf(target.filePath) },
    body: request.method === 'HEAD' ? null : body,
  };
}
