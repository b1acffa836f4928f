import { BrowserWindow } from 'electron';
import type { AppWindow, WindowFactory, WindowState } from './WindowManager';

export interface BrowserWindowOptions {
  preloadPath: string;
  title: string;
  iconPath?: string;
}

/** The Electron side of `AppWindow`: a sandboxed, isolated window with our preload only. */
export function createBrowserWindowFactory({ preloadPath, title, iconPath }: BrowserWindowOptions): WindowFactory {
  return {
    create(_kind, url, state) {
      const window = new BrowserWindow({
        ...state.bounds,
        minWidth: state.minimumSize.width,
        minHeight: state.minimumSize.height,
        title,
        ...(iconPath ? { icon: iconPath } : {}),
        show: false,
        webPreferences: {
          // Our only preload exposes the typed API client and nothing else (see
          // electron/preload/index.test.ts), hence the electronegativity review marker.
          preload: preloadPath, // eng-disable PRELOAD_JS_CHECK
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          nodeIntegrationInWorker: false,
          nodeIntegrationInSubFrames: false,
          webSecurity: true,
          allowRunningInsecureContent: false,
          experimentalFeatures: false,
          webviewTag: false,
          navigateOnDragDrop: false,
          // Middle-click would open links in a new window; none is ever wanted.
          disableBlinkFeatures: 'Auxclick',
          safeDialogs: true,
          spellcheck: false,
        },
      });
      if (state.maximized) window.maximize();
      window.once('ready-to-show', () => window.show());

      const stateNow = (): WindowState => ({ bounds: window.getNormalBounds(), maximized: window.isMaximized() });
      let last = stateNow();
      const closedListeners: ((last: WindowState) => void)[] = [];
      // Bounds can only be read while the window exists: keep them from `close` for `closed`.
      window.on('close', () => {
        last = stateNow();
      });
      window.on('closed', () => closedListeners.forEach((listener) => listener(last)));

      // Messages sent before the page has loaded would be lost.
      let loaded = false;
      const queue: [string, unknown][] = [];
      window.webContents.once('did-finish-load', () => {
        loaded = true;
        for (const [channel, payload] of queue.splice(0)) window.webContents.send(channel, payload);
      });

      const webContentsId = window.webContents.id;
      window.loadURL(url).catch(() => undefined);

      const appWindow: AppWindow = {
        webContentsId,
        focus: () => {
          if (window.isDestroyed()) return;
          if (window.isMinimized()) window.restore();
          window.show();
          window.focus();
        },
        isFocused: () => !window.isDestroyed() && window.isFocused(),
        getBounds: () => (window.isDestroyed() ? last.bounds : window.getNormalBounds()),
        send: (channel, payload) => {
          if (window.isDestroyed()) return;
          if (loaded) window.webContents.send(channel, payload);
          else queue.push([channel, payload]);
        },
        close: () => {
          if (!window.isDestroyed()) window.close();
        },
        onClosed: (listener) => void closedListeners.push(listener),
      };
      return appWindow;
    },
  };
}
