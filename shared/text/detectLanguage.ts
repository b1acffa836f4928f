import type { ArticleLanguage } from '../model/language';

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/gu;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/gu;
const WORD = /[a-zà-ÿœæ']+/gu;

/** Short words each language uses in every paragraph and the other rarely does. */
const FRENCH = new Set(['le', 'la', 'les', 'des', 'du', 'de', 'et', 'un', 'une', 'est', 'dans', 'pour', 'que', 'qui', 'sur', 'au', 'aux', 'par', 'pas', 'avec', 'ce', 'cette', 'sont', 'été', 'plus', 'ont', "l'", "d'"]);
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'was', 'as', 'by', 'it', 'are', 'were', 'from', 'this', 'at', 'have', 'has', 'be', 'said', 'will', 'an']);

/**
 * The language an article is written in, from its text: Arabic when Arabic
 * letters outnumber Latin ones (Latin names and figures in an Arabic story do
 * not tip it), otherwise French or English by which language's common short
 * words occur more. `fallback` when there are no letters to judge by.
 */
export function detectLanguage(text: string, fallback: ArticleLanguage = 'ar'): ArticleLanguage {
  const arabic = text.match(ARABIC_LETTER)?.length ?? 0;
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  if (arabic === 0 && latin === 0) return fallback;
  if (arabic >= latin) return 'ar';
  let french = 0;
  let english = 0;
  for (const raw of text.toLowerCase().replace(/[’]/g, "'").match(WORD) ?? []) {
    // "l'armée" counts its article: elision is French.
    const word = /^[ld]'/.test(raw) ? raw.slice(0, 2) : raw;
    if (FRENCH.has(word)) french += 1;
    if (ENGLISH.has(word)) english += 1;
  }
  // A tie (a short title) is settled by French accents.
  if (french === english) return /[éèêàçùœ]/i.test(text) ? 'fr' : 'en';
  return french > english ? 'fr' : 'en';
}
