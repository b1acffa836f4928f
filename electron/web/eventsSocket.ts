import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Unsubscribe } from '../../shared/api/contract';
import type { Dispatcher } from '../../shared/api/dispatcher';
import type { EventMessage } from '../../shared/api/envelope';
import type { EventListener } from '../services/createServices';
import { isSafeClientId, type RequestGuards } from './requestGuards';

/** Menu commands exist only in the desktop app; a browser tab never receives them. */
const DESKTOP_ONLY_EVENTS = new Set(['windows.onDidRequestCommand']);

export interface EventsSocket {
  /** Accepts or refuses an HTTP upgrade to `GET /events?token=…&client=…`. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  close(): void;
}

function refuse(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * Pushes service events to every connected tab as `{ channel, payload }`,
 * each payload checked against the contract first. Tabs only listen: anything
 * they send is ignored, and the frame size cap keeps that cheap.
 */
export function createEventsSocket(
  guards: RequestGuards,
  dispatcher: Dispatcher,
  onEvent: (listener: EventListener) => Unsubscribe,
): EventsSocket {
  const server = new WebSocketServer({ noServer: true, maxPayload: 1024 });
  const sockets = new Set<WebSocket>();

  const unsubscribe = onEvent((channel, payload) => {
    if (DESKTOP_ONLY_EVENTS.has(channel) || sockets.size === 0) return;
    let message: EventMessage;
    try {
      message = { channel, payload: dispatcher.checkEvent(channel, payload) };
    } catch {
      return;
    }
    const data = JSON.stringify(message);
    for (const socket of sockets) socket.send(data);
  });

  return {
    handleUpgrade(request, socket, head) {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const { host, origin } = request.headers;
      const client = url.searchParams.get('client');
      if (url.pathname !== '/events' || !guards.hostAllowed(host) || !guards.originAllowed(origin, host)) {
        refuse(socket, '403 Forbidden');
        return;
      }
      if (!guards.tokenMatches(url.searchParams.get('token') ?? undefined)) {
        refuse(socket, '401 Unauthorized');
        return;
      }
      if (client !== null && !isSafeClientId(client)) {
        refuse(socket, '400 Bad Request');
        return;
      }
      server.handleUpgrade(request, socket, head, (ws) => {
        sockets.add(ws);
        ws.on('close', () => sockets.delete(ws));
        ws.on('error', () => ws.terminate());
      });
    },
    close() {
      unsubscribe();
      for (const socket of sockets) socket.terminate();
      sockets.clear();
      server.close();
    },
  };
}
