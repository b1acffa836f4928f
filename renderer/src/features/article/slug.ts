import type { ArticleLanguage } from '../../../../shared/model/language';

const MAX_LENGTH = 80;

/**
 * A slug as typed, made safe for a URL path: letters (Arabic ones too, without
 * tashkeel or tatweel) and digits, words joined by hyphens, lower case.
 */
export function normalizeSlug(input: string): string {
  return input
    .toLowerCase()
    .replace(/[\u064B-\u065F\u0670\u0640]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_LENGTH)
    .replace(/-+$/, '');
}

/**
 * A slug suggested from the headline. French and English headlines give a
 * Latin slug without accents (`la-fete-a-rabat`); an Arabic headline gets no
 * suggestion, since newsrooms differ (Arabic slug, transliteration, a number),
 * but an Arabic slug typed by hand is kept.
 */
export function suggestSlug(headline: string, language: ArticleLanguage): string {
  if (language === 'ar') return '';
  return normalizeSlug(headline.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’']/g, ' '));
}
