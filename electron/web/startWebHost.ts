import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Services } from '../services/createServices';
import { handleApiCall } from './apiRoute';
import { createEventsSocket } from './eventsSocket';
import { sendError } from './httpReplies';
import { bearerToken, createRequestGuards } from './requestGuards';
import { contentSecurityPolicy, serveStatic } from './staticFiles';

export interface WebHostOptions {
  services: Pick<Services, 'dispatcher' | 'onEvent'>;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface WebHost {
  /** `http://127.0.0.1:PORT/`; the page reads the token from `#token=…`. */
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const API_PREFIX = '/api/';

/**
 * The loopback host of `npm run web`: the built renderer and the same services
 * as the desktop app, reachable only from this machine, only under the loopback
 * names, and only with this run's token.
 */
export async function startWebHost({ services, staticDir, port = 0 }: WebHostOptions): Promise<WebHost> {
  const token = randomBytes(32).toString('base64url');
  // Handlers are attached once the port is known: the Host and Origin checks need it.
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;
  const guards = createRequestGuards(actualPort, token);
  const csp = contentSecurityPolicy(actualPort);

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const { host, origin } = request.headers;
    if (!guards.hostAllowed(host)) {
      sendError(response, 403, 'unauthorized');
      return;
    }
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (!path.startsWith(API_PREFIX)) {
      await serveStatic(request, response, staticDir, path, csp);
      return;
    }
    if (!guards.originAllowed(origin, host)) {
      sendError(response, 403, 'unauthorized');
      return;
    }
    if (!guards.tokenMatches(bearerToken(request.headers.authorization))) {
      sendError(response, 401, 'unauthorized', { 'WWW-Authenticate': 'Bearer' });
      return;
    }
    await handleApiCall(request, response, path.slice(API_PREFIX.length), services.dispatcher);
  }

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    route(request, response).catch(() => {
      // Never a stack trace to the client: the typed error is all it gets.
      if (!response.headersSent) sendError(response, 500, 'internal');
      else response.destroy();
    });
  });
  const events = createEventsSocket(guards, services.dispatcher, services.onEvent);
  server.on('upgrade', (request, socket, head) => events.handleUpgrade(request, socket, head));

  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    token,
    port: actualPort,
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        events.close();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
