import { z } from 'zod';

export const articleLanguages = ['ar', 'fr', 'en'] as const;
export const articleLanguageSchema = z.enum(articleLanguages);
export type ArticleLanguage = z.infer<typeof articleLanguageSchema>;

export const uiLanguageSchema = z.enum(['ar', 'fr', 'en']);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

export function directionOf(language: ArticleLanguage | UiLanguage): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}
