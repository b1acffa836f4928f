import i18next, { type i18n } from 'i18next';
import type { UiLanguage } from '../model/language';
import { namespaces, resources } from './resources';

/** One i18next instance per host (renderer, CLI, Electron menu), all from the same resources. */
export async function createI18n(language: UiLanguage): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: 'ar',
    resources,
    ns: namespaces,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
