import type { ArticleLanguage } from '../model/language';

const FRENCH_WORDS = /\b(?:le|la|les|des|du|une|est|dans|pour|qui|que|avec|sur|au|aux|et)\b/giu;
const ENGLISH_WORDS = /\b(?:the|and|of|to|is|in|that|for|with|on|was|said)\b/giu;

/** Arabic when Arabic letters make up a fair share of the letters; else French or English by their commonest words. */
export function detectLanguage(text: string): ArticleLanguage {
  const sample = text.slice(0, 20_000);
  const arabic = sample.match(/\p{Script=Arabic}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (arabic > 0 && arabic >= latin * 0.3) return 'ar';
  const french = sample.match(FRENCH_WORDS)?.length ?? 0;
  const english = sample.match(ENGLISH_WORDS)?.length ?? 0;
  return english > french ? 'en' : 'fr';
}
