import type { ServiceImplementation } from '../../../shared/api/contract';
import type { windowsService } from '../../../shared/api/midad';
import type { DraftId } from '../../../shared/model/ids';
import { appUrl } from '../protocol/appProtocol';
import { cascade, placeWindow, type Rectangle, type Size } from './bounds';

export type WindowKind = 'library' | 'editor';

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

/** One open window, as the manager sees it; `createBrowserWindow` is the Electron side. */
export interface AppWindow {
  readonly webContentsId: number;
  focus(): void;
  isFocused(): boolean;
  getBounds(): Rectangle;
  send(channel: string, payload: unknown): void;
  close(): void;
  /** Called once, when the window is gone, with where it last was on screen. */
  onClosed(listener: (last: WindowState) => void): void;
}

export interface WindowFactory {
  create(kind: WindowKind, url: string, state: WindowState & { minimumSize: Size }): AppWindow;
}

/** Where each kind of window was last closed (electron-store in the app). */
export interface WindowStateStore {
  get(kind: WindowKind): WindowState | undefined;
  set(kind: WindowKind, state: WindowState): void;
}

export interface WindowManagerOptions {
  factory: WindowFactory;
  stateStore: WindowStateStore;
  /** The displays' usable areas now, primary first. */
  workAreas: () => Rectangle[];
}

const sizes: Record<WindowKind, { default: Size; minimum: Size }> = {
  library: { default: { width: 1100, height: 760 }, minimum: { width: 640, height: 420 } },
  editor: { default: { width: 1000, height: 860 }, minimum: { width: 560, height: 420 } },
};

export function draftRoute(id: DraftId): string {
  return `/draft/${encodeURIComponent(id)}`;
}

/**
 * The app's windows: one library window and one editor window per draft.
 * Asking for a window that is already open focuses it instead of opening a
 * second, so a draft is never edited in two windows of the same instance by accident.
 */
export class WindowManager {
  readonly #options: WindowManagerOptions;
  #library: AppWindow | undefined;
  readonly #editors = new Map<DraftId, AppWindow>();
  readonly #closed = new Map<AppWindow, Promise<void>>();

  constructor(options: WindowManagerOptions) {
    this.#options = options;
  }

  openLibrary(): AppWindow {
    if (this.#library) {
      this.#library.focus();
      return this.#library;
    }
    const window = this.#open('library', appUrl('/'));
    this.#library = window;
    window.onClosed(() => {
      if (this.#library === window) this.#library = undefined;
    });
    return window;
  }

  openDraft(id: DraftId): AppWindow {
    const existing = this.#editors.get(id);
    if (existing) {
      existing.focus();
      return existing;
    }
    const window = this.#open('editor', appUrl(draftRoute(id)));
    this.#editors.set(id, window);
    window.onClosed(() => {
      if (this.#editors.get(id) === window) this.#editors.delete(id);
    });
    return window;
  }

  all(): AppWindow[] {
    return [...this.#closed.keys()];
  }

  focused(): AppWindow | undefined {
    return this.all().find((window) => window.isFocused());
  }

  isAppWindow(webContentsId: number): boolean {
    return this.all().some((window) => window.webContentsId === webContentsId);
  }

  /** Closes every window (each renderer saves as it closes) and resolves once all are gone. */
  async closeAll(): Promise<void> {
    const closing = [...this.#closed.values()];
    for (const window of this.all()) window.close();
    await Promise.all(closing);
  }

  /** The `windows` service of the API contract, as the desktop app implements it. */
  service(): ServiceImplementation<typeof windowsService> {
    return {
      openDraft: async ({ id }) => {
        this.openDraft(id);
        return { opened: true };
      },
      openLibrary: async () => {
        this.openLibrary();
        return { opened: true };
      },
    };
  }

  #open(kind: WindowKind, url: string): AppWindow {
    const saved = this.#options.stateStore.get(kind);
    const workAreas = this.#options.workAreas();
    let bounds = placeWindow(saved?.bounds, workAreas, sizes[kind].default, sizes[kind].minimum);
    const occupied = this.all().map((window) => window.getBounds());
    const primary = workAreas[0];
    if (primary) bounds = cascade(bounds, occupied, workAreas.find((area) => contains(area, bounds)) ?? primary);

    const window = this.#options.factory.create(kind, url, {
      bounds,
      maximized: saved?.maximized ?? false,
      minimumSize: sizes[kind].minimum,
    });
    this.#closed.set(
      window,
      new Promise<void>((resolve) => {
        window.onClosed((last) => {
          this.#closed.delete(window);
          this.#options.stateStore.set(kind, last);
          resolve();
        });
      }),
    );
    return window;
  }
}

function contains(area: Rectangle, bounds: Rectangle): boolean {
  return bounds.x >= area.x && bounds.y >= area.y && bounds.x < area.x + area.width && bounds.y < area.y + area.height;
}
