import type { Unsubscribe } from '../../../shared/api/contract';
import type { Transport } from '../../../shared/api/client';
import { eventMessageSchema } from '../../../shared/api/envelope';

const TOKEN_KEY = 'midad.token';
const CLIENT_KEY = 'midad.client';
const MAX_RECONNECT_DELAY_MS = 10_000;

/**
 * Reads the per-run token the web host put in the URL, keeps it for this tab
 * and takes it out of the address bar and history.
 */
function takeToken(): string {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    history.replaceState(null, '', `${location.pathname}${location.search}#/`);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** Survives reloads of the tab (so the host keeps its locks) but not a second tab. */
function clientId(): string {
  let id = sessionStorage.getItem(CLIENT_KEY);
  if (!id) {
    id = crypto.randomUUID();
    sessionStorage.setItem(CLIENT_KEY, id);
  }
  return id;
}

/** One WebSocket for every event channel, reconnecting with backoff when the host restarts. */
function eventSocket(token: string, client: string) {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let delay = 500;
  const connect = () => {
    const url = `ws://${location.host}/events?token=${encodeURIComponent(token)}&client=${encodeURIComponent(client)}`;
    const socket = new WebSocket(url);
    socket.onopen = () => {
      delay = 500;
    };
    socket.onmessage = (message) => {
      let data: unknown;
      try {
        data = JSON.parse(String(message.data));
      } catch {
        return;
      }
      const parsed = eventMessageSchema.safeParse(data);
      if (!parsed.success) return;
      for (const listener of listeners.get(parsed.data.channel) ?? []) listener(parsed.data.payload);
    };
    socket.onclose = () => {
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, MAX_RECONNECT_DELAY_MS);
    };
  };
  connect();
  return listeners;
}

/** The transport to the loopback web host (`npm run web`). */
export function createWebTransport(): Transport {
  const token = takeToken();
  const client = clientId();
  const listeners = eventSocket(token, client);
  return {
    async invoke(channel, args) {
      const response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${token}`,
          'X-Midad-Client': client,
        },
        body: JSON.stringify(args),
      });
      return response.json();
    },
    subscribe(channel, listener): Unsubscribe {
      let set = listeners.get(channel);
      if (!set) listeners.set(channel, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}
