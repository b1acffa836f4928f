import { describe, expect, it } from 'vitest';
import { createMidadClient } from '../../shared/api/client';
import { MidadError } from '../../shared/api/errors';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../main/ipc/channels';
import { createIpcTransport, type IpcRendererLike } from './ipcTransport';

function fakeIpc(reply: (channel: string, args: unknown) => unknown) {
  const invoked: unknown[][] = [];
  const handlers = new Map<string, ((event: unknown, message: unknown) => void)[]>();
  const ipc: IpcRendererLike = {
    invoke: async (ipcChannel, ...args) => {
      invoked.push([ipcChannel, ...args]);
      return reply(args[0] as string, args[1]);
    },
    on: (ipcChannel, listener) => handlers.set(ipcChannel, [...(handlers.get(ipcChannel) ?? []), listener]),
  };
  const emit = (message: unknown) => handlers.get(EVENT_CHANNEL)?.forEach((handler) => handler({ sender: 'x' }, message));
  return { ipc, invoked, handlers, emit };
}

const info = { host: 'electron', version: '0.1.0', dataDir: '/data' };

describe('the preload IPC transport', () => {
  it('sends every call on the one call channel and returns the typed result', async () => {
    const { ipc, invoked } = fakeIpc(() => ({ ok: true, result: info }));
    const midad = createMidadClient(createIpcTransport(ipc));
    expect(await midad.app.info({})).toEqual(info);
    expect(invoked).toEqual([[CALL_CHANNEL, 'app.info', {}]]);
  });

  it('rejects with the typed error main answered', async () => {
    const { ipc } = fakeIpc(() => ({ ok: false, error: { code: 'unauthorized', params: { channel: 'app.info' } } }));
    const error = await createMidadClient(createIpcTransport(ipc)).app.info({}).catch((caught: unknown) => caught);
    expect(MidadError.revive(error).code).toBe('unauthorized');
  });

  it('turns a failed IPC into an internal error rather than an untyped rejection', async () => {
    const ipc: IpcRendererLike = {
      invoke: () => Promise.reject(new Error('An object could not be cloned.')),
      on: () => undefined,
    };
    const error = await createMidadClient(createIpcTransport(ipc)).app.info({}).catch((caught: unknown) => caught);
    expect(MidadError.revive(error).code).toBe('internal');
  });

  it('delivers events to subscribers of that channel only, until they unsubscribe', () => {
    const { ipc, emit, handlers } = fakeIpc(() => undefined);
    const midad = createMidadClient(createIpcTransport(ipc));
    const commands: unknown[] = [];
    const changes: unknown[] = [];
    const stop = midad.windows.onDidRequestCommand((payload) => commands.push(payload.command));
    midad.drafts.onDidChange((payload) => changes.push(payload.ids));

    emit({ channel: 'windows.onDidRequestCommand', payload: { command: 'find' } });
    emit({ channel: 'drafts.onDidChange', payload: { ids: ['draft-aaaa1111'] } });
    emit({ channel: 'windows.onDidRequestCommand', payload: { command: 'not-a-command' } });
    emit('garbage');
    emit({ channel: 42 });
    stop();
    emit({ channel: 'windows.onDidRequestCommand', payload: { command: 'close' } });

    expect(commands).toEqual(['find']);
    expect(changes).toEqual([['draft-aaaa1111']]);
    expect(handlers.get(EVENT_CHANNEL)).toHaveLength(1);
  });
});
