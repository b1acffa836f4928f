import type { MenuItemConstructorOptions } from 'electron';
import type { windowCommands } from '../../../shared/api/midad';
import { directionOf, type UiLanguage } from '../../../shared/model/language';

export type WindowCommand = (typeof windowCommands)[number];

export interface MenuTemplateOptions {
  /** Translates a key of the `menu` namespace (and `common:appName`) in the UI language. */
  t: (key: string, params?: Record<string, string>) => string;
  language: UiLanguage;
  platform: NodeJS.Platform;
  isDev: boolean;
  /** Carries a command to the focused window (`windows.onDidRequestCommand`). */
  onCommand: (command: WindowCommand) => void;
}

const RIGHT_TO_LEFT_MARK = '\u200F';

/**
 * The application menu. Every item has an explicit label, roles included,
 * because Electron would otherwise label roles in the operating system's
 * language rather than the one the user chose in Midad.
 */
export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const { t, platform, isDev, onCommand } = options;
  const appName = t('common:appName');
  const isMac = platform === 'darwin';
  // Native menus lay labels out by the system's direction; the mark makes an
  // Arabic label read right to left even when it holds a Latin name or digits.
  const mark = directionOf(options.language) === 'rtl' ? RIGHT_TO_LEFT_MARK : '';
  const label = (key: string) => mark + t(key, { appName });
  const command = (id: WindowCommand, key: string, accelerator?: string): MenuItemConstructorOptions => ({
    id,
    label: label(key),
    ...(accelerator ? { accelerator } : {}),
    click: () => onCommand(id),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { role: 'about', label: label('app.about') },
      separator,
      command('open-settings', 'file.settings', 'CmdOrCtrl+,'),
      separator,
      { role: 'services', label: label('app.services') },
      separator,
      { role: 'hide', label: label('app.hide') },
      { role: 'hideOthers', label: label('app.hideOthers') },
      { role: 'unhide', label: label('app.unhide') },
      separator,
      { role: 'quit', label: label('app.quit') },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: label('file.title'),
    submenu: [
      command('new-draft', 'file.newDraft', 'CmdOrCtrl+N'),
      command('open-library', 'file.openLibrary', 'CmdOrCtrl+O'),
      separator,
      command('save-checkpoint', 'file.saveCheckpoint', 'CmdOrCtrl+S'),
      separator,
      ...(isMac ? [] : [command('open-settings', 'file.settings', 'CmdOrCtrl+,'), separator]),
      command('close', 'file.close', 'CmdOrCtrl+W'),
      ...(isMac ? [] : [separator, { role: 'quit', label: label('file.quit') } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: label('edit.title'),
    submenu: [
      { role: 'undo', label: label('edit.undo'), accelerator: 'CmdOrCtrl+Z' },
      { role: 'redo', label: label('edit.redo'), accelerator: isMac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y' },
      separator,
      { role: 'cut', label: label('edit.cut') },
      { role: 'copy', label: label('edit.copy') },
      { role: 'paste', label: label('edit.paste') },
      { role: 'selectAll', label: label('edit.selectAll') },
      separator,
      command('find', 'edit.find', 'CmdOrCtrl+F'),
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: label('view.title'),
    submenu: [
      { role: 'zoomIn', label: label('view.zoomIn'), accelerator: 'CmdOrCtrl+=' },
      { role: 'zoomOut', label: label('view.zoomOut'), accelerator: 'CmdOrCtrl+-' },
      { role: 'resetZoom', label: label('view.resetZoom'), accelerator: 'CmdOrCtrl+0' },
      separator,
      { role: 'togglefullscreen', label: label('view.fullScreen') },
      ...(isDev
        ? [
            separator,
            { role: 'reload', label: label('view.reload') } as const,
            { role: 'toggleDevTools', label: label('view.devTools') } as const,
          ]
        : []),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: label('window.title'),
    submenu: [
      { role: 'minimize', label: label('window.minimize') },
      // `zoom` and `front` are macOS-only roles.
      ...(isMac
        ? [
            { role: 'zoom', label: label('window.zoom') } as const,
            separator,
            { role: 'front', label: label('window.front') } as const,
          ]
        : []),
    ],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu];
}
