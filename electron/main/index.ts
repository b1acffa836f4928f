import { app, ipcMain, Menu, screen, session, type IpcMainInvokeEvent } from 'electron';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServices } from '../services/createServices';
import { APP_NAME } from '../services/dataDir';
import { createI18n } from '../../shared/i18n/createI18n';
import { settingsSchema } from '../../shared/model/settings';
import { openElectronStoreSettings, openWindowStateStore, safeStorageCipher, secretRecords } from './adapters/electronStores';
import { CALL_CHANNEL } from './ipc/channels';
import { createCallHandler, createInflightTracker, sendEvent } from './ipc/ipcBridge';
import type { IpcSender } from './ipc/senderCheck';
import { midadFileFromArgv } from './lifecycle/launchArgs';
import { openPackageFiles } from './lifecycle/openPackageFiles';
import { createQuitSequence } from './lifecycle/quitSequence';
import { createMenuController } from './menu/menuController';
import type { MenuTemplateOptions } from './menu/menuTemplate';
import { routeMenuCommand } from './menu/routeMenuCommand';
import { handleAppProtocol, registerAppSchemeAsPrivileged } from './protocol/registerAppProtocol';
import { hardenSession } from './security/hardenSession';
import { hardenWebContents } from './security/hardenWebContents';
import { createSecretStore } from './secrets/SecretStore';
import { createBrowserWindowFactory } from './windows/createBrowserWindow';
import { WindowManager } from './windows/WindowManager';

// The composition root of the desktop app: Electron objects are created here
// and handed, behind small interfaces, to code that the unit tests run without Electron.

const mainDir = dirname(fileURLToPath(import.meta.url));
const preloadPath = join(mainDir, '../preload/index.cjs');
const rendererDir = join(mainDir, '../renderer');
const iconPath = join(mainDir, '../../resources/icons/icon.png');
const QUIT_TIMEOUT_MS = 10_000;

app.setName(APP_NAME);
// Set before the single-instance lock, which is per userData folder: two
// instances on two data folders may run side by side, two on one may not.
if (process.env.MIDAD_DATA_DIR) app.setPath('userData', resolve(process.env.MIDAD_DATA_DIR));
const dataDir = app.getPath('userData');
// Chromium's caches stay out of the folder that holds the drafts.
app.setPath('sessionData', join(dataDir, 'chromium'));

registerAppSchemeAsPrivileged();
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

function senderOf(event: IpcMainInvokeEvent): IpcSender {
  return {
    webContentsId: event.sender.id,
    frameUrl: event.senderFrame?.url,
    isMainFrame: Boolean(event.senderFrame) && event.senderFrame?.parent === null,
  };
}

async function menuTranslator(language: Parameters<typeof createI18n>[0]): Promise<MenuTemplateOptions['t']> {
  const i18n = await createI18n(language);
  return i18n.getFixedT(language, 'menu') as MenuTemplateOptions['t'];
}

async function start(): Promise<void> {
  const pendingFiles: string[] = [];
  const launchFile = midadFileFromArgv(process.argv, process.cwd());
  if (launchFile) pendingFiles.push(launchFile);
  app.on('open-file', (event, path) => {
    event.preventDefault();
    pendingFiles.push(path);
  });

  await app.whenReady();
  hardenSession(session.defaultSession);
  handleAppProtocol(session.defaultSession, rendererDir);

  const windows = new WindowManager({
    factory: createBrowserWindowFactory({ preloadPath, title: APP_NAME, iconPath }),
    stateStore: openWindowStateStore(dataDir),
    workAreas: () => {
      const primary = screen.getPrimaryDisplay();
      return [primary, ...screen.getAllDisplays().filter((display) => display.id !== primary.id)].map(
        (display) => display.workArea,
      );
    },
  });
  const settingsFile = await openElectronStoreSettings(dataDir);
  const services = await createServices({
    dataDir,
    settingsStore: settingsFile.store,
    settingsNotices: settingsFile.notices,
    host: 'electron',
    version: app.getVersion(),
    windows: windows.service(),
    // Publishing passwords go to the OS keychain here; the web host and the CLI use a user-only file.
    secrets: createSecretStore(safeStorageCipher, secretRecords(dataDir)),
  });

  const inflight = createInflightTracker();
  const handleCall = createCallHandler({
    dispatcher: services.dispatcher,
    isAppWindow: (id) => windows.isAppWindow(id),
    track: inflight.track,
  });
  ipcMain.handle(CALL_CHANNEL, (event, channel: unknown, args: unknown) => handleCall(senderOf(event), channel, args));

  const menu = createMenuController({
    translator: menuTranslator,
    install: (template) => Menu.setApplicationMenu(Menu.buildFromTemplate(template)),
    platform: process.platform,
    isDev: !app.isPackaged,
    onCommand: (command) =>
      routeMenuCommand(command, {
        focused: () => windows.focused(),
        openLibrary: () => windows.openLibrary(),
        send: (window, windowCommand) =>
          sendEvent(services.dispatcher, [window], 'windows.onDidRequestCommand', { command: windowCommand }),
      }),
  });
  await menu.show(services.settings.current().uiLanguage);

  services.onEvent((channel, payload) => {
    sendEvent(services.dispatcher, windows.all(), channel, payload);
    if (channel === 'settings.onDidChange') {
      const settings = settingsSchema.safeParse(payload);
      if (settings.success) void menu.show(settings.data.uiLanguage);
    }
  });

  // A `.midad` file double-clicked or passed on the command line is received and its story opened.
  const openFiles = () =>
    void openPackageFiles(pendingFiles.splice(0), {
      importPackage: async (path) => ({ draftId: (await services.implementations.packages.import({ path }, { clientId: 'launch' })).meta.id }),
      openDraft: (id) => windows.openDraft(id),
      openLibrary: () => windows.openLibrary(),
      refused: (path, error) => console.warn(`midad: could not open ${path}`, error),
    });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = midadFileFromArgv(argv, workingDirectory);
    if (file) pendingFiles.push(file);
    const focused = windows.focused() ?? windows.all()[0];
    if (focused && !file) focused.focus();
    else openFiles();
  });
  app.on('open-file', () => openFiles());
  app.on('activate', () => {
    if (windows.all().length === 0) windows.openLibrary();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  const quit = createQuitSequence(
    {
      closeWindows: () => windows.closeAll(),
      drainCalls: () => inflight.drained(),
      stop: () => services.stop(),
    },
    { timeoutMs: QUIT_TIMEOUT_MS, onTimeout: (step) => console.warn(`midad: quitting without waiting longer for ${step}`) },
  );
  // Quitting is held until every window has saved and the services have stopped;
  // `exit` then skips a second round of unload handlers.
  app.on('before-quit', (event) => {
    event.preventDefault();
    void quit().then(() => app.exit(0));
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());

  openFiles();
}

if (app.requestSingleInstanceLock()) {
  start().catch((error: unknown) => {
    console.error('midad: could not start', error);
    app.exit(1);
  });
} else {
  app.quit();
}
