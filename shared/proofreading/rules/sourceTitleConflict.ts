import { foldArabic } from '../arabic';
import type { TitledMention } from '../types';
import { ALL_LANGUAGES, type DocumentRule } from './rule';

/** Nouns of office: a wording with one of them is a formal title, not a description. */
const OFFICES = new Set(
  ['وزير', 'وزيرة', 'رئيس', 'رئيسة', 'مدير', 'مديرة', 'كاتب', 'كاتبة', 'أمين', 'عضو', 'نائب', 'نائبة', 'سفير', 'سفيرة', 'والي', 'عامل', 'عمدة', 'قائد', 'مستشار', 'مستشارة', 'ناطق', 'ناطقة', 'متحدث', 'متحدثة', 'منسق', 'منسقة', 'أستاذ', 'أستاذة', 'عميد', 'نقيب', 'محافظ', 'مندوب', 'مفوض', 'ministre', 'président', 'directeur', 'minister', 'president', 'director', 'spokesperson', 'ambassador'].map(foldArabic),
);

/** "The same": المتحدث ذاته refers back to a source, it does not title it. */
const ANAPHORA = new Set(['ذاته', 'ذاتها', 'نفسه', 'نفسها'].map(foldArabic));

function normalised(title: string): string[] {
  return foldArabic(title.toLowerCase()).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * A description (الخبير الأمني، المتحدث ذاته) is two words at most, names no
 * office, or points back (ذاته); anything longer or with an office is a title.
 */
export function isFormalTitle(title: string): boolean {
  const words = normalised(title);
  if (words.some((word) => ANAPHORA.has(word))) return false;
  return words.length > 2 || words.some((word) => OFFICES.has(word.replace(/^ال/, '')));
}

/** The same source given two different formal titles in one article. */
export const sourceTitleConflict: DocumentRule = {
  id: 'source-title-conflict',
  severity: 'warning',
  languages: ALL_LANGUAGES,
  scope: 'document',
  check: ({ titledMentions }) => {
    const first = new Map<string, TitledMention>();
    return titledMentions.flatMap((mention) => {
      if (!isFormalTitle(mention.title)) return [];
      const earlier = first.get(mention.sourceId);
      if (!earlier) {
        first.set(mention.sourceId, mention);
        return [];
      }
      if (normalised(earlier.title).join(' ') === normalised(mention.title).join(' ')) return [];
      return [{ blockId: mention.blockId, start: mention.start, end: mention.end, params: { first: earlier.title, title: mention.title } }];
    });
  },
};
