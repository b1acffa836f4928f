import type { Transport } from '../../shared/api/client';
import { eventMessageSchema } from '../../shared/api/envelope';
import { MidadError } from '../../shared/api/errors';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../main/ipc/channels';

/** The slice of `ipcRenderer` the transport needs; a fake stands in for it in tests. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, message: unknown) => void): unknown;
}

/**
 * The Electron transport of the API: one call channel and one event channel.
 * Events are fanned out here, by API channel, so the page never sees an IPC
 * event object and one `ipcRenderer` listener serves every subscription.
 */
export function createIpcTransport(ipc: IpcRendererLike): Transport {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let listening = false;

  const dispatchEvent = (_event: unknown, message: unknown) => {
    const parsed = eventMessageSchema.safeParse(message);
    if (!parsed.success) return;
    for (const listener of [...(listeners.get(parsed.data.channel) ?? [])]) listener(parsed.data.payload);
  };

  return {
    async invoke(channel, args) {
      try {
        return await ipc.invoke(CALL_CHANNEL, channel, args);
      } catch (error) {
        // Main's handler never throws; a rejection here means the IPC itself failed (e.g. args not cloneable).
        const detail = error instanceof Error ? error.message : String(error);
        return { ok: false, error: new MidadError('internal', { channel }, detail).toData() };
      }
    },
    subscribe(channel, listener) {
      if (!listening) {
        ipc.on(EVENT_CHANNEL, dispatchEvent);
        listening = true;
      }
      const forChannel = listeners.get(channel) ?? new Set();
      forChannel.add(listener);
      listeners.set(channel, forChannel);
      return () => {
        forChannel.delete(listener);
      };
    },
  };
}
