import { directionOf, type UiLanguage } from '../../../shared/model/language';

/** The whole page mirrors with the UI language: CSS uses logical properties throughout. */
export function applyDocumentLanguage(language: UiLanguage): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

/** Arabic UI dates use Moroccan conventions (Western digits, as the newsroom's pages do). */
export function dateLocale(language: UiLanguage): string {
  return language === 'ar' ? 'ar-MA' : language;
}
