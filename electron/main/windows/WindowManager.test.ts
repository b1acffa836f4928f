import { describe, expect, it } from 'vitest';
import type { Rectangle } from './bounds';
import { WindowManager, type AppWindow, type WindowKind, type WindowState } from './WindowManager';

interface FakeWindow extends AppWindow {
  kind: WindowKind;
  url: string;
  state: WindowState & { minimumSize: { width: number; height: number } };
  focusCount: number;
  sent: unknown[];
  /** What the user does: move it, then close it. */
  userMoves(bounds: Rectangle): void;
}

function setup(saved: Partial<Record<WindowKind, WindowState>> = {}) {
  const created: FakeWindow[] = [];
  const stored = { ...saved };
  let nextId = 1;
  let focused: FakeWindow | undefined;
  const manager = new WindowManager({
    workAreas: () => [{ x: 0, y: 0, width: 1920, height: 1050 }],
    stateStore: { get: (kind) => stored[kind], set: (kind, state) => void (stored[kind] = state) },
    factory: {
      create(kind, url, state) {
        const listeners: ((last: WindowState) => void)[] = [];
        let bounds = state.bounds;
        const window: FakeWindow = {
          kind,
          url,
          state,
          focusCount: 0,
          sent: [],
          webContentsId: nextId++,
          focus: () => {
            window.focusCount++;
            focused = window;
          },
          isFocused: () => focused === window,
          getBounds: () => bounds,
          send: (channel, payload) => window.sent.push({ channel, payload }),
          // Closing is asynchronous in Electron: the renderer gets to save first.
          close: () => setTimeout(() => listeners.forEach((listener) => listener({ bounds, maximized: false }))),
          onClosed: (listener) => void listeners.push(listener),
          userMoves: (to) => void (bounds = to),
        };
        created.push(window);
        return window;
      },
    },
  });
  return { manager, created, stored, closeAndWait: () => manager.closeAll() };
}

describe('WindowManager', () => {
  it('opens one editor window per draft and focuses it when asked again', async () => {
    const { manager, created } = setup();
    const service = manager.service();
    expect(await service.openDraft({ id: 'draft-aaaa1111' }, { clientId: 'window-1' })).toEqual({ opened: true });
    expect(await service.openDraft({ id: 'draft-aaaa1111' }, { clientId: 'window-1' })).toEqual({ opened: true });
    await service.openDraft({ id: 'draft-bbbb2222' }, { clientId: 'window-1' });
    expect(created.map((window) => window.url)).toEqual([
      'midad://app/index.html#/draft/draft-aaaa1111',
      'midad://app/index.html#/draft/draft-bbbb2222',
    ]);
    expect(created[0]!.focusCount).toBe(1);
    expect(manager.focused()).toBe(created[0]);
  });

  it('keeps a single library window', () => {
    const { manager, created } = setup();
    const first = manager.openLibrary();
    expect(manager.openLibrary()).toBe(first);
    expect(created).toHaveLength(1);
    expect(first.webContentsId).toBe(1);
    expect((first as FakeWindow).url).toBe('midad://app/index.html#/');
  });

  it('reopens a closed draft in a new window', async () => {
    const { manager, created } = setup();
    manager.openDraft('draft-aaaa1111');
    await manager.closeAll();
    manager.openDraft('draft-aaaa1111');
    expect(created).toHaveLength(2);
    expect(manager.all()).toEqual([created[1]]);
  });

  it('knows which web contents are its windows, until they close', async () => {
    const { manager } = setup();
    const library = manager.openLibrary();
    expect(manager.isAppWindow(library.webContentsId)).toBe(true);
    expect(manager.isAppWindow(99)).toBe(false);
    await manager.closeAll();
    expect(manager.isAppWindow(library.webContentsId)).toBe(false);
  });

  it('remembers where each kind of window was closed and reopens it there', async () => {
    const { manager, stored } = setup();
    (manager.openLibrary() as FakeWindow).userMoves({ x: 300, y: 200, width: 900, height: 700 });
    await manager.closeAll();
    expect(stored.library).toEqual({ bounds: { x: 300, y: 200, width: 900, height: 700 }, maximized: false });
    expect((manager.openLibrary() as FakeWindow).state.bounds).toEqual({ x: 300, y: 200, width: 900, height: 700 });
    expect(stored.editor).toBeUndefined();
  });

  it('restores saved bounds clamped to the screen and the maximised flag', () => {
    const { manager } = setup({ editor: { bounds: { x: 5000, y: 5000, width: 800, height: 600 }, maximized: true } });
    const window = manager.openDraft('draft-aaaa1111') as FakeWindow;
    // The monitor it was on is gone: centred on the primary display, same size.
    expect(window.state.bounds).toEqual({ x: 560, y: 225, width: 800, height: 600 });
    expect(window.state.maximized).toBe(true);
    expect(window.state.minimumSize.width).toBeGreaterThan(0);
  });

  it('cascades a second editor so it does not cover the first', () => {
    const { manager } = setup();
    const first = manager.openDraft('draft-aaaa1111') as FakeWindow;
    const second = manager.openDraft('draft-bbbb2222') as FakeWindow;
    expect(second.state.bounds.x).toBe(first.state.bounds.x + 28);
  });

  it('closeAll waits for every window to be gone', async () => {
    const { manager } = setup();
    manager.openLibrary();
    manager.openDraft('draft-aaaa1111');
    const closing = manager.closeAll();
    expect(manager.all()).toHaveLength(2);
    await closing;
    expect(manager.all()).toHaveLength(0);
  });
});
