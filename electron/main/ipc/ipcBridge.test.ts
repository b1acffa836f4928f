import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../shared/api/dispatcher';
import { midadContract } from '../../../shared/api/midad';
import { onlyServices } from '../../../shared/api/testing/onlyServices';
import type { CallContext } from '../../../shared/api/contract';
import { EVENT_CHANNEL } from './channels';
import { createCallHandler, createInflightTracker, sendEvent } from './ipcBridge';
import type { IpcSender } from './senderCheck';

const info = { host: 'electron' as const, version: '0.1.0', dataDir: '/data' };

function setup() {
  const contexts: CallContext[] = [];
  const dispatcher = createDispatcher(
    midadContract,
    onlyServices({
      app: {
        info: async (_args, context) => {
          contexts.push(context);
          return info;
        },
      },
    }),
  );
  const ourWindows = new Set([7]);
  const handle = createCallHandler({ dispatcher, isAppWindow: (id) => ourWindows.has(id) });
  return { dispatcher, handle, contexts };
}

const ours: IpcSender = { webContentsId: 7, frameUrl: 'midad://app/index.html#/', isMainFrame: true };

describe('the IPC call handler', () => {
  it('runs a call from our window through the dispatcher, naming the window', async () => {
    const { handle, contexts } = setup();
    expect(await handle(ours, 'app.info', {})).toEqual({ ok: true, result: info });
    expect(contexts).toEqual([{ clientId: 'window-7' }]);
  });

  it.each<[string, IpcSender]>([
    ['a window we did not create', { ...ours, webContentsId: 8 }],
    ['our window after it navigated away', { ...ours, frameUrl: 'https://evil.example/' }],
    ['a file:// page', { ...ours, frameUrl: 'file:///tmp/index.html' }],
    ['a look-alike origin', { ...ours, frameUrl: 'midad://app.evil/index.html' }],
    ['a subframe', { ...ours, isMainFrame: false }],
    ['a frame that is gone', { ...ours, frameUrl: undefined }],
  ])('answers unauthorized to %s without running anything', async (_label, sender) => {
    const { handle, contexts } = setup();
    expect(await handle(sender, 'app.info', {})).toEqual({
      ok: false,
      error: { code: 'unauthorized', params: { channel: 'app.info' } },
    });
    expect(contexts).toEqual([]);
  });

  it('turns junk channels and arguments into typed errors', async () => {
    const { handle } = setup();
    expect(await handle(ours, { toString: null }, {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await handle(ours, 'app.nope', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await handle(ours, '__proto__.toString', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await handle(ours, 'app.info', 'x'.repeat(10_000_000))).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
  });
});

describe('sendEvent', () => {
  it('sends a valid event to every window and drops an invalid one', () => {
    const { dispatcher } = setup();
    const received: unknown[][] = [[], []];
    const targets = received.map((inbox) => ({ send: (channel: string, message: unknown) => inbox.push([channel, message]) }));
    expect(sendEvent(dispatcher, targets, 'windows.onDidRequestCommand', { command: 'find' })).toBe(true);
    expect(sendEvent(dispatcher, targets, 'windows.onDidRequestCommand', { command: 'rm -rf' })).toBe(false);
    expect(sendEvent(dispatcher, targets, 'drafts.nope', {})).toBe(false);
    for (const inbox of received) {
      expect(inbox).toEqual([[EVENT_CHANNEL, { channel: 'windows.onDidRequestCommand', payload: { command: 'find' } }]]);
    }
  });
});

describe('createInflightTracker', () => {
  it('resolves drained only once every tracked call has settled, failed ones included', async () => {
    const tracker = createInflightTracker();
    await tracker.drained();
    let finishSave!: () => void;
    const save = tracker.track(new Promise<void>((resolve) => (finishSave = resolve)));
    const failing = tracker.track(Promise.reject(new Error('disk full'))).catch(() => 'handled');
    let drained = false;
    const waiting = tracker.drained().then(() => (drained = true));
    expect(await failing).toBe('handled');
    expect(drained).toBe(false);
    expect(tracker.pending()).toBe(1);
    finishSave();
    await save;
    await waiting;
    expect(drained).toBe(true);
  });
});
