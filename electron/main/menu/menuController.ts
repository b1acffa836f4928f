import type { MenuItemConstructorOptions } from 'electron';
import type { UiLanguage } from '../../../shared/model/language';
import { buildMenuTemplate, type MenuTemplateOptions } from './menuTemplate';

export interface MenuControllerOptions extends Omit<MenuTemplateOptions, 't' | 'language'> {
  /** The `menu` namespace's translator for a language (i18next's `getFixedT`). */
  translator: (language: UiLanguage) => Promise<MenuTemplateOptions['t']>;
  /** `Menu.setApplicationMenu(Menu.buildFromTemplate(template))` in the app. */
  install: (template: MenuItemConstructorOptions[]) => void;
}

/**
 * Keeps the native menu in the UI language: rebuilt when the language setting
 * changes, left alone for any other setting. When the language changes twice
 * quickly, only the latest one is installed.
 */
export function createMenuController(options: MenuControllerOptions) {
  const { translator, install, ...templateOptions } = options;
  let wanted: UiLanguage | undefined;
  return {
    async show(language: UiLanguage): Promise<void> {
      if (language === wanted) return;
      wanted = language;
      const t = await translator(language);
      if (wanted !== language) return;
      install(buildMenuTemplate({ ...templateOptions, t, language }));
    },
  };
}
