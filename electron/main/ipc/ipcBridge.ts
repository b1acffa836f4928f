import type { Dispatcher } from '../../../shared/api/dispatcher';
import type { EventMessage, Reply } from '../../../shared/api/envelope';
import { MidadError } from '../../../shared/api/errors';
import { EVENT_CHANNEL } from './channels';
import { isTrustedSender, type IpcSender } from './senderCheck';

export interface CallHandlerOptions {
  dispatcher: Pick<Dispatcher, 'call'>;
  isAppWindow: (webContentsId: number) => boolean;
  /** Sees every call in flight, so quitting can wait for the last saves. */
  track?: <T>(work: Promise<T>) => Promise<T>;
}

/** The body of `ipcMain.handle(CALL_CHANNEL, …)`, free of Electron. */
export function createCallHandler({ dispatcher, isAppWindow, track = (work) => work }: CallHandlerOptions) {
  return (sender: IpcSender, rawChannel: unknown, args: unknown): Promise<Reply> => {
    // Anything can arrive here; a non-string must not reach String(), which an object can make throw.
    const channel = typeof rawChannel === 'string' ? rawChannel : '';
    if (!isTrustedSender(sender, isAppWindow)) {
      const error = new MidadError('unauthorized', { channel: channel.slice(0, 100) });
      return Promise.resolve({ ok: false, error: error.toData() });
    }
    return track(dispatcher.call(channel, args, { clientId: `window-${sender.webContentsId}` }));
  };
}

export interface EventTarget {
  send(channel: string, message: EventMessage): void;
}

/**
 * Sends a service event to windows after checking it against the contract, so
 * a service bug cannot push an unvalidated object into a renderer.
 * Returns false (and sends nothing) when the payload does not fit.
 */
export function sendEvent(
  dispatcher: Pick<Dispatcher, 'checkEvent'>,
  targets: readonly EventTarget[],
  channel: string,
  payload: unknown,
): boolean {
  let checked: unknown;
  try {
    checked = dispatcher.checkEvent(channel, payload);
  } catch {
    return false;
  }
  for (const target of targets) target.send(EVENT_CHANNEL, { channel, payload: checked });
  return true;
}

/** Counts calls in flight and lets the quit sequence wait until none are left. */
export function createInflightTracker() {
  let pending = 0;
  let idle: (() => void)[] = [];
  const settle = () => {
    pending--;
    if (pending === 0) {
      const waiting = idle;
      idle = [];
      waiting.forEach((resolve) => resolve());
    }
  };
  return {
    track<T>(work: Promise<T>): Promise<T> {
      pending++;
      return work.finally(settle);
    },
    pending: () => pending,
    drained(): Promise<void> {
      return pending === 0 ? Promise.resolve() : new Promise((resolve) => idle.push(resolve));
    },
  };
}
