import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { windowCommands } from '../../../shared/api/midad';
import { createI18n } from '../../../shared/i18n/createI18n';
import type { UiLanguage } from '../../../shared/model/language';
import { createMenuController } from './menuController';
import { buildMenuTemplate, type MenuTemplateOptions, type WindowCommand } from './menuTemplate';

async function translator(language: UiLanguage): Promise<MenuTemplateOptions['t']> {
  const i18n = await createI18n(language);
  return i18n.getFixedT(language, 'menu') as MenuTemplateOptions['t'];
}

async function template(language: UiLanguage, platform: NodeJS.Platform = 'linux', isDev = false) {
  const sent: WindowCommand[] = [];
  const items = buildMenuTemplate({
    t: await translator(language),
    language,
    platform,
    isDev,
    onCommand: (command) => sent.push(command),
  });
  return { items, sent };
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const byId = (items: MenuItemConstructorOptions[], id: string) => flatten(items).find((item) => item.id === id);
const byRole = (items: MenuItemConstructorOptions[], role: string) =>
  flatten(items).find((item) => item.role?.toLowerCase() === role.toLowerCase());
const click = (item: MenuItemConstructorOptions | undefined) =>
  (item?.click as (() => void) | undefined)?.();

describe('the application menu', () => {
  it('has the usual shortcuts, each sending its command to the window', async () => {
    const { items, sent } = await template('en');
    const expected: [WindowCommand, string][] = [
      ['new-draft', 'CmdOrCtrl+N'],
      ['open-library', 'CmdOrCtrl+O'],
      ['save-checkpoint', 'CmdOrCtrl+S'],
      ['close', 'CmdOrCtrl+W'],
      ['find', 'CmdOrCtrl+F'],
      ['open-settings', 'CmdOrCtrl+,'],
    ];
    for (const [id, accelerator] of expected) {
      expect(byId(items, id)?.accelerator, id).toBe(accelerator);
      click(byId(items, id));
    }
    expect(sent).toEqual(expected.map(([id]) => id));
    expect([...sent].sort()).toEqual([...windowCommands].sort());
  });

  it('uses the native roles for editing and zoom', async () => {
    const { items } = await template('en');
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom']) {
      expect(byRole(items, role), role).toBeDefined();
    }
    expect(byRole(items, 'undo')?.accelerator).toBe('CmdOrCtrl+Z');
    expect(byRole(items, 'zoomIn')?.accelerator).toBe('CmdOrCtrl+=');
  });

  it('offers developer tools only in development', async () => {
    expect(byRole((await template('en')).items, 'toggleDevTools')).toBeUndefined();
    expect(byRole((await template('en', 'linux', true)).items, 'toggleDevTools')).toBeDefined();
  });

  it('follows each platform: an app menu on macOS, quit under File elsewhere', async () => {
    const mac = (await template('fr', 'darwin')).items;
    expect(mac[0]?.label).toBe('Midad');
    expect(byRole(mac, 'about')?.label).toBe('À propos de Midad');
    expect(byRole(mac, 'zoom')).toBeDefined();
    const windows = (await template('fr', 'win32')).items;
    expect(windows[0]?.label).toBe('Fichier');
    expect(byRole(windows, 'quit')?.label).toBe('Quitter');
    expect(byRole(windows, 'zoom')).toBeUndefined();
  });

  it.each<UiLanguage>(['ar', 'fr', 'en'])('labels every item in %s, roles included', async (language) => {
    const t = await translator(language);
    for (const platform of ['darwin', 'linux'] as const) {
      const { items } = await template(language, platform, true);
      for (const item of flatten(items).filter((entry) => entry.type !== 'separator')) {
        expect(item.label, JSON.stringify(item.role ?? item.id)).toMatch(/\S/);
        expect(item.label).not.toMatch(/^\u200F?(app|file|edit|view|window)\./);
      }
    }
    expect(byId((await template(language)).items, 'save-checkpoint')?.label).toContain(t('file.saveCheckpoint'));
  });

  it('marks Arabic labels right-to-left and leaves French and English alone', async () => {
    const arabic = flatten((await template('ar')).items).filter((item) => item.label);
    expect(arabic.every((item) => item.label!.startsWith('\u200F'))).toBe(true);
    expect(byId((await template('ar')).items, 'new-draft')?.label).toBe('\u200Fمسودة جديدة');
    expect(byRole((await template('ar', 'darwin')).items, 'about')?.label).toBe('\u200Fحول مداد');
    const english = flatten((await template('en')).items).filter((item) => item.label);
    expect(english.some((item) => item.label!.includes('\u200F'))).toBe(false);
  });
});

describe('createMenuController', () => {
  it('rebuilds only when the language changes, installing the latest one', async () => {
    const installed: string[] = [];
    const controller = createMenuController({
      translator,
      install: (items) => installed.push(String(items[0]?.label)),
      platform: 'linux',
      isDev: false,
        onCommand: () => undefined,
    });
    await controller.show('ar');
    await controller.show('ar');
    await Promise.all([controller.show('fr'), controller.show('en')]);
    expect(installed).toEqual(['\u200Fملف', 'File']);
  });
});
