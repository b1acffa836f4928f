import { protocol, type Session } from 'electron';
import { readFile } from 'node:fs/promises';
import { APP_SCHEME, serveAppRequest } from './appProtocol';

/** Must run before the app is ready: gives `midad://` a real, secure origin. */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer folder on `midad://app/` in the given session. */
export function handleAppProtocol(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const response = await serveAppRequest(request, rendererDir, readFile);
    return new Response(response.body as BodyInit | null, { status: response.status, headers: response.headers });
  });
}
